def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.findings.high == 1
def open = result.violations.find { it.rule == 'open-finding' }
assert open.severity == 'error'
assert open.line == 35
assert open.message.contains('high finding "Locker firmware unsigned')
assert open.message.contains('is open, and open findings of high priority or above fail the gate')
assert open.message.contains('set by review.failOnPriority')
assert log.contains('REVIEW.md:35: [open-finding] ')
