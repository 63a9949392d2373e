def log = new File(basedir, 'build.log').text
['review:check', 'review:report', 'review:init', 'review:help'].each { goal ->
    assert log.contains(goal) : "help does not list ${goal}"
}
true
