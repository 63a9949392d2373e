def log = new File(basedir, 'build.log').text
assert log.contains('Review gate skipped (review.skip is true)')
assert !new File(basedir, 'target/review-gate').exists()
