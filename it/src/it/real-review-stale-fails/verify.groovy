def log = new File(basedir, 'build.log').text
assert log.contains('[stale]')
assert log.contains('2026-05-08')
assert log.contains('210 days')
assert log.contains('The review gate failed with')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict == 'FAIL'
assert result.violations.any { it.rule == 'stale' && it.severity == 'error' }
