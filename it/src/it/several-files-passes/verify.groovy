def log = new File(basedir, 'build.log').text
assert log.contains('Title: Parcel Tracker API - Security Review')
assert log.contains('Title: Label Printer Service - Launch Checklist')
assert log.contains('Score: 9.5, minimum 8')

def slurper = new groovy.json.JsonSlurper()
def first = slurper.parse(new File(basedir, 'target/review-gate/review-result.json'))
def launch = slurper.parse(new File(basedir, 'target/review-gate/launch/review-result.json'))
assert first.title == 'Parcel Tracker API - Security Review'
assert launch.title == 'Label Printer Service - Launch Checklist'
assert launch.verdict == 'PASS'
