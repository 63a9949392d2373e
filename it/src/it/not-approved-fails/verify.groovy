def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.signOff == 'pending'
def notApproved = result.violations.find { it.rule == 'not-approved' }
assert notApproved.severity == 'error'
assert notApproved.line == 45
assert notApproved.message.contains('the sign-off status is pending')
assert notApproved.message.contains('review.requireApproval to false')
assert log.contains('REVIEW.md:45: [not-approved] ')
