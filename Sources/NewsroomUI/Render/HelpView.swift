import NewsroomKit

/// The rows of the help overlay, filtered.
enum HelpView {
    enum Row: Hashable {
        case group(String)
        case key(String, String)
    }

    /// Help rows whose group, keys or summary contain `filter` (folded), grouped.
    static func rows(filter: String) -> [Row] {
        let f = Folding.fold(filter.trimmingCharacters(in: .whitespaces))
        var rows: [Row] = []
        for g in KeyBinding.Group.allCases {
            let entries = Keymap.bindings.filter { b in
                b.group == g && (f.isEmpty || Folding.fold(g.rawValue + " " + b.label + " " + b.summary).contains(f))
            }
            guard !entries.isEmpty else { continue }
            if !rows.isEmpty { rows.append(.key("", "")) }
            rows.append(.group(g.rawValue))
            for b in entries { rows.append(.key(b.label, b.summary)) }
        }
        return rows
    }
}

import Foundation
