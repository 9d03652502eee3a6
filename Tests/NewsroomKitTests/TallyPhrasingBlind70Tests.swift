import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 70–75: "leaning toward abstaining" and "committed to voting yes" before a
/// vote, a vote told after "Last week", voting "no" in quotation marks, "France's push for a resolution", the
/// body where a speaker says the question belongs, "will use their vetoes" and "would also veto", a procedural
/// ruling on a later vote, a text "also defeated" and the "It" after it, "the danger had passed", opposition
/// with a withheld vote, and a long apposition after the subject.
final class TallyPhrasingBlind70Tests: XCTestCase {
    func testLeaningTowardsAbstainingIsAPositionBeforeTheVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Wednesday on a British draft on Libya, but China has said it will veto \
            it. Germany and Peru back the text. Indonesia and South Africa are leaning towards abstaining, diplomats said.
            """, date: "2019-05-14"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "China")?.veto, .threatened)
        XCTAssertEqual(member(t, "Indonesia")?.stance, .abstain)
    }

    func testCommittedToVotingYesIsAPositionBeforeTheVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to vote on Sunday to authorize a force to restore Haiti's elected \
            government, with nine members committed to voting yes. The United States, Britain, France, Argentina, Spain, \
            New Zealand, Djibouti, Russia and the Czech Republic have said they will vote for it. Nigeria has not said \
            how it will vote.
            """, date: "1994-07-30"))
        XCTAssertEqual(t.outcome, "likely to pass")
        XCTAssertEqual(member(t, "Nigeria")?.stance, .undecided)
    }

    func testAVoteWordOfANonMemberMakesNoRecordedVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to vote on Monday on a U.S. and Ecuadorian draft authorizing a Kenyan-led \
            force in Haiti. The United States, Ecuador, France, Britain, Japan, Malta, Switzerland, Albania and Gabon \
            have said they will vote for it. The Haitian government has been boycotting talks with the opposition.
            """, date: "2023-09-28"))
        XCTAssertEqual(t.outcome, "likely to pass")
    }

    func testForecastTotalsAndConfidenceOfNineVotes() throws {
        for sentence in ["Diplomats predicted it would pass with 13 votes and two abstentions.",
                         "The United States said it was confident of at least nine votes."] {
            let t = try XCTUnwrap(tally("""
                The Security Council is expected to vote on Sunday on a resolution authorizing a multinational force for \
                Haiti. The United States and France sponsored it. Brazil and China have said they will abstain. \(sentence)
                """, date: "1994-07-30"), sentence)
            XCTAssertEqual(t.outcome, "likely to pass", sentence)
        }
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to vote on Sunday on a resolution authorizing a multinational force for \
            Haiti. The United States and France sponsored it. Brazil and China have said they will abstain. It is \
            unlikely to pass with fewer than nine votes.
            """, date: "1994-07-30"))
        XCTAssertEqual(t.outcome, "undetermined")
    }

    func testAVoteToldAfterLastWeekIsAnEarlierOne() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union is expected to oppose an Irish resolution on Kashmir when it comes to a vote tomorrow, \
            delegates said tonight. The United States, Britain, France and Chile have said they will support the text. \
            Last week the Soviet Union vetoed a Western proposal on the Congo.
            """, date: "1962-06-18"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .threatened)
    }

    func testAVoteToldAfterAWeekAgoIsAnEarlierOne() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union is expected to oppose an Irish resolution on Kashmir when it comes to a vote tomorrow, \
            delegates said tonight. The United States, Britain, France and Chile have said they will support the text. \
            Two days ago the Soviet Union vetoed a Western proposal on the Congo.
            """, date: "1962-06-18"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testAVoteOfAnotherDayInAPreviewIsNotRead() throws {
        for sentence in ["An American resolution was vetoed by the Soviet Union on Friday.",
                         "The Soviet Union last Friday vetoed an American resolution.",
                         "An American resolution on Lebanon was defeated last week.",
                         "A Soviet draft was rejected on Friday by 8 votes to 1."] {
            let t = try XCTUnwrap(tally("""
                A Japanese proposal on Lebanon appeared tonight to be headed for a Soviet veto when it comes to a vote \
                tomorrow. The United States and Britain have said they will support the plan. France, Canada, Colombia \
                and Panama are also expected to vote for it. \(sentence)
                """, date: "1958-07-21"), sentence)
            XCTAssertEqual(t.outcome, "blocked by a threatened veto", sentence)
        }
    }

    func testVotingNoInQuotationMarks() throws {
        let t = try XCTUnwrap(tally("""
            Russia on Friday vetoed a resolution condemning its annexation of four Ukrainian regions. The vote was 12 \
            in favour, with Russia and Gabon voting \u{201C}no\u{201D} and China abstaining.
            """, date: "2022-09-30"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "Gabon")?.stance, .against)
        XCTAssertEqual(member(t, "Gabon")?.veto, Veto.none)
        XCTAssertEqual(member(t, "Ireland")?.stance, .for)
    }

    func testVotingNoInSingleQuotationMarks() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council on Wednesday adopted a resolution on the MH17 tribunal. The vote was 12 in favour, \
            with Angola voting 'no' and Chad abstaining.
            """, date: "2015-07-29"))
        XCTAssertEqual(member(t, "Angola")?.stance, .against)
        XCTAssertEqual(member(t, "Chad")?.stance, .abstain)
    }

    func testAMembersPushForAResolutionIsSupport() throws {
        let t = try XCTUnwrap(tally("""
            France's push for a Security Council resolution on Syria's humanitarian crisis gained ground on Friday, \
            diplomats said, with Britain and Jordan backing the text.
            """, date: "2014-03-14"))
        XCTAssertEqual(member(t, "France")?.stance, .for)
    }

    func testTheBodyWhereTheQuestionBelongsDecidesNothing() throws {
        // (Without the rule the Human Rights Council became the body of the sentences after it, and "the council"
        // in them its.)
        let t = try XCTUnwrap(tally("""
            Russia said on Tuesday it would block a Western draft on Syria in the Security Council, which it said \
            belonged in the Human Rights Council. The draft, written by Britain and France, has the support of Germany \
            and Portugal. South Africa, which joined the council last year, said it would vote against the text. India \
            and Brazil have not said how they will vote.
            """, date: "2012-01-24"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
        XCTAssertEqual(member(t, "Germany")?.stance, .for)
        XCTAssertEqual(member(t, "South Africa")?.stance, .against)
    }

    func testTheBodyThatShouldHandleTheIssueDecidesNothing() throws {
        for sentence in ["Russia said the issue should be handled by the Human Rights Council.",
                         "Russia said the question was one for the Human Rights Council."] {
            let t = try XCTUnwrap(tally("""
                The United States said on Thursday it would push ahead with a vote on a U.N. Security Council resolution \
                on Myanmar, even though China has said it will veto it. \(sentence) The draft has the support of France, \
                Belgium and Italy. South Africa, which joined the council this month, said it would vote against the text. \
                Indonesia and Qatar have not said how they would vote.
                """, date: "2007-01-11"), sentence)
            XCTAssertEqual(t.outcome, "blocked by a threatened veto", sentence)
        }
    }

    func testWillUseTheirVetoes() throws {
        let t = try XCTUnwrap(tally("""
            Britain said on Tuesday it would seek a vote on a Security Council resolution on Syria, even though \
            Russia and China have said they will use their vetoes. India backs the text.
            """, date: "2012-01-24"))
        XCTAssertEqual(member(t, "China")?.veto, .threatened)
        XCTAssertEqual(member(t, "Russia")?.veto, .threatened)
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testWouldAlsoVeto() throws {
        let t = try XCTUnwrap(tally("""
            Britain said on Tuesday it would seek a vote on a Security Council resolution on Syria. India backs the \
            text. Russia's envoy said Moscow would also veto the text.
            """, date: "2012-01-24"))
        XCTAssertEqual(member(t, "Russia")?.veto, .threatened)
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testWillAlmostCertainlyVetoAndWillNotHesitateToUseItsVeto() throws {
        for sentence in ["Russia will almost certainly veto the text.", "Russia has said it will not hesitate to use its veto.",
                         "Russia said it would again veto the text."] {
            let t = try XCTUnwrap(tally("""
                The Security Council will vote on Tuesday on a British, French and U.S. draft resolution on Syrian \
                chemical weapons. \(sentence) Senegal and Sweden back the draft.
                """, date: "2017-02-27"), sentence)
            XCTAssertEqual(member(t, "Russia")?.veto, .threatened, sentence)
            XCTAssertEqual(t.outcome, "blocked by a threatened veto", sentence)
        }
    }

    func testAProceduralRulingOnALaterVoteWithOtherTotals() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed a Western resolution on Laos in the Security Council tonight. The vote was 9 to 1, \
            with Tunisia abstaining. Afterwards the Council voted 10 to 1 to send a subcommittee to Laos. That decision \
            was procedural, so the Soviet negative vote was not a veto.
            """, date: "1959-09-07"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .cast)
    }

    func testATextAlsoDefeatedAndTheSentenceAfterIt() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed tonight a British resolution on Kuwait in the Security Council. The vote was 7 to 1, \
            with Ceylon, Ecuador and the United Arab Republic abstaining. Later a Soviet resolution demanding the \
            withdrawal of British troops was also defeated. It received only three votes \u{2014} those of the Soviet Union, \
            Ceylon and the United Arab Republic \u{2014} with the other eight members abstaining.
            """, date: "1961-07-07"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "Turkey")?.stance, .for)
    }

    func testASentenceOpeningInASecondVoteIsAnotherDecision() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed tonight a British resolution on Kuwait in the Security Council. The vote was 7 to 1, \
            with Ceylon, Ecuador and the United Arab Republic abstaining. In a second vote, a United Arab Republic draft \
            won only three votes, those of the U.A.R., Ceylon and the Soviet Union, with the other eight members abstaining.
            """, date: "1961-07-07"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "China")?.stance, .for)
        XCTAssertEqual(member(t, "Ceylon")?.stance, .abstain)
    }

    func testTheDangerHadPassedIsNoTextAdopted() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed tonight a British resolution on Kuwait in the Security Council. The vote was 7 to 1, \
            with Ceylon, Ecuador and the United Arab Republic abstaining. Britain said its troops would stay until the \
            danger had passed.
            """, date: "1961-07-07"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(t.notes, [])
    }

    func testOppositionWithAWithheldVoteThreatensNoVeto() throws {
        let t = try XCTUnwrap(tally("""
            China said on Monday it would veto a Japanese draft resolution on North Korea in the Security Council. \
            Russia opposes the sanctions, its envoy said, but he did not say how Moscow would vote. Denmark and Greece back the draft.
            """, date: "2006-07-10"))
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
        XCTAssertEqual(member(t, "China")?.veto, .threatened)
    }

    func testALongAppositionClosedJustBeforeTheCue() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council is set to vote on Monday on a U.S. draft on Gaza. Britain and France back it. Algeria, \
            the council's only Arab member and one of the countries that signed a joint statement welcoming the plan \
            last week, is expected to vote in favor.
            """, date: "2025-11-16"))
        XCTAssertEqual(member(t, "Algeria")?.stance, .for)
    }
}
