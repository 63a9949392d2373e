def log = new File(basedir, 'build.log').text
assert log.contains("Invalid review.minScore 'high': ")
// The gate never ran, so no review was read and no report was written.
assert !log.contains('Review gate: ')
assert !new File(basedir, 'target/review-gate').exists()
