def log = new File(basedir, 'build.log').text

assert log.contains('[WARNING] review.file=docs/other.md is ignored: the POM\'s <configuration> sets'
    + ' reviewFile to ')
assert log.contains('/examples/quickstart/REVIEW.md; remove it there, or write'
    + ' <reviewFile>${review.file}</reviewFile> with a default in <properties>')
// The POM and the property agree on minScore.
assert !log.contains('review.minScore=8 is ignored')
assert log.contains('Review gate PASS')
