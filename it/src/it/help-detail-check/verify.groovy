def log = new File(basedir, 'build.log').text

assert log.contains('Default: ${project.basedir}/REVIEW.md.')
assert log.contains('Default: ${project.build.directory}/review-gate.')
assert !log.contains('{project.basedir/') && !log.contains('{project.build.directory/')
