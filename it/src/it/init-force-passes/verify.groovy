def log = new File(basedir, 'build.log').text
assert log.contains('Wrote a new review dated 2026-04-15')

def review = new File(basedir, 'REVIEW.md').getText('UTF-8')
assert review.startsWith('# Cold Storage - Security Review\n')
assert !review.contains('Old review')
assert review.contains('**Date**: 2026-04-15')
assert review.contains('**Next Review**: 2026-05-15 (30 days)')
