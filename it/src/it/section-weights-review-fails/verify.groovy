def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert new BigDecimal(result.score.toString()) == 5.5
assert log.contains('Score breakdown (weighted mean: 22 / 4):')
assert log.contains('Data Protection: 4 (declared, weight 3)')
assert result.violations*.rule == ['below-min-score']
