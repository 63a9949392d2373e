def log = new File(basedir, 'build.log').text
assert log.contains("Invalid severities: unknown rule id 'stail'; the rule ids are missing, unreadable, no-date,")
assert !new File(basedir, 'target/review-gate/review-result.json').exists()
