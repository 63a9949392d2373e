def log = new File(basedir, 'build.log').text
// The log names the absolute path; the test folder may be reached through a symbolic link.
def looked = [new File(basedir, 'docs/REVIEW.md').absolutePath,
              new File(basedir.canonicalFile, 'docs/REVIEW.md').path]
assert looked.any { log.contains("${it}: [missing]") }
assert log.contains('The review gate failed with 1 error')

def result = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/review-gate/review-result.json'))
assert result.verdict == 'FAIL'
assert result.violations*.rule == ['missing']
