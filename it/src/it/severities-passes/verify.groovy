def log = new File(basedir, 'build.log').text
def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))

assert result.verdict == 'WARN'
assert result.violations*.rule == ['stale']
assert result.violations[0].severity == 'warning'
def stale = log.readLines().find { it.contains('[stale]') }
assert stale.startsWith('[WARNING]')
assert !log.contains('[open-finding]')
