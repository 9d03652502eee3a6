import NewsroomKit

/// One stable colour per person, everywhere: derived from the folded name, so "Juppé" in one
/// article and "Juppe" in another get the same colour, and it never depends on load order.
public enum PersonColor {
    /// Number of distinct person colours in the palette.
    public static let paletteSize = 10

    /// The palette index for a person's name.
    public static func index(for name: String) -> Int {
        var hash: UInt32 = 2_166_136_261  // FNV-1a: stable across runs, unlike Hasher.
        for s in Folding.fold(name).unicodeScalars {
            hash = (hash ^ s.value) &* 16_777_619
        }
        return Int(hash % UInt32(paletteSize))
    }

    /// The colour role for a person's name.
    public static func role(for name: String) -> ColorRole { .person(index(for: name)) }
}
