def log = new File(basedir, 'build.log').text
def unreadable = log.readLines().find { it.contains('[unreadable]') }
assert unreadable != null
assert unreadable.contains('1024 bytes')
assert unreadable.contains('review.maxFileSize')
