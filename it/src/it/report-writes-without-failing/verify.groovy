def log = new File(basedir, 'build.log').text
assert log.contains('[missing]')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/review-gate')
['review-result.json', 'review-report.html', 'review-summary.md', 'review-result.sarif',
 'TEST-review-gate.xml'].each { name ->
    assert new File(reports, name).isFile() : "${name} was not written"
}
def result = new groovy.json.JsonSlurper().parse(new File(reports, 'review-result.json'))
assert result.verdict == 'FAIL'
