import BackstopCLI
import Foundation

exit(Backstop.main(Array(CommandLine.arguments.dropFirst())))
