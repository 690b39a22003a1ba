import BackstopCore
import BackstopSystem
import Foundation

/// The push helper is this binary under the name git looks for on PATH, `git-remote-backstop`: a
/// symbolic link beside the binary, so updating the binary updates the helper.
enum PushHelperLink {
    /// Makes the link beside `binary` (or leaves a right one alone) and returns its path.
    static func make(beside binary: String) throws -> String {
        let folder = (binary as NSString).deletingLastPathComponent
        let link = folder + "/" + PushRoute.helperProgram
        let manager = FileManager.default
        if let target = try? manager.destinationOfSymbolicLink(atPath: link) {
            if target == binary { return link }
            try manager.removeItem(atPath: link)
        } else if manager.fileExists(atPath: link) {
            throw GuardError("\(link) exists and is not Backstop's link to \(binary)",
                             hint: "move it away and run `backstop install` again")
        }
        // Made under a temporary name and renamed over, so installs running at once all succeed.
        let temporary = link + ".tmp-\(CurrentProcess.identifier)"
        do {
            try? manager.removeItem(atPath: temporary)
            try manager.createSymbolicLink(atPath: temporary, withDestinationPath: binary)
            try Files.rename(temporary, to: link)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw GuardError("cannot make the push helper \(link): \(error.localizedDescription)",
                             hint: "install the binary in a folder you can write, such as ~/.local/bin (./install.sh)")
        }
        return link
    }
}
