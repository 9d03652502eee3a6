import XCTest
@testable import NewsroomKit

final class LoadingCleaningTests: XCTestCase {
    private func load(_ name: String) throws -> Article {
        let result = ArticleLoader().load(paths: [LoadingFixtures.path("cleaning/" + name)])
        XCTAssertEqual(result.problems, [], name)
        return try XCTUnwrap(result.articles.first)
    }

    func testSubscriptionBannersReutersDatelineAndTrailers() throws {
        let article = try load("reuters-style.txt")
        XCTAssertEqual(article.headline, "Council Delays Vote on Ceasefire Text")
        XCTAssertEqual(article.source, "The Harbour Gazette")
        XCTAssertEqual(article.dateline, "WASHINGTON")
        XCTAssertEqual(article.captions, ["Pictured: Delegates leave the chamber on Monday."])
        XCTAssertEqual(article.text, "Diplomats on Monday postponed a vote on a draft that calls for a pause in the fighting.\n\nThe delay gives negotiators two more days, officials said.")
    }

    func testDonationBannerAgencyDatelineWithDateAndCreditCaption() throws {
        let article = try load("ap-style.txt")
        XCTAssertEqual(article.headline, "Rebels Agree to Talks in Geneva")
        XCTAssertNil(article.source, "a banner that names no publication gives no source")
        XCTAssertEqual(article.dateline, "MOSCOW")
        XCTAssertEqual(article.captions, ["Protesters march through the capital on Tuesday. (AP Photo/Jane Roe)"])
        XCTAssertEqual(article.text, "Rebel leaders agreed on Tuesday to join talks in Geneva next month, the foreign ministry said.\n\nThe talks will be the first since the summer.")
    }

    func testLeadingDateLineBecomesTheDate() throws {
        let article = try load("date-line.txt")
        XCTAssertEqual(article.headline, "Floods Close Schools Across the North")
        XCTAssertEqual(article.date, "2019-01-04")
        XCTAssertEqual(article.dateline, "ST. PETERSBURG")
        XCTAssertEqual(article.captions, ["Photo: Water covers a road near the river."])
        XCTAssertEqual(article.text, "Heavy rain closed more than 40 schools on Friday.\n\nTeachers said classes would resume next week \u{2014} if the water recedes.")
    }

    func testWindowsLineEndingsAreNormalised() throws {
        let article = try load("windows-endings.txt")
        XCTAssertEqual(article.headline, "Quiet Week at the Port")
        XCTAssertFalse(article.text.contains("\r"))
        XCTAssertEqual(article.text, "The port handled fewer ships than usual this week, its manager said.\n\nNobody expects the pattern to last.")
    }

    func testWithoutHeadlineTheIdIsUsedAndParagraphWhitespaceKept() throws {
        let article = try load("no-headline.txt")
        XCTAssertEqual(article.headline, "no-headline")
        XCTAssertEqual(article.captions, ["Image caption A ferry leaves the harbour at dawn."])
        XCTAssertNil(article.dateline)
        XCTAssertEqual(article.text, "A ferry service resumed on Sunday after a three-week strike.\n\nUnions said the deal\u{00A0}was fair \u{2014} workers\u{2019} pay rises 4%.\nA second line stays in the same paragraph.\n\nThe company declined to comment.")
    }

    func testDatelineRules() {
        XCTAssertEqual(DatelineExtractor.extract(from: "PARIS \u{2014} France said.")?.place, "PARIS")
        XCTAssertEqual(DatelineExtractor.extract(from: "NEW YORK (AP) \u{2014} It rained.")?.rest, "It rained.")
        XCTAssertEqual(DatelineExtractor.extract(from: "KYIV, Ukraine -- Sirens sounded.")?.place, "KYIV")
        XCTAssertEqual(DatelineExtractor.extract(from: "Paris (AFP) - Talks began.")?.place, "Paris")
        XCTAssertNil(DatelineExtractor.extract(from: "Paris - Talks began."), "title case needs an agency")
        XCTAssertNil(DatelineExtractor.extract(from: "The minister said. LONDON \u{2014} no"))
        XCTAssertNil(DatelineExtractor.extract(from: "A well-known fact \u{2014} or so they say."))
        XCTAssertNil(DatelineExtractor.extract(from: "\"UN \u{2014} now\" he said."))
        // A dateline that gives the full date dates the story; a month and day alone do not.
        let dated = DatelineExtractor.extract(from: "UNITED NATIONS, April 12, 2017 (Reuters) - Russia vetoed the draft.")
        XCTAssertEqual(dated?.place, "UNITED NATIONS")
        XCTAssertEqual(dated?.date, "2017-04-12")
        XCTAssertEqual(dated?.rest, "Russia vetoed the draft.")
        XCTAssertNil(DatelineExtractor.extract(from: "MOSCOW, March 3 (AP) - It snowed.")?.date)
    }

    func testADatelineDateBecomesTheArticleDate() throws {
        let plain = "Russia vetoes Syria text\n\nUNITED NATIONS, April 12, 2017 (Reuters) - Russia cast its veto.\n"
        let article = try XCTUnwrap(ArticleLoader().load(data: Data(plain.utf8), path: "veto.txt").articles.first)
        XCTAssertEqual(article.date, "2017-04-12")
        XCTAssertEqual(article.dateline, "UNITED NATIONS")
        XCTAssertEqual(article.text, "Russia cast its veto.")
        // A structured record keeps its text, but its dateline still dates it.
        let json = #"{"headline": "Veto", "text": "UNITED NATIONS, April 12, 2017 (Reuters) - Russia cast its veto."}"#
        let record = try XCTUnwrap(ArticleLoader().load(data: Data(json.utf8), path: "veto.json").articles.first)
        XCTAssertEqual(record.date, "2017-04-12")
        XCTAssertTrue(record.text.hasPrefix("UNITED NATIONS, April 12, 2017"))
    }

    func testBannerRules() {
        XCTAssertEqual(Boilerplate.banner("Support The Moscow Times!"), .init(source: "The Moscow Times"))
        XCTAssertEqual(Boilerplate.banner("Subscribe to The Kyiv Independent"), .init(source: "The Kyiv Independent"))
        XCTAssertEqual(Boilerplate.banner("Support independent journalism!"), .init(source: nil))
        XCTAssertEqual(Boilerplate.banner("Contribute Today"), .init(source: nil))
        XCTAssertEqual(Boilerplate.banner("Now is the time to support independent reporting from Russia!"), .init(source: nil))
        XCTAssertNil(Boilerplate.banner("Support for the measure grew in the south"))
        XCTAssertNil(Boilerplate.banner("Russia has opposed the draft."))
    }

    func testCaptionAndTrailerRules() {
        XCTAssertTrue(Boilerplate.isCaption("In this photo, soldiers patrol."))
        XCTAssertTrue(Boilerplate.isCaption("Firefighters work at the site. (Reuters/John Smith)"))
        XCTAssertTrue(Boilerplate.isCaption("FILE - The building in 2010."))
        XCTAssertFalse(Boilerplate.isCaption("The photographer said the photo was taken in May."))
        XCTAssertTrue(Boilerplate.isTrailer("Read more: Why the vote failed"))
        XCTAssertTrue(Boilerplate.isTrailer("Share this"))
        XCTAssertTrue(Boilerplate.isTrailer("Related:"))
        XCTAssertFalse(Boilerplate.isTrailer("Readers wrote in to complain."))
    }

    func testHeadlineRule() {
        XCTAssertTrue(Boilerplate.looksLikeHeadline("Paris Says Russia Reviewing Syria Stance"))
        XCTAssertTrue(Boilerplate.looksLikeHeadline("Is the Council Stuck?"))
        XCTAssertFalse(Boilerplate.looksLikeHeadline("The minister spoke."))
        XCTAssertFalse(Boilerplate.looksLikeHeadline("\"We will win.\""))
    }

    func testBylineBecomesTheAuthorAndRepeatedHeadlineIsDropped() throws {
        let text = "Port Strike Ends\n\nBy JANE ROE, Associated Press\n\nDock workers went back on Monday."
        let plain = try XCTUnwrap(LoadingFixtures.load(text, as: "byline.txt").articles.first)
        XCTAssertEqual(plain.headline, "Port Strike Ends")
        XCTAssertEqual(plain.author, "JANE ROE")
        XCTAssertEqual(plain.text, "Dock workers went back on Monday.")
    }

    func testStructuredRecordsKeepTheirBodyVerbatim() throws {
        // A JSON/CSV body is the author's own field: nothing is removed, so offsets in the
        // output index that field exactly (only a CR LF becomes LF and trailing space goes).
        let body = "WASHINGTON (Reuters) - Port Strike Ends\n\nDock workers went back.\nRead more  "
        let json = #"{"title": "Port Strike Ends", "text": "WASHINGTON (Reuters) - Port Strike Ends\n\nDock workers went back.\r\nRead more  "}"#
        let fromJSON = try XCTUnwrap(LoadingFixtures.load(json, as: "record.json").articles.first)
        XCTAssertEqual(fromJSON.text, "WASHINGTON (Reuters) - Port Strike Ends\n\nDock workers went back.\nRead more")
        XCTAssertEqual(fromJSON.dateline, "WASHINGTON")
        let csv = "title,date,text\nPort Strike Ends,\"March 3, 2020\",\"\(body)\"\n"
        let fromCSV = try XCTUnwrap(LoadingFixtures.load(csv, as: "records.csv").articles.first)
        XCTAssertEqual(fromCSV.text, fromJSON.text)
        XCTAssertEqual(fromCSV.date, "2020-03-03")
    }

    func testBodySentencesThatMentionSubscribersOrJournalismStay() throws {
        let body = "Subscribers complained about the price.\n\nSupport for independent journalism has declined, the survey found.\n\nSubscribe now!"
        let article = try XCTUnwrap(LoadingFixtures.load("Survey Results\n\nThe survey was published on Monday.\n\n" + body, as: "s.txt").articles.first)
        XCTAssertEqual(article.text, "The survey was published on Monday.\n\nSubscribers complained about the price.\n\nSupport for independent journalism has declined, the survey found.")
    }

    func testHundredThousandParagraphs() throws {
        let body = Array(repeating: "Short paragraph of text.", count: 100_000).joined(separator: "\n\n")
        let result = LoadingFixtures.load("Big Story\n\n" + body, as: "many.txt")
        let article = try XCTUnwrap(result.articles.first)
        XCTAssertEqual(article.headline, "Big Story")
        XCTAssertEqual(article.text.utf8.count, body.utf8.count)
    }
}
