def log = new File(basedir, 'build.log').text
assert log.contains('REVIEW.md already exists; edit it, or set review.force=true to replace it with a new review')
assert new File(basedir, 'REVIEW.md').text.startsWith('# Existing review')
