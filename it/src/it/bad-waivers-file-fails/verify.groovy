def log = new File(basedir, 'build.log').text
assert log.contains('Invalid waivers file (set by review.waivers): ')
assert log.contains('review-waivers.yaml:2: the expiry date "end of April" is not a date such as 2026-06-30')
assert !new File(basedir, 'target/review-gate/review-result.json').exists()
