def modules = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel']
def names = ['review-result.json', 'review-report.html', 'review-summary.md',
             'review-result.sarif', 'TEST-review-gate.xml']

modules.each { module ->
    def parallel = new File(basedir, "${module}/target/review-gate")
    def serial = new File(basedir, "${module}/target/review-gate-serial")
    names.each { name ->
        def first = new File(parallel, name)
        def second = new File(serial, name)
        assert first.isFile() : "${module}: the -T 4 build wrote no ${name}"
        assert second.isFile() : "${module}: the -T 1 build wrote no ${name}"
        assert first.bytes == second.bytes : "${module}: ${name} differs between -T 4 and -T 1"
    }
}

def log = new File(basedir, 'build.log').text
assert log.contains('Review gate summary (8 modules):')
