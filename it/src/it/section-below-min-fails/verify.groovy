def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
def sections = result.violations.findAll { it.rule == 'section-below-min' }
assert sections.size() == 1
assert sections[0].severity == 'error'
assert sections[0].line == 27
assert sections[0].message.contains('"Data Protection" scores 8')
assert sections[0].message.contains('8.5 (85%, set by review.minSectionScore)')
assert log.contains('REVIEW.md:27: [section-below-min] ')
