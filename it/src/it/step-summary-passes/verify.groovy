def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'PASS'
def summary = new File(basedir, 'target/step-summary.md').text
assert summary.startsWith('## Review gate: PASS')
assert summary.contains('Parcel Locker API - Security Review')
assert summary.contains('evaluated as of 2026-03-01')
