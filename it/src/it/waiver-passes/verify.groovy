def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'PASS'
def open = result.violations.find { it.rule == 'open-finding' }
assert open.line == 35
assert open.waived == 'signing ships with firmware 4.2 in April'
assert log.contains('  Waived (1):')
def waived = log.readLines().find { it.contains('[open-finding]') }
assert waived.startsWith('[INFO]')
assert waived.contains('REVIEW.md:35: [open-finding] ')
assert waived.endsWith('(waived: signing ships with firmware 4.2 in April)')
assert log.contains('Review gate PASS: 0 errors, 0 warnings, 1 waived')
