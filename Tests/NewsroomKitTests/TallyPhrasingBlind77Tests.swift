import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 77–82 and their neighbours: the Assembly asking the Council to act and an
/// application going on to the Assembly, counts no Council can cast, the rule of a single negative vote, conditional
/// threats and relative clauses that yield, "a similar text", "Minutes later" votes, "with X, the only …, abstaining",
/// "has the support of seven members", "put forward by the council's nonaligned members — …", "offered by", "Only
/// yesterday", "declared firmly for", ", besides X", "awaiting instructions from <capital>", "whether it would block
/// it", "sponsored by X, the former …, and by Y", "expected to vote with", "voted for it along with …, and …", "Earlier
/// this month a veto killed …" and "supported the principle".
final class TallyPhrasingBlind77Tests: XCTestCase {
    func testTheAssemblyAskingTheCouncilLeavesTheCouncilDeciding() throws {
        // (A bare "Council" after the Assembly had been read as the Assembly, whose passage then swallowed the
        // stances after it.)
        let t = try XCTUnwrap(tally("""
            The Soviet Union will veto Italy's application when the Security Council votes tomorrow, its delegate said. \
            The General Assembly last week asked the Council to reconsider the application. Britain and France will \
            support it, and Chile will abstain.
            """, date: "1952-01-30"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "Chile")?.stance, .abstain)
    }

    func testCountsNoCouncilCanCastAreAnotherBodys() throws {
        // (The Assembly's "4 abstentions" had been read as the Council's totals, making the threatened veto a cast one.)
        let t = try XCTUnwrap(tally("""
            The Soviet Union will veto Italy's application when the Security Council votes tomorrow, its delegate said. \
            The General Assembly last week asked the Council to reconsider the application by a vote of 51 to 5, with \
            4 abstentions. Britain and France will support it, and Chile will abstain.
            """, date: "1952-01-30"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .threatened)
    }

    func testAnApplicationGoingToTheAssemblyLeavesTheCouncilsVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council recommended today that Ghana be admitted to the United Nations. The application now \
            goes to the General Assembly, which will take it up next week. The Soviet delegate supported it, and \
            Britain and the United States also voted in favour.
            """, date: "1957-03-08"))
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
    }

    func testASingleNegativeVoteByAPermanentMemberStatesTheRule() throws {
        // (It had been read as totals, one against, so the threat became a cast veto.)
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on Ceylon's application. The Soviet Union has said it will veto it. A \
            single negative vote by a permanent member is enough to bar an applicant.
            """, date: "1955-12-12"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .threatened)
    }

    func testAConditionalThreatYieldsToAStatedPosition() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on the package of eighteen applicants. The Soviet Union will vote for \
            the whole list. Its delegate warned that if Outer Mongolia is blocked, Moscow will veto every Western \
            candidate in turn. Britain and France will support it.
            """, date: "1955-12-12"))
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.veto, Veto.none)
        // A conditional threat with nothing else told, or with an opposition told, stands.
        let kept = try XCTUnwrap(tally("""
            The Security Council votes on Thursday on a British draft on Syria. Russia opposes the draft. If it is put \
            to a vote, Russia will veto it, its envoy said. Germany and Portugal will support it.
            """, date: "2012-07-17"))
        XCTAssertEqual(member(kept, "Russia")?.veto, .threatened)
    }

    func testARelativeClauseAfterAMembersStanceYields() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on a Swedish draft on observers for Lebanon. Canada and Japan have \
            said they will support the draft, as has Nationalist China, which has vowed to oppose any move to seat \
            Peking.
            """, date: "1958-06-10"))
        XCTAssertEqual(member(t, "China")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
    }

    func testASimilarTextIsAnotherText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Monday on an Irish draft on climate and security. Kenya and Niger will \
            vote for it. A similar text was vetoed by Russia in the spring.
            """, date: "2021-12-10"))
        XCTAssertEqual(t.outcome, "undetermined")
        XCTAssertNotEqual(member(t, "Russia")?.veto, .cast)
    }

    func testMinutesLaterIsAnotherVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Wednesday adopted a Maltese resolution on children in Gaza by 12 votes to none, \
            with the United States, Britain and Russia abstaining. Minutes later the council voted on a Russian \
            amendment. Only Russia, China and the United Arab Emirates voted for it; the United States and Japan voted \
            against.
            """, date: "2023-11-15"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Japan")?.stance, .for)
        XCTAssertEqual(member(t, "Ghana")?.stance, .for)
    }

    func testWithAMemberInAppositionAbstaining() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council renewed the mission in Darfur on Wednesday. The vote was 14-0, with Lebanon, the only \
            Arab member of the council, abstaining.
            """, date: "2010-06-09"))
        XCTAssertEqual(member(t, "Lebanon")?.stance, .abstain)
        XCTAssertEqual(member(t, "Brazil")?.stance, .for)
    }

    func testTheSupportATextHasIsNoTotal() throws {
        // (It had been read as a recorded vote of five in favour, so the preview failed.)
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Friday on a Russian draft on aid deliveries to Syria. The text has the \
            support of five council members, four short of the nine votes it needs.
            """, date: "2019-12-18"))
        XCTAssertEqual(t.outcome, "undetermined")
    }

    func testAKindOfMembersNamedAfterADash() throws {
        let t = try XCTUnwrap(tally("""
            The draft, put forward by the council's nonaligned members - Indonesia, Kuwait and South Africa - will be \
            put to a vote on Friday. Germany and Belgium will support it.
            """, date: "2019-05-20"))
        XCTAssertEqual(member(t, "Kuwait")?.stance, .for)
        XCTAssertEqual(member(t, "South Africa")?.stance, .for)
    }

    func testOfferedBy() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote tomorrow on a resolution offered by Ghana and the United Arab Republic. \
            Ireland will support it.
            """, date: "1962-04-02"))
        XCTAssertEqual(member(t, "Ghana")?.stance, .for)
        XCTAssertEqual(member(t, "United Arab Republic")?.stance, .for)
    }

    func testOnlyYesterdayIsAnotherDaysVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today called on both sides to halt the fighting. The resolution was adopted 10 to 0, \
            with France abstaining. Only yesterday the council turned down, 6-3, a Soviet draft on the same dispute. \
            Rumania joined the Soviet Union in voting for that text; Chile abstained.
            """, date: "1962-10-05"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Chile")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        // "Yesterday's vote" in a story told the day after is the story's own.
        let next = try XCTUnwrap(tally("""
            The Security Council has ordered a trade embargo against Iraq. Yesterday's vote was 13 to 0, with Cuba and \
            Yemen abstaining.
            """, date: "1990-08-07"))
        XCTAssertEqual(member(next, "Cuba")?.stance, .abstain)
        XCTAssertEqual(member(next, "Zaire")?.stance, .for)
    }

    func testDeclaredFirmlyForBesidesAnother() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on a Ghanaian draft. Only Ghana and the United Arab Republic have \
            declared firmly for the text, besides the Soviet Union. The United States and Britain are against it.
            """, date: "1962-04-02"))
        XCTAssertEqual(member(t, "United Arab Republic")?.stance, .for)
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
    }

    func testAwaitingInstructionsFromACapital() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on a Ghanaian draft. Chile will support it. Diplomats said one \
            delegation was still awaiting instructions from Caracas.
            """, date: "1962-04-02"))
        XCTAssertEqual(member(t, "Venezuela")?.stance, .undecided)
        // Instructions a member acts on are no indecision.
        let acting = try XCTUnwrap(tally("""
            The Security Council votes on Friday on a British draft. The Russian envoy said he would veto the text, \
            acting on instructions from Moscow. Sweden will vote yes.
            """, date: "2017-10-31"))
        XCTAssertEqual(member(acting, "Russia")?.veto, .threatened)
    }

    func testAQuestionWhetherItWouldBlockKeepsTheOpposition() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to vote next week on a British draft on Myanmar. China has said it will \
            veto the text. Russia also opposes the draft, although Moscow has not said whether it would block it. \
            Sweden will vote yes.
            """, date: "2017-10-31"))
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
    }

    func testSponsoredByAMemberInAppositionAndByAnother() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on Mauritania's application. The resolution is sponsored by Italy, the \
            former trusteeship power in Somalia, and by Tunisia. Ceylon has not decided how it will vote.
            """, date: "1960-12-03"))
        XCTAssertEqual(member(t, "Italy")?.stance, .for)
        XCTAssertEqual(member(t, "Tunisia")?.stance, .for)
    }

    func testExpectedToVoteWithAnother() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council votes tomorrow on a Dutch draft deploring the downing of the Korean airliner. The \
            Soviet Union will vote against the draft. Poland is expected to vote with the Soviet Union.
            """, date: "1983-09-09"))
        XCTAssertEqual(member(t, "Poland")?.stance, .against)
        XCTAssertEqual(member(t, "Poland")?.veto, Veto.none)
    }

    func testVotedForItAlongWithTwoLists() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted the resolution today. Ghana voted for it along with the United States, Britain \
            and France, and Chile and Venezuela.
            """, date: "1962-06-22"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "Venezuela")?.stance, .for)
        let named = try XCTUnwrap(tally("""
            The Security Council adopted the resolution today. Ghana voted for the resolution along with Chile and \
            Venezuela, and Ireland.
            """, date: "1962-06-22"))
        XCTAssertEqual(member(named, "Chile")?.stance, .for)
        XCTAssertEqual(member(named, "Ireland")?.stance, .for)
    }

    func testEarlierThisMonthAVetoKilledAnotherText() throws {
        // (After a lede whose decision has no decision word, the earlier veto had been read as the story's.)
        let t = try XCTUnwrap(tally("""
            The Security Council censured Israel today for the raid on the village. The vote was 14 to 0, with New \
            Zealand abstaining. Earlier this month a Soviet veto killed a resolution on Syria's complaint.
            """, date: "1966-11-25"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Soviet Union")?.stance, .for)
        XCTAssertEqual(member(t, "Uganda")?.stance, .for)
    }

    func testSupportingThePrincipleIsNoStanceOnTheText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Friday on a U.S. draft on humanitarian exemptions. India will abstain. \
            Russia has not said how it will vote; a Russian diplomat said Moscow supported the principle but wanted a \
            time limit.
            """, date: "2022-12-08"))
        XCTAssertEqual(member(t, "Russia")?.stance, .undecided)
    }
}
