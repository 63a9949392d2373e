def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.reviewDate == null
def noDate = result.violations.find { it.rule == 'no-date' }
assert noDate.severity == 'error'
assert noDate.message.contains('neither a sign-off date nor a header date')
assert noDate.message.contains('Add the date of the review')
assert log.contains('REVIEW.md: [no-date] ')
assert log.contains('The review gate failed with 1 error')
