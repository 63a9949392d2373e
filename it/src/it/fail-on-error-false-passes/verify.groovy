def log = new File(basedir, 'build.log').text
def stale = log.readLines().find { it.contains('[stale]') }
assert stale != null
assert stale.startsWith('[WARNING]')
assert log.contains('BUILD SUCCESS')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.violations.any { it.rule == 'stale' && it.severity == 'warning' }
assert result.verdict != 'FAIL'
