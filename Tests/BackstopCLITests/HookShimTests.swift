@testable import BackstopCLI
import Foundation
import Testing

@Suite struct HookShimTests {
    /// The shims the binary embeds are the ones in the repository's `hooks/` folder.
    @Test(arguments: HookShims.hookNames)
    func embeddedShimsEqualTheHooksFolder(_ hook: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("hooks")
        let file = try String(contentsOf: folder.appendingPathComponent(hook), encoding: .utf8)
        #expect(HookShims.text(for: hook) == file)
        #expect(file.contains(HookShims.marker))
        #expect(file.contains(HookShims.placeholder))
    }
}
