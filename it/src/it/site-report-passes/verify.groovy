def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains(' * io.github.reviewgate:review-maven-plugin')

def page = new File(basedir, 'target/site/review.html')
assert page.isFile() : 'mvn site wrote no review page'
def html = page.text
assert html.contains('Parcel Tracker - Security Review')
assert html.contains('FAIL')
assert html.contains('min-score')
assert html.contains('href="review-gate/review-report.html"')
// The sink escapes review text, so a section title cannot add markup to the page.
assert !html.contains('<tracking & addresses>')

assert new File(basedir, 'target/site/review-gate/review-report.html').isFile()
assert new File(basedir, 'target/site/review-gate/review-result.json').isFile()

def index = new File(basedir, 'target/site/index.html')
assert !index.isFile() || index.text.contains('review.html') : 'the site menu does not list the page'
