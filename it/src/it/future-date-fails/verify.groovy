def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
def future = result.violations.find { it.rule == 'future-date' }
assert future.severity == 'error'
assert future.line == 47
assert future.message.contains('2026-03-10') && future.message.contains('2026-03-01')
assert log.contains('REVIEW.md:47: [future-date] ')
