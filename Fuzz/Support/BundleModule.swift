import Foundation

// SwiftPM generates `Bundle.module` for NewsroomKit's resources; the fuzz build compiles the
// sources with swiftc directly, so it supplies one (resources come from $NEWSROOM_RESOURCES).
extension Bundle {
    static var module: Bundle { Bundle.main }
}
