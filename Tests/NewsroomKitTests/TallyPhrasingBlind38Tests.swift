import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 38–40: appositions and abbreviations inside the subject, lists
/// continued past relative clauses, withheld questions, procedural referrals and bodies that are not
/// the Council.
final class TallyPhrasingBlind38Tests: XCTestCase {
    func testAbbreviationsInsideTheSubjectAndAPersonOfACountry() throws {
        let t = try XCTUnwrap(tally("""
            Brazil and Colombia are sponsoring a Security Council resolution on Guatemala. The United States delegation, headed \
            by Henry Cabot Lodge Jr., is backing the move. The British delegates said their Government would support the text, \
            as will Dr. T. F. Tsiang of Nationalist China. Lebanon's delegation was still without instructions tonight.
            """, date: "1954-06-19"))
        XCTAssertEqual(member(t, "United States")?.stance, .for)
        XCTAssertEqual(member(t, "China")?.stance, .for)
        XCTAssertEqual(member(t, "Lebanon")?.stance, .undecided)
    }

    func testKeepingAQuestionOffTheAgendaIsNoProceduralVote() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union tonight vetoed a Security Council resolution condemning the invasion of Czechoslovakia. The vote \
            was 10 in favor and 2 against, with 3 abstentions. Moscow's envoy had fought for two days to keep the question off \
            the agenda.
            """, date: "1968-08-22"))
        XCTAssertEqual(t.outcome, "vetoed")
        XCTAssertEqual(member(t, "Soviet Union")?.veto, .cast)
    }

    func testVotingForTheResolutionWereAndTheOnlyOtherNegativeVote() throws {
        let t = try XCTUnwrap(tally("""
            The Soviet Union vetoed a Security Council resolution deploring the destruction of a Korean airliner. The tally was \
            9 to 2, with 4 abstentions. Poland cast the only other negative vote. China, Guyana, Nicaragua and Zimbabwe \
            abstained. Voting for the resolution were the United States, Britain, France, the Netherlands, Malta, Jordan, \
            Pakistan, Togo and Zaire.
            """, date: "1983-09-12"))
        XCTAssertEqual(member(t, "Poland")?.stance, .against)
        XCTAssertEqual(member(t, "Netherlands")?.stance, .for)
        XCTAssertEqual(member(t, "Zaire")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 9, against: 2, abstain: 4, undecided: 0, unknown: 0))
    }

    func testSupportersCountedAfterAColonAndAWaveringAdjective() throws {
        let t = try XCTUnwrap(tally("""
            The United States and Britain scrambled on Tuesday to win over six wavering Security Council members, after France \
            said it would vote against the draft. Washington and London can count on only four: themselves, Spain, which \
            co-sponsored the draft, and Bulgaria.
            """, date: "2003-03-11"))
        for name in ["United States", "United Kingdom", "Spain", "Bulgaria"] { XCTAssertEqual(member(t, name)?.stance, .for, name) }
    }

    func testTheLeagueOfNationsCouncilIsAnotherBody() {
        let text = """
            The Council of the League of Nations today declared that Italy had resorted to war. The decision was taken by a \
            roll call in which thirteen of the Council's fourteen members, among them Great Britain, France and the Soviet \
            Union, voted in favour. The Italian delegate voted against.
            """
        XCTAssertNil(tally(text, date: nil))
        // The Security Council first met in 1946: an earlier story is about another council.
        XCTAssertNil(tally("The Security Council voted 9-2 to condemn the attack. France voted against.", date: "1935-10-07"))
    }

    func testCallingAnEmergencySessionOfTheAssemblyIsTheCouncilsOwnVote() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council this afternoon decided to call an emergency special session of the General Assembly on \
            Ukraine. By a recorded vote of 11 in favour to 1 against (Russian Federation), with 3 abstentions (China, India, \
            United Arab Emirates), the Council adopted resolution 2623 (2022), acting under General Assembly resolution 377 A \
            (V). As the decision concerned a procedural matter, the negative vote of the Russian Federation did not prevent \
            its adoption. The representative of the Russian Federation said the text had been put forward without consultation.
            """, date: "2022-02-27"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Russia")?.stance, .against)
        XCTAssertEqual(member(t, "Russia")?.veto, Veto.none)
    }

    func testOneOfProcedureTheMajorityAndAYearInAnAside() throws {
        let text = """
            The Security Council voted tonight to summon the General Assembly into emergency session. The Yugoslav resolution, \
            invoking the machinery set up by the Assembly in 1950, was adopted 7 to 2, with Australia and Belgium abstaining. \
            Britain and France cast the negative votes, but because the decision was one of procedure the veto did not apply. \
            The United States, the Soviet Union, Nationalist China, Cuba, Iran and Peru joined Yugoslavia in the majority.
            """
        let t = try XCTUnwrap(tally(text, date: "1956-10-31"))
        XCTAssertEqual(t.outcome, "adopted")
        // Read from its own words, not only left over by the totals: the 1950 date is the aside's.
        let evidence = try XCTUnwrap(member(t, "Australia")?.evidence)
        let scalars = Array(text.unicodeScalars)[evidence.start..<evidence.end]
        XCTAssertEqual(String(String.UnicodeScalarView(scalars)), "Australia and Belgium abstaining")
        XCTAssertEqual(member(t, "Australia")?.stance, .abstain)
        XCTAssertEqual(member(t, "Peru")?.stance, .for)
        XCTAssertEqual(member(t, "Yugoslavia")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
    }

    func testAMilderTextAnUnmadePositionAndNoPartAnnouncedBeforeTheVote() throws {
        let t = try XCTUnwrap(tally("""
            An African resolution appeared tonight to be well short of the seven votes it needs in the Security Council. Its \
            supporters could count on only four votes: those of the Ivory Coast itself, Jordan, Malaysia and the Soviet Union. \
            Bolivia has not made its position known. Lord Caradon, the British representative, said his Government would take \
            no part in a vote. African diplomats conceded that they might have to settle for a milder text being drafted by \
            Bolivia and Uruguay.
            """, date: "1965-11-18"))
        XCTAssertEqual(t.outcome, "short of the 7 votes needed")
        XCTAssertEqual(member(t, "Bolivia")?.stance, .undecided)
        XCTAssertEqual(member(t, "Uruguay")?.stance, .unknown)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .abstain)
        XCTAssertEqual(member(t, "Jordan")?.stance, .for)
    }

    func testAListGoesOnPastRelativeClausesAndSemicolons() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council tonight ordered mandatory sanctions against Rhodesia, voting 11-0. Four members abstained: \
            France, which holds that Rhodesia is a British affair; the Soviet Union and Bulgaria, which said the measures were \
            too feeble; and Mali, which wanted force. The resolution was supported by Britain, which proposed it, the United \
            States, Nationalist China, Japan, the Netherlands, New Zealand, Argentina, Uruguay, Jordan, Nigeria and Uganda.
            """, date: "1966-12-16"))
        XCTAssertEqual(t.outcome, "adopted")
        XCTAssertEqual(member(t, "Bulgaria")?.stance, .abstain)
        XCTAssertEqual(member(t, "Mali")?.stance, .abstain)
        XCTAssertEqual(member(t, "Argentina")?.stance, .for)
        XCTAssertEqual(t.counts, TallyCounts(for: 11, against: 0, abstain: 4, undecided: 0, unknown: 0))
    }

    func testMoreThanEnoughVotes() throws {
        let t = try XCTUnwrap(tally("""
            The United States says it has more than enough votes to win Security Council approval on Thursday for a resolution \
            on Iraq. Britain and France are co-sponsors.
            """, date: "1990-11-28"))
        XCTAssertEqual(member(t, "United States")?.stance, .for)
    }

    func testAPresidentsAdministrationAndAWithheldQuestion() throws {
        let t = try XCTUnwrap(tally("""
            Egypt on Thursday postponed a Security Council vote on its draft resolution on settlements. The Obama administration \
            had not said whether it would veto or abstain. Egyptian diplomats would not say whether their country would still \
            vote for a text it had drafted.
            """, date: "2016-12-22"))
        XCTAssertEqual(member(t, "United States")?.stance, .undecided)
        XCTAssertEqual(member(t, "United States")?.veto, Veto.none)
        XCTAssertEqual(member(t, "Egypt")?.stance, .undecided)
    }

    func testTheHouseVotingIsAChamber() {
        XCTAssertNil(tally("""
            The House voted 342-80 on Thursday to condemn last month's U.N. Security Council resolution on settlements, a vote \
            that the Obama administration allowed to happen by abstaining. The Senate is expected to take up a similar \
            resolution later this month.
            """, date: "2017-01-05"))
    }

    func testAListInADashedAppositionDoesNotDistanceTheVerb() throws {
        let t = try XCTUnwrap(tally("""
            Russia said it would put to a vote a Security Council resolution on its biolabs claims. Only China has said it will \
            join Russia in voting yes. The United States, Britain and France have said they will vote no. The ten elected \
            members — Albania, Brazil, Gabon, Ghana, India, Ireland, Kenya, Mexico, Norway and the United Arab Emirates — are \
            all expected to abstain.
            """, date: "2022-11-01"))
        XCTAssertEqual(member(t, "Albania")?.stance, .abstain)
        XCTAssertEqual(member(t, "United Arab Emirates")?.stance, .abstain)
        XCTAssertEqual(t.outcome, "short of the 9 votes needed")
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
    }

    func testStillConsultingAlongWithAfterATimeAdverbial() throws {
        let t = try XCTUnwrap(tally("""
            The United States called a Security Council vote for Monday on a resolution backing the ceasefire plan. The three \
            African members, Algeria, Mozambique and Sierra Leone, were still consulting on Monday morning, along with Guyana, \
            which often votes with them.
            """, date: "2024-06-10"))
        for name in ["Algeria", "Mozambique", "Sierra Leone", "Guyana"] { XCTAssertEqual(member(t, name)?.stance, .undecided, name) }
    }

    func testAnObituaryGivesNoTally() {
        let text = """
            Jeane J. Kirkpatrick, Ronald Reagan's ambassador to the United Nations, died on Thursday at her home. She was 80. \
            She played the Security Council a tape of the Soviet pilot's radio transmissions, and a resolution deploring the \
            attack drew nine votes before the Soviet Union vetoed it.
            """
        XCTAssertNil(tally(text, date: "2006-12-08"))
        XCTAssertNil(tally(text, date: "2006-12-08", headline: "Jeane Kirkpatrick, Reagan's U.N. Envoy, Dies at 80"))
    }
}
