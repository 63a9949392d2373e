def log = new File(basedir, 'build.log').text
assert log.contains('Evaluated as of 2026-03-01 (set by review.asOf)')
assert log.contains('Score: 9.25, minimum 7')
assert log.contains('expires 2026-05-08')
assert log.contains('[overdue-action]')
assert log.contains('[score-inconsistent]')
assert log.contains('Review gate WARN: 0 errors')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict == 'WARN'
assert result.score == 9.25
assert result.asOf == '2026-03-01'
assert result.violations.every { it.severity == 'warning' }
