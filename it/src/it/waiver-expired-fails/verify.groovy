def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'FAIL'
assert result.violations*.rule.sort() == ['open-finding', 'waiver-expired']
def expired = result.violations.find { it.rule == 'waiver-expired' }
assert expired.severity == 'error'
assert expired.message.contains('review-waivers.yaml:2: ')
assert expired.message.contains('expired on 2026-02-20, 9 days before 2026-03-01')
def open = result.violations.find { it.rule == 'open-finding' }
assert open.severity == 'error' && open.waived == null
assert log.contains('review-waivers.yaml:2: [waiver-expired] the waiver for open-finding')
assert log.contains('The review gate failed with 2 errors')
