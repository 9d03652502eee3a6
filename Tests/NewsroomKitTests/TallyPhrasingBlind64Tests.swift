import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 64–66: the year of an undated story from the elected members it
/// merely names, a year dating a relative clause rather than the position after it, "had \"the firm
/// support\" of …".
final class TallyPhrasingBlind64Tests: XCTestCase {
    func testUndatedStoryTakesItsYearFromTheElectedMembersItNames() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted 14-0 early on Thursday to set up a United Nations Emergency Force. China \
            did not take part in the vote. The resolution was drafted by the eight nonaligned members of the \
            Council, Guinea, India, Indonesia, Kenya, Panama, Peru, the Sudan and Yugoslavia.
            """, date: nil))
        XCTAssertEqual(t.year, 1973)
        XCTAssertTrue(t.yearInferred)
        XCTAssertEqual(member(t, "Guinea")?.stance, .for)
        XCTAssertEqual(member(t, "Australia")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
    }

    func testTwoNamedElectedMembersDoNotDecideTheYear() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council unanimously adopted a resolution on Wednesday. Canada and Denmark welcomed \
            the outcome.
            """, date: nil))
        XCTAssertNil(t.year)
    }

    func testAYearInARelativeClauseDatesOnlyTheClause() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on a draft on South Africa. China has said it will vote in \
            favour. France, which voted against a sanctions draft in 1981, is expected to back the resolution \
            this time.
            """, date: "1984-07-30"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }

    func testAYearInARelativeClauseStillDatesAPastResolution() throws {
        // The resolution of 1967 is no vote of the story's: nothing is read from it.
        let t = tally("""
            Resolution 242, which was adopted in 1967, remains the basis of every peace plan, the Egyptian \
            ambassador said on Monday.
            """, date: "1984-07-30")
        XCTAssertTrue(t == nil || t!.members.allSatisfy { $0.stance == .unknown })
    }

    func testQuotedSupportOfTheMembersAfterIt() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on an African draft. The Zimbabwean ambassador said it \
            already had "the firm support" of India, Nicaragua, Pakistan and Peru.
            """, date: "1984-07-30"))
        for name in ["India", "Nicaragua", "Pakistan", "Peru"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }

    func testAVoteInAnotherMonthIsAnEarlierVote() throws {
        let t = try XCTUnwrap(tally("""
            The United States pressed on Monday for a Security Council vote this week on a resolution on Iraq, \
            even as France said it would veto the text. The 15-member council voted unanimously in November for \
            resolution 1441.
            """, date: "2003-03-10"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "France")?.veto, .threatened)
        XCTAssertEqual(member(t, "Mexico")?.stance, .unknown)
    }

    func testAVoteInTheStorysOwnMonthIsTheStorysVote() throws {
        let t = try XCTUnwrap(tally("""
            The 15-member Security Council voted unanimously in November for resolution 1441 on Iraq.
            """, date: "2002-11-09"))
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testAnOpeningByParticipleTakesTheSubjectAfterIt() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council today failed to adopt a draft resolution on Syria. The draft received 11 votes \
            in favour to 2 against (Bolivia, Russian Federation), with 2 abstentions (China, Kazakhstan), and was \
            not adopted owing to the negative vote of a permanent member of the Council. The representative of the \
            United States said that, by vetoing the text, the Russian Federation had shown its contempt.
            """, date: "2017-10-24"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "United States")?.stance, .for)
        XCTAssertEqual(member(t, "United States")?.veto, Veto.none)
        XCTAssertEqual(member(t, "Russia")?.veto, .cast)
    }

    func testAByParticipleAfterTheVerbKeepsTheSubjectBefore() throws {
        let t = try XCTUnwrap(tally("""
            The US has allowed a UN Security Council resolution on settlements to pass, by abstaining from the vote. \
            The resolution was passed with 14 votes in favour.
            """, date: "2016-12-23"))
        XCTAssertEqual(member(t, "United States")?.stance, .abstain)
    }

    func testAPronounTakesItsOwnSentencesOpeningSubject() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on a resolution on Iraq. Germany and Syria have said they will \
            vote against. China has said the inspections should go on but has signalled that it would abstain \
            rather than join a veto.
            """, date: "2003-03-10"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "Germany")?.stance, .against)
        XCTAssertEqual(member(t, "Syria")?.stance, .against)
    }

    func testAsWellAsPastAnAppositionNamingTheListsKind() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote this week on an African draft. The ambassador said it already had the \
            firm support of India, Nicaragua, Pakistan and Peru, the other nonaligned members, as well as the \
            Soviet Union and the Ukraine.
            """, date: "1984-07-30"))
        for name in ["India", "Peru", "Soviet Union", "Ukraine"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }

    func testLibyanArabRepublicNamesLibya() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council failed to adopt a draft on Palestinian rights. The draft received 9 votes in \
            favour to 1 against (United States), with 3 abstentions (Italy, Sweden, United Kingdom). China and the \
            Libyan Arab Republic did not participate in the vote.
            """, date: "1976-01-26"))
        XCTAssertEqual(member(t, "Libya")?.stance, .abstain)
        XCTAssertEqual(member(t, "Japan")?.stance, .for)
        XCTAssertEqual(t.outcome, "vetoed")
    }

    func testSupportingAPersonIsNoStanceOnTheText() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council voted today to keep the Iranian question on its agenda. The vote was 9 to 2, with \
            only the Soviet Union and Poland opposing. The chairman ruled that the question was procedural. \
            Oscar Lange of Poland supported him.
            """, date: "1946-04-23"))
        XCTAssertEqual(member(t, "Poland")?.stance, .against)
        XCTAssertEqual(member(t, "Australia")?.stance, .for)
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testADateInAnAsideAfterTheTextDatesItsVote() throws {
        let t = try XCTUnwrap(tally("""
            The five permanent members of the Security Council have agreed on the text of a resolution on the \
            Iran-Iraq war and have said they will all vote for it. The council's last resolution on the war, in \
            October 1986, was adopted unanimously.
            """, date: "1987-07-10"))
        XCTAssertNotEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Ghana")?.stance, .unknown)
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }

    func testTheCouncilsSizeAfterTheVotesNeededIsNoTarget() throws {
        let t = try XCTUnwrap(tally("""
            An Afro-Asian resolution on Angola appeared tonight to be short of the votes it needs when the Security \
            Council takes it up tomorrow. Britain and France will abstain. The draft needs seven of the eleven votes.
            """, date: "1961-03-14"))
        XCTAssertNil(t.sponsorTarget)
    }

    func testAGroupAfterAnOpeningOfIsTheSetChosenFrom() throws {
        let t = try XCTUnwrap(tally("""
            The five permanent members of the Security Council have said they will all vote for the draft. Of the \
            ten non-permanent members, West Germany and Italy said on Friday they would vote for the draft.
            """, date: "1987-07-10"))
        XCTAssertEqual(member(t, "Italy")?.stance, .for)
        XCTAssertEqual(member(t, "Japan")?.stance, .unknown)
        XCTAssertEqual(t.outcome, "undetermined")
    }

    func testOtherMembersWithoutADeterminerAreOnlyThoseNamed() throws {
        let t = try XCTUnwrap(tally("""
            The five permanent members of the Security Council have said they will all vote for the draft. Italy \
            said it would vote for it. Other members, including Argentina, Ghana and the United Arab Emirates, \
            said they were still waiting for instructions from their governments.
            """, date: "1987-07-10"))
        XCTAssertEqual(member(t, "Ghana")?.stance, .undecided)
        XCTAssertEqual(member(t, "Japan")?.stance, .unknown)
        XCTAssertEqual(member(t, "Zambia")?.stance, .unknown)
    }

    func testTheOtherMembersAreStillTheRest() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted the resolution on Friday. Russia and China abstained. The other members \
            voted in favour.
            """, date: "2019-07-10"))
        XCTAssertEqual(member(t, "Germany")?.stance, .for)
    }

    func testAVoteExpectedInAnotherMonthIsStillAhead() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to vote in November on a resolution on Iraq. France said it would \
            veto the text.
            """, date: "2003-10-10"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testCountriesSaidNotToBeMembersDoNotDecideTheYear() throws {
        // India, Indonesia and Kenya sat together only in 1973, but the story says they are not members.
        let t = try XCTUnwrap(tally("""
            The Security Council voted 15-0 on Wednesday for a ceasefire. India, Indonesia and Kenya, which are not \
            members of the Council, welcomed the vote.
            """, date: nil))
        XCTAssertNil(t.year)
    }

    func testOtherMembersWithoutNamesAreStillTheRest() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council adopted the resolution. Russia and China abstained. Other members voted in favour.
            """, date: "2019-07-10"))
        XCTAssertEqual(member(t, "Germany")?.stance, .for)
    }
}
