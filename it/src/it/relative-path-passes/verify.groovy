def log = new File(basedir, 'build.log').text
assert log.contains('Review gate: ') && log.contains("service${File.separator}REVIEW.md")
assert !log.contains('[missing]')
assert log.contains('Score: 9.5, minimum 8')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'service/target/review-gate/review-result.json'))
assert result.verdict == 'PASS'
assert !new File(basedir, 'target/review-gate').exists()
