import XCTest
@testable import NewsroomKit

/// Exchange clustering and the word-class file, on tiny corpora written for the project.
final class WordClusterTests: XCTestCase {
    /// Ids: 0 boundary, 1 "said", 2 "the", 3 "minister", 4 "president", 5 "smith", 6 "jones", 7 "today".
    /// "smith" and "jones" (and "minister" and "president") occur in identical contexts.
    private func corpus() -> [[Int32]] {
        var out: [[Int32]] = []
        for _ in 0..<20 {
            for name: Int32 in [5, 6] { out.append([0, name, 1, 7, 0]) }
            for role: Int32 in [3, 4] { out.append([0, 2, role, 1, 7, 0]) }
        }
        return out
    }

    func testWordsWithIdenticalContextsShareAClass() {
        let classes = ExchangeClustering(sequences: corpus(), wordCount: 8).classes(k: 4, iterations: 10)
        XCTAssertEqual(classes.count, 8)
        XCTAssertEqual(classes[5], classes[6])
        XCTAssertEqual(classes[3], classes[4])
        XCTAssertNotEqual(classes[5], classes[1])
        XCTAssertTrue(classes.allSatisfy { (0..<4).contains($0) })
    }

    func testClusteringIsReproducible() {
        let a = ExchangeClustering(sequences: corpus(), wordCount: 8).classes(k: 3, iterations: 5)
        let b = ExchangeClustering(sequences: corpus(), wordCount: 8).classes(k: 3, iterations: 5)
        XCTAssertEqual(a, b)
    }

    func testClassFileLookup() throws {
        let clusters = try WordClusters(tsv: "# comment\nsmith\t1\t7\njuppe\t0\t12\n")
        XCTAssertEqual(clusters.granularities, 2)
        XCTAssertEqual(clusters.classID(of: "smith", granularity: 0), 1)
        XCTAssertEqual(clusters.classID(of: "smith", granularity: 1), 7)
        XCTAssertEqual(clusters.classID(of: "juppe", granularity: 1), 12)
        XCTAssertNil(clusters.classID(of: "jones", granularity: 0))
        // The tagger looks words up by the hash of their folded token ("Juppé" folds to "juppe").
        let t = TokenizedText(ScalarText("Alain Juppé spoke."))
        XCTAssertEqual(clusters.classes(ofHash: t.foldHashes[1]), 1 | 13 << 16)
        XCTAssertThrowsError(try WordClusters(tsv: "smith\t1\t2\njones\t1\n"))
        XCTAssertThrowsError(try WordClusters(tsv: "smith\tx\n"))
    }

    func testTaggerWithClustersTrainsAndTags() throws {
        let clusters = try WordClusters(tsv: "smith\t0\njones\t0\nparis\t1\n")
        let text = TokenizedText(ScalarText("Yesterday Smith met Jones in Paris."))
        var labels = [Int](repeating: EntityLabels.outside, count: text.count)
        labels[1] = EntityLabels.label(.person, .unit)
        labels[3] = EntityLabels.label(.person, .unit)
        labels[5] = EntityLabels.label(.location, .unit)
        let doc = PerceptronTrainer.Document(text: text, labels: labels)
        var trainer = PerceptronTrainer(rowBits: 12, names: .empty, clusters: clusters)
        trainer.train([doc], epochs: 5, seed: 1)
        let weights = PerceptronWeights(rowBits: 12, floats: trainer.averaged())
        let tagger = PerceptronTagger(weights: weights, names: .empty, clusters: clusters)
        XCTAssertEqual(tagger.labels(in: text), labels)
    }
}
