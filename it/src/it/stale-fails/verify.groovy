def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.expires == '2025-12-30'
def stale = result.violations.find { it.rule == 'stale' }
assert stale.severity == 'error'
assert stale.line == 48
assert stale.message.contains('expired on 2025-12-30')
assert stale.message.contains('61 days before 2026-03-01')
assert stale.message.contains('Review it again')
assert log.contains('REVIEW.md:48: [stale] ')
