def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
def inconsistent = result.violations.findAll { it.rule == 'score-inconsistent' }
assert inconsistent*.line.sort() == [7, 29]
assert inconsistent.every { it.severity == 'warning' }
def section = inconsistent.find { it.line == 29 }
assert section.message.contains('"Data Protection" declares 9 but checks 1 of 3 items, which gives 3.33')
def overall = inconsistent.find { it.line == 7 }
assert overall.message.contains('declared overall score 7 differs from the computed 9')
assert log.contains('REVIEW.md:29: [score-inconsistent] ')
assert log.contains('REVIEW.md:7: [score-inconsistent] ')
