def log = new File(basedir, 'build.log').text
// The maven-versions profile names the Maven it runs the suite on.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
// Maven 3.9 and later validate plugins; ours must raise no issue.
assert !log.contains(' * io.github.reviewgate:review-maven-plugin')
assert log.contains('BUILD SUCCESS')

// Each module gated its own file, relative to its own directory.
['billing', 'shipping', 'ledger'].each { module ->
    def file = new File(basedir, "${module}/REVIEW.md").canonicalPath
    assert log.contains("Review gate: ${file}") : "${module} was not gated on its own review"
    assert new File(basedir, "${module}/target/review-gate/review-result.json").isFile()
}
def ledger = new groovy.json.JsonSlurper().parse(new File(basedir, 'ledger/target/review-gate/review-result.json'))
assert ledger.minScore == 7
def billing = new groovy.json.JsonSlurper().parse(new File(basedir, 'billing/target/review-gate/review-result.json'))
assert billing.minScore == 8

// The summary of every module comes after the last module's own summary.
def lines = log.readLines()
def start = lines.findLastIndexOf { it.contains('Review gate summary (3 modules):') }
assert start >= 0 : 'no summary of the gated modules'
assert lines[start + 1] == '[INFO]   billing: PASS (REVIEW.md PASS, score 9, minimum 8, 0 errors, 0 warnings)'
assert lines[start + 2] == '[INFO]   shipping: PASS (REVIEW.md PASS, score 8.5, minimum 8, 0 errors, 0 warnings)'
assert lines[start + 3] == '[INFO]   ledger: PASS (REVIEW.md PASS, score 7.5, minimum 7, 0 errors, 0 warnings)'
assert !lines.subList(start + 4, lines.size()).any { it.contains('Review gate') }
