// Runs this case only where the shared review documents sit beside the repository.
def review = new File(reviewgateShared, 'reviews/production-security-review.md')
if (!review.isFile()) {
    println "Skipped: ../shared is absent: ${review} not found"
    return false
}
return true
