import XCTest
@testable import NewsroomKit

/// The tagger's labels, weights file and training, on tiny data written for the project.
final class PerceptronTests: XCTestCase {
    func testLabelsRoundTripThroughEntities() {
        let spans = [EntitySpan(tokens: 0..<2, type: .person), EntitySpan(tokens: 3..<4, type: .location),
                     EntitySpan(tokens: 5..<8, type: .organization)]
        let labels = EntityLabels.labels(count: 9, entities: spans)
        XCTAssertEqual(labels[0], EntityLabels.label(.person, .begin))
        XCTAssertEqual(labels[1], EntityLabels.label(.person, .last))
        XCTAssertEqual(labels[3], EntityLabels.label(.location, .unit))
        XCTAssertEqual(labels[6], EntityLabels.label(.organization, .inside))
        XCTAssertEqual(EntityLabels.entities(from: labels), spans)
    }

    func testOnlyValidTransitionsAreAllowed() {
        let b = EntityLabels.label(.person, .begin), i = EntityLabels.label(.person, .inside)
        let l = EntityLabels.label(.person, .last), u = EntityLabels.label(.location, .unit)
        XCTAssertTrue(EntityLabels.allowed(i, after: b))
        XCTAssertFalse(EntityLabels.allowed(EntityLabels.outside, after: b))
        XCTAssertFalse(EntityLabels.allowed(EntityLabels.label(.location, .last), after: b))
        XCTAssertFalse(EntityLabels.allowed(l, after: -1))
        XCTAssertTrue(EntityLabels.allowed(u, after: l))
        XCTAssertFalse(EntityLabels.canEnd(b))
    }

    func testWeightsSurviveSerialisation() throws {
        var floats = [Float](repeating: 0, count: (1 << 8) * EntityLabels.count)
        floats[3] = 1.5
        floats[100] = -0.25
        floats[floats.count - 1] = 3
        let weights = PerceptronWeights(rowBits: 8, floats: floats)
        let back = try PerceptronWeights(data: weights.serialized())
        XCTAssertEqual(back.table, weights.table)
        XCTAssertEqual(back.scale, weights.scale)
        XCTAssertEqual(back.nonZeroCount, 3)
        XCTAssertThrowsError(try PerceptronWeights(data: Data("NRP1garbage".utf8)))
        XCTAssertThrowsError(try PerceptronWeights(data: Data([1, 2, 3])))
    }

    private func toyDocuments() -> [PerceptronTrainer.Document] {
        let texts = [
            ("Zorblat Quennick visited Plimsk on Monday.", [(0, 18, EntityType.person), (27, 33, .location)]),
            ("Later Arno Vettel flew to Dunmore.", [(6, 17, .person), (26, 33, .location)]),
            ("Mira Ostrad lives in Plimsk.", [(0, 11, .person), (21, 27, .location)]),
            ("The mayor of Dunmore met Kel Brandt.", [(13, 20, .location), (25, 35, .person)]),
            ("Kel Brandt visited Dunmore.", [(0, 10, .person), (19, 26, .location)]),
            ("Arno Vettel visited Plimsk on Friday.", [(0, 11, .person), (20, 26, .location)]),
        ]
        return texts.map { s, spans in
            let doc = PeopleGoldDocument(id: s, text: s, entities: spans.map {
                .init(span: TextSpan(start: $0.0, end: $0.1), type: $0.2)
            })
            let t = TokenizedText(ScalarText(s))
            return .init(text: t, labels: doc.trainingLabels(for: t))
        }
    }

    func testAveragedWeightsAverageOverSteps() {
        var w = AveragedWeights(size: 2)
        w.update(0, by: 1)       // weight 1 from step 1 on
        w.step += 1
        w.step += 1
        w.update(0, by: -1)      // weight 0 from step 3 on
        w.step += 1
        let avg = w.averaged()
        XCTAssertEqual(avg[0], 2 / 4, accuracy: 1e-6)  // 1 during steps 1-2, 0 during 3-4
        XCTAssertEqual(avg[1], 0)
    }

    func testTrainingIsReproducible() {
        func train() -> Data {
            var trainer = PerceptronTrainer(rowBits: 12, names: .empty)
            trainer.train(toyDocuments(), epochs: 5, seed: 7)
            return PerceptronWeights(rowBits: 12, floats: trainer.averaged()).serialized()
        }
        XCTAssertEqual(train(), train())
    }

    func testTrainedTaggerFindsThePatternOnNewText() {
        var trainer = PerceptronTrainer(rowBits: 12, names: .empty)
        trainer.train(toyDocuments(), epochs: 30, seed: 7)
        let tagger = PerceptronTagger(weights: PerceptronWeights(rowBits: 12, floats: trainer.averaged()), names: .empty)
        let t = TokenizedText(ScalarText("Mira Ostrad visited Dunmore on Monday."))
        let found = tagger.entities(in: t)
        XCTAssertEqual(found, [EntitySpan(tokens: 0..<2, type: .person), EntitySpan(tokens: 3..<4, type: .location)])
    }

    func testBundledWeightsLoad() throws {
        guard BundledResources.url("people/tagger.weights") != nil else { throw XCTSkip("no bundled weights") }
        let tagger = try XCTUnwrap(PerceptronTagger.shared)
        let t = TokenizedText(ScalarText("Russian Foreign Minister Sergei Lavrov arrived in Moscow on Monday."))
        let spans = tagger.entities(in: t).map { e in
            (e.type, t.text[TextSpan(start: t.tokens[e.tokens.lowerBound].start, end: t.tokens[e.tokens.upperBound - 1].end)])
        }
        XCTAssertTrue(spans.contains { $0.0 == .person && $0.1 == "Sergei Lavrov" }, "\(spans)")
        XCTAssertFalse(spans.contains { $0.0 == .person && $0.1.contains("Moscow") }, "\(spans)")
    }
}
