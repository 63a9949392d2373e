import java.nio.file.Files
import java.util.Arrays
import java.util.concurrent.TimeUnit

// Loads the report from its file:// URL only: headless chromium must never reach the network, so
// background services are off and every host name resolves to nothing.
def report = new File(basedir, 'target/review-gate/review-report.html')
assert report.isFile()

def chromium = new File('/usr/bin/chromium')
if (!chromium.canExecute()) {
    throw new AssertionError('chromium is not installed; run .ci/install-browser')
}

def target = new File(basedir, 'target')
def runChromium = { List<String> arguments ->
    // A fresh profile for every run, so that no earlier state or extension takes part.
    def profile = Files.createTempDirectory(target.toPath(), 'chromium-profile-').toFile()
    def command = [chromium.path, '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
                   '--no-first-run', '--disable-background-networking', '--disable-component-update',
                   '--disable-sync', '--disable-extensions', '--disable-default-apps',
                   '--host-resolver-rules=MAP * ~NOTFOUND',
                   "--user-data-dir=${profile}".toString()] + arguments + [report.toURI().toString()]
    def process = new ProcessBuilder(command).redirectError(new File(target, "chromium-${profile.name}.log")).start()
    def output = new StringBuilder()
    def reader = Thread.start { output.append(process.inputStream.getText('UTF-8')) }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        throw new AssertionError("chromium did not finish within 120 seconds: ${command}")
    }
    reader.join()
    assert process.exitValue() == 0 : "chromium failed with exit code ${process.exitValue()}: ${command}"
    return output.toString()
}

def dom = runChromium(['--dump-dom'])
new File(target, 'report-dom.html').setText(dom, 'UTF-8')

// Nothing from the review ran. In the dumped DOM every "<" of the review's text is escaped, so a
// literal tag is markup that the page holds.
assert dom.contains('<html')
def tags = (dom =~ /<[a-zA-Z][^<>]*>/).collect { it }
assert tags.size() > 50
assert tags.find { it.contains('data-pwned') } == null : 'a script set data-pwned'
def title = (dom =~ /(?s)<title>(.*?)<\/title>/)
assert title.find()
assert title.group(1).startsWith('Review gate WARN: ') : "a script changed the title to ${title.group(1)}"
assert tags.find { it =~ /(?i)\son[a-z]+\s*=/ } == null : 'an element has an event handler attribute'
assert !(dom =~ /(?i)href\s*=\s*["']?\s*javascript:/).find() : 'a link has a javascript: href'
assert !(dom =~ /(?i)<(script|img|svg|iframe|object|embed)\b/).find() : 'the review injected an element'

// The review's text is shown as text.
assert dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;")
assert dom.contains('&lt;img src=x onerror=')
assert dom.contains('javascript:alert(1)')

def png = new File(target, 'report.png')
runChromium(['--hide-scrollbars', '--window-size=1280,2000', "--screenshot=${png}".toString()])
assert png.isFile()
def signature = Arrays.copyOf(png.bytes, 8).encodeHex().toString()
assert signature == '89504e470d0a1a0a' : 'report.png is not a PNG'
assert png.length() > 20_000 : "report.png has only ${png.length()} bytes"
