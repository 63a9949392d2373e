def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
assert result.signOff == 'conditional'
def conditional = result.violations.find { it.rule == 'conditional-approval' }
assert conditional.severity == 'warning'
assert conditional.line == 45
assert conditional.message.contains('approved with conditions')
assert log.contains('REVIEW.md:45: [conditional-approval] ')
assert log.contains('BUILD SUCCESS')
