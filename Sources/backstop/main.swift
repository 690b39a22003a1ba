import BackstopCLI
import Foundation

exit(Backstop.main(invocation: CommandLine.arguments))
