import BackstopGuard
import BackstopTestSupport
import Foundation
import Testing

@Suite struct HookShimTests {
    /// The shims the binary embeds are the ones in the repository's `hooks/` folder.
    @Test(arguments: HookShims.hookNames)
    func embeddedShimsEqualTheHooksFolder(_ hook: String) throws {
        let file = try String(contentsOfFile: BuiltBinary.packageRoot + "/hooks/" + hook, encoding: .utf8)
        #expect(HookShims.text(for: hook) == file)
        #expect(file.contains(HookShims.marker))
        #expect(file.contains(HookShims.placeholder))
    }
}
