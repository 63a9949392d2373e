def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert new BigDecimal(result.score.toString()) == 5
def below = result.violations.find { it.rule == 'below-min-score' }
assert below.severity == 'error'
assert below.message.contains('overall score is 5')
assert below.message.contains('7 (set by review.minScore)')
assert log.contains('Score: 5, minimum 7')
assert log.contains('Access Control: 6 (declared, weight 1)')
assert log.contains('Data Protection: 4 (declared, weight 1)')
assert log.contains('REVIEW.md: [below-min-score] ')
