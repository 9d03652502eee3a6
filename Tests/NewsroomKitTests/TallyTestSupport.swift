@testable import NewsroomKit

/// The tally of a short text written for a test, read as an article dated `date` (a day in 2024
/// when the test does not care) with an optional headline.
func tally(_ text: String, date: String? = "2024-03-25", headline: String = "") -> Tally? {
    let article = Article(id: "t", path: "t", headline: headline, date: date, text: text)
    return TallyBuilder().tally(for: article, text: ScalarText(text))
}

/// The member of `tally` called `name` (its canonical name), if the tally lists it.
func member(_ tally: Tally?, _ name: String) -> TallyMember? { tally?.members.first { $0.name == name } }
