/// Each seat's best-supported stance while a tally is read.
struct SeatStates {
    struct Best {
        var stance: Stance = .unknown
        var priority = 0
        var token = -1
        var evidence: TextSpan?
        var stage: CueStage = .prevote
        /// Did not vote at all (shown as `abstain`).
        var absent = false
    }
    let seats: [CouncilSeat]
    var best: [Best]
    var threatened: [Bool]
    /// "but has stopped short of threatening a veto": opposition without a threatened veto.
    var vetoWithheld: [Bool]

    /// Each seat's matching key (`CouncilSeat.key`, computed once).
    let keys: [String]

    init(seats: [CouncilSeat]) {
        self.seats = seats
        self.keys = seats.map(\.key)
        self.best = Array(repeating: Best(), count: seats.count)
        self.threatened = Array(repeating: false, count: seats.count)
        self.vetoWithheld = Array(repeating: false, count: seats.count)
    }

    /// The seat a country name refers to ("Russia" is the Soviet Union's seat before 1992).
    func index(of country: String, holder: ChinaHolder?) -> Int? {
        if let k = seats.indices.first(where: { keys[$0] == country || seats[$0].name == country }) {
            if country == "China", let holder {
                let isRepublic = seats[k].official == "Republic of China"
                if (holder == .republic) != isRepublic { return nil }
            }
            return k
        }
        if country == "Russia" { return seats.firstIndex { $0.name == "Soviet Union" } }
        return nil
    }

    /// Records a stance unless a stronger or later one of the same strength is there.
    mutating func offer(_ k: Int, stance: Stance, priority: Int, evidence: TextSpan, token: Int, stage: CueStage, absent: Bool = false) {
        let b = best[k]
        // Positions before a vote: the latest wins (a change of mind). A recorded vote: the first
        // report wins (later sentences tend to speak of other votes).
        let later = priority >= 3 && b.stance != .unknown ? token < b.token : token >= b.token
        if priority > b.priority || (priority == b.priority && later) {
            // Before the vote, an "against" is not weakened by a later softer word of the same rank
            // unless it is a real change of mind; keep the latest, as the text tells it.
            best[k] = Best(stance: stance, priority: priority, token: token, evidence: evidence, stage: stage, absent: absent)
        }
    }
}
