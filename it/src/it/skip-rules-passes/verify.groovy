def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'PASS'
assert result.violations.isEmpty()
assert !log.contains('[stale]') && !log.contains('[overdue-action]')
assert log.contains('[INFO]   Rules turned off for this run: overdue-action, stale (set by review.skipRules)')
