def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal io\.github\.reviewgate:review-maven-plugin:[^ ]+:check \([^)]*\) on project shipping/
assert log.contains('[stale]')

def lines = log.readLines()
def start = lines.findLastIndexOf { it.contains('Review gate summary (3 modules):') }
assert start >= 0 : 'no summary of the gated modules'
assert lines[start + 1].startsWith('[INFO]   billing: PASS')
assert lines[start + 2].startsWith('[INFO]   shipping: FAIL (REVIEW.md FAIL')
assert lines[start + 3] == '[INFO]   ledger: not gated yet'
