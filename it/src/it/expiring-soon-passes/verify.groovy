def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
def soon = result.violations.find { it.rule == 'expiring-soon' }
assert soon.severity == 'warning'
assert soon.line == 48
assert soon.message.contains('expires on 2026-05-11')
assert soon.message.contains('10 days after 2026-05-01')
def line = log.readLines().find { it.contains('[expiring-soon]') }
assert line.startsWith('[WARNING]') && line.contains('REVIEW.md:48: ')
assert log.contains('BUILD SUCCESS')
