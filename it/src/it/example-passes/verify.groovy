def log = new File(basedir, 'build.log').text
assert log.contains('Title: Parcel Tracker API - Security Review')
assert log.contains('Score: 9.1, minimum 8')
assert log.contains('Review gate PASS: 0 errors, 0 warnings')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict == 'PASS'
assert result.expires == '2027-02-14'
