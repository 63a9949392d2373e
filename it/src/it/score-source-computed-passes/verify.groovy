def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'PASS'
assert new BigDecimal(result.score.toString()) == 10
assert log.contains('Score: 10, minimum 7')
assert log.contains('Access Control: 10 (computed, weight 1)')
assert log.contains('Data Protection: 10 (computed, weight 1)')
