// Runs this case only where Debian's chromium is installed; CI installs it with .ci/install-browser.
def chromium = new File('/usr/bin/chromium')
if (!chromium.canExecute()) {
    println "Skipped: chromium is not installed; run .ci/install-browser to check the HTML report in a browser"
    return false
}
return true
