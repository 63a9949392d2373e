def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
def unused = result.violations.find { it.rule == 'waiver-unused' }
assert unused.severity == 'warning'
assert unused.message.contains('review-waivers.yaml:6: the waiver for stale matches no violation')
def expiring = result.violations.find { it.rule == 'waiver-expiring' }
assert expiring.severity == 'warning'
assert expiring.message.contains('expires on 2026-03-10, 9 days after 2026-03-01')
assert result.violations.find { it.rule == 'open-finding' }.waived != null
assert log.contains('review-waivers.yaml:6: [waiver-unused] the waiver for stale')
assert log.contains('review-waivers.yaml:2: [waiver-expiring] the waiver for open-finding')
