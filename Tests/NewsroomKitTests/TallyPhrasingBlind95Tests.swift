import XCTest
@testable import NewsroomKit

/// Phrasings met in blind batches 95–97 and their neighbours: a draft "expected to fall well short of the nine votes it
/// needs" with permanent members only voting against it, a country's own Security Council ("Members of Russia's Security
/// Council lined up … to back"), "the council's other European Union members", votes a side counts "including" named
/// members, and an objection held "on principle" after a stated abstention.
final class TallyPhrasingBlind95Tests: XCTestCase {
    func testAForecastShortfallWithoutVetoWordsIsShortNotBlocked() throws {
        // (The three Western "will vote against" had been read as threatened vetoes: `blocked by a threatened veto`.)
        let t = try XCTUnwrap(tally("""
            China's draft resolution on sanctions relief is expected to fall well short of the nine votes it needs when it \
            is put to a vote on Thursday, diplomats said. Only Russia has said it will vote with Beijing. The United States, \
            Britain and France will vote against the text.
            """, date: "2023-05-02"))
        XCTAssertEqual(t.outcome, "short of the 9 votes needed")
        XCTAssertEqual(member(t, "United States")?.stance, .against)
        XCTAssertEqual(member(t, "United States")?.veto, Veto.none)
    }

    func testAForecastFallingFarShortSoToo() throws {
        let t = try XCTUnwrap(tally("""
            The Russian text on Syria falls far short of the nine votes it needs, envoys said before Monday's vote. \
            Britain and France will vote no.
            """, date: "2018-04-09"))
        XCTAssertEqual(t.outcome, "short of the 9 votes needed")
        XCTAssertEqual(member(t, "France")?.veto, Veto.none)
    }

    func testAVetoThreatenedInWordsStillBlocksAShortDraft() throws {
        // (Guard: the shortfall yields to a threat told with "veto".)
        let t = try XCTUnwrap(tally("""
            China's draft resolution is expected to fall short of the nine votes it needs when it is put to a vote on \
            Thursday. The United States has threatened to veto it.
            """, date: "2023-05-02"))
        XCTAssertEqual(t.outcome, "blocked by a threatened veto")
    }

    func testACountrysOwnSecurityCouncilIsNotTheUNs() {
        // (Russia had been `for` in an `undetermined` tally.)
        XCTAssertNil(tally("""
            Members of Russia's Security Council lined up on Monday, one by one, to back the recognition of the \
            independence of two Moscow-backed separatist regions in eastern Ukraine, in a televised session.

            Ukraine has requested an emergency meeting of the U.N. Security Council, where Russia holds a veto.
            """, date: "2022-02-21"))
        XCTAssertNil(tally("""
            Members of Russia's Security Council lined up on Wednesday to back the annexation of four Moscow-backed regions of \
            Ukraine.

            Kyiv has asked for a meeting of the U.N. Security Council, where Moscow holds a veto.
            """, date: "2022-09-28"))
    }

    func testAMembersEnvoyToTheSecurityCouncilIsStillTheUNs() throws {
        // (Guard: "Britain's Security Council envoy" speaks of the UN's council.)
        let t = try XCTUnwrap(tally("""
            The Security Council voted 15-0 on Monday to extend the mission in Cyprus. Britain's Security Council envoy \
            said the vote sent a strong signal.
            """, date: "2021-01-29"))
        XCTAssertEqual(t.outcome, "adopted")
    }

    func testTheCouncilsOtherEuropeanUnionMembersAreThatYearsUnionStates() throws {
        // (The group had been unread, and "as have Peru, …" had nothing to copy: seven members unknown.)
        let t = try XCTUnwrap(tally("""
            A German-drafted Security Council resolution on sexual violence in conflict is expected to pass on Tuesday. \
            The council's other European Union members have co-sponsored the text, as have Peru, the Dominican Republic \
            and Kuwait.
            """, date: "2019-04-22"))
        XCTAssertEqual(member(t, "Belgium")?.stance, .for)
        XCTAssertEqual(member(t, "Poland")?.stance, .for)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .for)
        XCTAssertEqual(member(t, "Kuwait")?.stance, .for)
        XCTAssertEqual(member(t, "Indonesia")?.stance, .unknown)
    }

    func testTheCouncilsEUMembersAfterBrexitLeaveBritainOut() throws {
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Friday on a draft on Myanmar. The council's EU members will vote for the \
            text, diplomats said. China will vote against it.
            """, date: "2021-03-04"))
        XCTAssertEqual(member(t, "Ireland")?.stance, .for)
        XCTAssertEqual(member(t, "Estonia")?.stance, .for)
        XCTAssertEqual(member(t, "France")?.stance, .for)
        XCTAssertEqual(member(t, "United Kingdom")?.stance, .unknown)
    }

    func testVotesASideCountsIncludingNamedMembersAreTheirSupport() throws {
        // (The six named after "including" had stayed unknown, leaving the preview `undetermined`.)
        let t = try XCTUnwrap(tally("""
            The British-drafted resolution is set for a vote on Friday; China and France signalled they would abstain. \
            British officials said they had at least 10 firm votes among the other members, including Canada, \
            Argentina, Slovenia, Brazil, Gabon and Namibia.
            """, date: "1999-12-16"))
        XCTAssertEqual(member(t, "Canada")?.stance, .for)
        XCTAssertEqual(member(t, "Namibia")?.stance, .for)
        let n = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on the Swiss draft. The sponsors say they have lined up 11 votes, \
            among them Japan, Ghana and Brazil.
            """, date: "2023-06-06"))
        XCTAssertEqual(member(n, "Ghana")?.stance, .for)
        XCTAssertEqual(member(n, "Brazil")?.stance, .for)
    }

    func testVotesASideStillNeedsNameNobody() throws {
        // (Guard: a want is not support.)
        let t = try XCTUnwrap(tally("""
            The Security Council will vote on Thursday on the Swiss draft. The sponsors need nine votes, including \
            Brazil's, and France has said it will vote for it.
            """, date: "2023-06-06"))
        XCTAssertEqual(member(t, "Brazil")?.stance, .unknown)
    }

    func testAnObjectionOnPrincipleYieldsToAStatedAbstention() throws {
        // (China had been `against` with a threatened veto.)
        let t = try XCTUnwrap(tally("""
            The Security Council is expected to authorize a U.S.-led force for Haiti today. Brazil and China have \
            signalled that they will abstain. Beijing objects on principle to military intervention.
            """, date: "1994-07-31"))
        XCTAssertEqual(member(t, "China")?.stance, .abstain)
        XCTAssertEqual(member(t, "China")?.veto, Veto.none)
        let r = try XCTUnwrap(tally("""
            The Security Council votes on Monday on the American sanctions draft. Russia has said it will abstain; \
            Moscow objects, in principle, to sanctions.
            """, date: "2017-08-04"))
        XCTAssertEqual(member(r, "Russia")?.stance, .abstain)
    }

    func testAnObjectionOnPrincipleAloneStands() throws {
        // (Guard: with no stated vote, the objection is the member's position.)
        let t = try XCTUnwrap(tally("""
            The Security Council votes on Monday on the American sanctions draft. China objects on principle to sanctions, \
            and France will vote for it.
            """, date: "2017-08-04"))
        XCTAssertEqual(member(t, "China")?.stance, .against)
    }
}
