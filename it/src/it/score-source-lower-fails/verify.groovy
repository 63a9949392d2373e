def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert new BigDecimal(result.score.toString()) == 6.1667
assert log.contains('Score breakdown (weighted mean: 12.33 / 2):')
assert log.contains('Access Control: 9 (declared, weight 1)')
assert log.contains('Data Protection: 3.33 (computed, weight 1)')
def below = result.violations.find { it.rule == 'below-min-score' }
assert below.message.contains('overall score is 6.17')
def explained = result.explanation.sections.find { it.title == 'Data Protection' }
assert explained.source == 'computed'
