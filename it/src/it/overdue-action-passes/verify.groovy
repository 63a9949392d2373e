def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
assert result.actions.total == 3
assert result.actions.overdue == 2
def overdue = result.violations.findAll { it.rule == 'overdue-action' }
assert overdue*.line == [61, 56]
assert overdue.every { it.severity == 'warning' }
assert overdue[0].message.contains('"Watch the error rate of the unlock endpoint" is 31 days overdue')
assert overdue[0].message.contains('due on 2026-02-17 (review date + 7 days)')
assert overdue[1].message.contains('due on 2026-03-12 (review date + 30 days)')
def logged = log.readLines().findAll { it.contains('[overdue-action]') }
assert logged.size() == 2
assert logged[0].contains('REVIEW.md:61: ') && logged[1].contains('REVIEW.md:56: ')
assert !log.contains('Turn on audit log forwarding')
