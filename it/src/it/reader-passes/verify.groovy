def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
assert result.reviewDate == '2026-02-10'
def reader = result.violations.findAll { it.rule == 'reader' }
assert reader.every { it.severity == 'warning' }
def placeholder = reader.find { it.line == 3 }
assert placeholder.message.contains('[Date]')
def conflict = reader.find { it.line == 15 }
assert conflict != null
assert log.contains('REVIEW.md:3: [reader] ')
assert log.contains('REVIEW.md:15: [reader] ')
