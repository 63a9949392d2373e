def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
def open = result.violations.find { it.rule == 'open-finding' }
assert open.line == 39
assert open.message.contains('medium finding "Audit events kept locally')
assert open.message.contains('medium priority or above')
assert log.contains('REVIEW.md:39: [open-finding] ')
