def log = new File(basedir, 'build.log').text
assert log.contains('Wrote a new review dated 2026-03-01')

def review = new File(basedir, 'REVIEW.md').getText('UTF-8')
assert review.startsWith('# Parcel Tracker - Security Review\n')
assert review.contains('**Date**: 2026-03-01')
assert review.contains('**Next Review**: 2026-05-30 (90 days)')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict != 'FAIL'
assert result.reviewDate == '2026-03-01'
assert result.expires == '2026-05-30'
