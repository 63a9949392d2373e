def log = new File(basedir, 'build.log').text
assert log.contains('Score: 9.25, minimum 9.5')
assert log.contains('[below-min-score]')
def failure = log.readLines().find { it.contains('[below-min-score]') }
assert failure.contains('9.25') && failure.contains('9.5')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict == 'FAIL'
assert new BigDecimal(result.minScore.toString()) == 9.5
