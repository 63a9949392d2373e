def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
def unreadable = result.violations.find { it.rule == 'unreadable' }
assert unreadable.severity == 'error'
assert unreadable.line == 11
assert unreadable.message.contains('the review cannot be read')
assert log.contains('review.yaml:11: [unreadable] ')
assert result.violations.size() == 1
