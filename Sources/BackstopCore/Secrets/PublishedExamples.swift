/// Values that vendors publish in their documentation and tools ship as defaults: anyone can read
/// them, so finding one leaks nothing. Kept as SHA-256 digests, so this file holds no key-shaped
/// string and matches only the exact value.
enum PublishedExamples {
    static let digests: Set<String> = [
        "1a5d44a2dca19669d72edf4c4f1c27c4c1ca4b4408fbb17f6ce4ad452d78ddb3", // AWS documentation's example access key id
        "78314b11be2e581549ac1c4f616563fad3fdf0c3b71678f6e2299182080e0598", // AWS documentation's example secret access key
        "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059", // Azurite's (the storage emulator's) account key
        "aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615", // the Cosmos DB emulator's key
        "8a9ec31db56ffb76d7eef3ba107d357ee64985589abea6d8e91ec0f9c68bdee7", // Hardhat's and Anvil's default account #0 private key
        "f07cd324d01b64a73c5b1c04f7416b57c02287b444fd34323f9cc0630152afb6", // the same, 0x-prefixed
        "731fa294d036e54f19df879bfcd4fe72d967dc6327800c5f74a48414a3f258c9", // Telegram's Bot API documentation example token
        "0b5dd075ccdd03c42f4edda8e299e6838e2a75d3486a2a8d86940ed1541e9178", // Telegram's Bot API documentation example token, long form
        "a4b8b245ab28bc4f72dcaa0d9ba9f73d6488fa758a2a5cb55ecb11511f002f80", // kubeadm's documented example bootstrap token
    ]

    static func contains(_ value: String) -> Bool {
        digests.contains(SHA256.hexDigest(Array(value.utf8)))
    }
}
