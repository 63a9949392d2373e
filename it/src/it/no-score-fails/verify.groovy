def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.score == null
def noScore = result.violations.find { it.rule == 'no-score' }
assert noScore.severity == 'error'
assert noScore.message.contains('the review has no score')
assert noScore.message.contains('Add checklist items or a score')
assert log.contains('Score: none, minimum 7')
assert log.contains('REVIEW.md: [no-score] ')
