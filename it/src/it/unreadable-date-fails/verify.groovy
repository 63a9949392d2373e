def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
def unreadable = result.violations.findAll { it.rule == 'unreadable' }
assert unreadable*.line == [3]
assert unreadable[0].severity == 'error'
assert unreadable[0].message.contains('02/08/2026')
assert unreadable[0].message.contains('2026-02-08')
assert result.reviewDate == '2026-02-10'
assert new BigDecimal(result.score.toString()) == 8.5
assert log.contains('REVIEW.md:3: [unreadable] ')
