def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert new BigDecimal(result.score.toString()) == 5.5
assert log.contains('Score breakdown (weighted mean: 22 / 4):')
assert log.contains('Access Control: 10 (declared, weight 1)')
assert log.contains('Data Protection: 4 (declared, weight 3)')
def explained = result.explanation.sections.find { it.title == 'Data Protection' }
assert new BigDecimal(explained.weight.toString()) == 3
assert result.violations*.rule == ['below-min-score']
assert log.contains('/REVIEW.md: sectionWeights names the section "Nope Section", which this review'
    + ' does not have; its sections are "Access Control", "Data Protection". Correct the title'
    + ' (write an underscore for each space) or remove the weight.')
