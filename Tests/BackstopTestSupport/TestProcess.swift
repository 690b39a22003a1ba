import Foundation

/// What a finished process left.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let outputBytes: [UInt8]
    public let errorBytes: [UInt8]

    public var output: String { String(decoding: outputBytes, as: UTF8.self) }
    public var errorText: String { String(decoding: errorBytes, as: UTF8.self) }
    public var all: String { output + errorText }

    public struct Failure: Error, CustomStringConvertible {
        public let arguments: [String]
        public let result: ProcessResult
        public var description: String { "\(arguments.joined(separator: " ")) exited \(result.status): \(result.all)" }
    }

    /// Throws, with everything the process said, unless it exited 0.
    public func expectSuccess(_ arguments: [String] = []) throws {
        if status != 0 { throw Failure(arguments: arguments, result: self) }
    }
}

/// Runs programs for tests: stdout read here, stderr and stdin served on their own threads so that
/// no pipe can fill up and stall the child.
public enum TestProcess {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String], input: [UInt8]? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe(), inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        let errorBox = Box()
        let reader = Thread {
            errorBox.data = errors.fileHandleForReading.readDataToEndOfFile()
            errorBox.done.signal()
        }
        reader.start()
        if let input {
            Thread {
                inputPipe.fileHandleForWriting.write(Data(input))
                try? inputPipe.fileHandleForWriting.close()
            }.start()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorBox.done.wait()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus, outputBytes: Array(outputData), errorBytes: Array(errorBox.data))
    }

    private final class Box: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
