import XCTest
@testable import NewsroomKit

/// Gold readers (CoNLL IOB1/IOB2, GUM CoNLL-U) and scoring, on tiny files written for the project.
final class PeopleEvaluationTests: XCTestCase {
    func testCoNLLIOB1WithDocuments() {
        let conll = """
        -DOCSTART- O

        Alain I-PER
        Juppe I-PER
        met O
        Lavrov B-PER
        in O
        Moscow I-LOC
        . O

        -DOCSTART- O

        Hello O
        """
        let docs = PeopleGoldReader.readCoNLL(conll, name: "t")
        XCTAssertEqual(docs.count, 2)
        let d = docs[0]
        XCTAssertEqual(d.text, "Alain Juppe met Lavrov in Moscow.")
        let scalars = ScalarText(d.text)
        XCTAssertEqual(d.entities.map { scalars[$0.span] }, ["Alain Juppe", "Lavrov", "Moscow"])
        XCTAssertEqual(d.entities.map(\.type), [.person, .person, .location])
    }

    func testCoNLLIOB2AdjacentEntitiesAndTweetsAsDocuments() {
        let conll = "Bill\tB-PER\nGates\tI-PER\nMelinda\tB-PER\nsaid\tO\n\nnext\tO\ntweet\tO\n"
        let docs = PeopleGoldReader.readCoNLL(conll, name: "b")
        XCTAssertEqual(docs.count, 2)
        let text = ScalarText(docs[0].text)
        XCTAssertEqual(docs[0].entities.map { text[$0.span] }, ["Bill Gates", "Melinda"])
    }

    func testGUMEntitiesHeadsTitlesPossessivesAndChains() {
        let conllu = """
        # newdoc id = GUM_test_doc
        # newpar
        # text = President Zorblat Quennick's aide met Quennick in Plimsk.
        1\tPresident\tPresident\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new-sssss-cf1-2,3-coref
        2\tZorblat\tZorblat\tPROPN\tNNP\t_\t0\troot\t_\t_
        3-4\tQuennick's\t_\t_\t_\t_\t_\t_\t_\t_
        3\tQuennick\tQuennick\tPROPN\tNNP\t_\t0\troot\t_\t_
        4\t's\t's\tPART\tPOS\t_\t0\troot\t_\tEntity=1)
        5\taide\taide\tNOUN\tNN\t_\t0\troot\t_\t_
        6\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
        7\tQuennick\tQuennick\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)
        8\tin\tin\tADP\tIN\t_\t0\troot\t_\t_
        9\tPlimsk\tPlimsk\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(2-place-new-sssss-cf1-1-sgl)|SpaceAfter=No
        10\t.\t.\tPUNCT\t.\t_\t0\troot\t_\t_

        """
        let docs = GUMEntityReader.read(conllu, name: "x")
        XCTAssertEqual(docs.count, 1)
        let d = docs[0]
        XCTAssertEqual(d.id, "GUM_test_doc")
        XCTAssertEqual(d.text, "President Zorblat Quennick's aide met Quennick in Plimsk.")
        let text = ScalarText(d.text)
        XCTAssertEqual(d.entities.map { text[$0.span] }, ["Zorblat Quennick", "Quennick", "Plimsk"])
        XCTAssertEqual(d.entities.map(\.type), [.person, .person, .location])
        XCTAssertEqual(d.people.map(\.chain), ["GUM_test_doc:1", "GUM_test_doc:1"])
    }

    func testScoresByExactSpanAndBCubed() {
        let doc = PeopleGoldDocument(id: "d", text: "Ann Lee met Bo Chan. Lee left. Chan stayed.", entities: [
            .init(span: TextSpan(start: 0, end: 7), type: .person, chain: "a"),
            .init(span: TextSpan(start: 12, end: 19), type: .person, chain: "b"),
            .init(span: TextSpan(start: 21, end: 24), type: .person, chain: "a"),
            .init(span: TextSpan(start: 31, end: 35), type: .person, chain: "b"),
        ], hasChains: true)
        // System: Ann Lee + Lee + Chan wrongly in one person; "Bo" alone (wrong span).
        let people = [
            Person(name: "Ann Lee", mentions: [TextSpan(start: 0, end: 7), TextSpan(start: 21, end: 24), TextSpan(start: 31, end: 35)]),
            Person(name: "Bo", mentions: [TextSpan(start: 12, end: 14)]),
        ]
        let s = PeopleEvaluation.score(people, against: doc)
        XCTAssertEqual(s.truePositives, 3)
        XCTAssertEqual(s.falsePositives, 1)
        XCTAssertEqual(s.falseNegatives, 1)
        XCTAssertEqual(s.linkGold, 4)
        XCTAssertEqual(s.linkFound, 3)
        // Found: Ann Lee(a), Lee(a), Chan(b), all in one system cluster.
        XCTAssertEqual(s.b3Precision, (2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, accuracy: 1e-9)
        XCTAssertEqual(s.b3Recall, 1.0, accuracy: 1e-9)
    }

    func testDevSplitIsFixedAndDisjoint() throws {
        guard let root = SharedData.root(packageRoot: SharedData.packageRoot(ofTestFile: #filePath)) else {
            throw XCTSkip(SharedData.missingMessage)
        }
        let split = try PeopleDevSplit.load(shared: root, includeTwitter: false)
        XCTAssertEqual(split.devWikigold.count, 29)
        let trainIDs = Set(split.train.map(\.id))
        XCTAssertTrue(split.devWikigold.allSatisfy { !trainIDs.contains($0.id) })
        XCTAssertTrue(split.devGUM.allSatisfy { !trainIDs.contains($0.id) })
        XCTAssertFalse(split.devGUM.isEmpty)
    }
}
