@testable import BackstopCore
import BackstopTestSupport
import Foundation

/// Samples for the Kubernetes, HashiCorp and deployment tool rules.
extension RuleSamples {
    static func kubeconfig(user: String) -> String {
        "apiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n" + user
    }

    static let cloudNative: [RuleSpec] = [
        .sample("kubernetes-kubeconfig-client-key", { _, r in
            let header = Array(("-----BEGIN RSA " + "PRIVATE" + " KEY-----\n").utf8)
            let data = SampleSecrets.base64(header + r.bytes(900))
            return Sample("client-key-data: " + data, secret: data)
        }, fp: { r in ["client-key-data: /etc/kubernetes/pki/admin.key",
                       "client-certificate-data: " + SampleSecrets.base64(Array(("-----BEGIN " + "CERTIFICATE-----\n").utf8) + r.bytes(600))] }),
        .sample("kubernetes-kubeconfig-user-token", shape: .multiline, { i, r in
            let token = mixed(pick(i, [40, 64, 120]), .base64url, &r)
            let certificate = i == 1 ? "    client-certificate-data: " + SampleSecrets.base64(r.bytes(120)) + "\n" : ""
            return Sample(kubeconfig(user: certificate + "    token: " + token), secret: token)
        }, fp: { r in [kubeconfig(user: "    token: ${KUBE_TOKEN}"), kubeconfig(user: "    tokenFile: /var/run/secrets/token"),
                       "app:\n  user:\n    token: short"] }),
        .sample("kubernetes-bootstrap-token", { i, r in
            let token = mixed(6, .lowerAlnum, &r) + "." + mixed(16, .lowerAlnum, &r)
            let text = i == 2 ? "BOOTSTRAP_TOKEN=" + token
                : "kubeadm join 10.0.0.\(i):6443 --to" + "ken" + (i == 1 ? "=" : " ") + token + " --discovery-token-ca-cert-hash sha256:" + hex(64, &r)
            return Sample(text, secret: token)
        }, fp: { r in ["kubeadm join 10.0.0.1:6443 --to" + "ken " + "abcdef" + ".0123456789abcdef",
                       "kubeadm join 10.0.0.1:6443 --to" + "ken " + mixed(5, .lowerAlnum, &r) + "." + mixed(16, .lowerAlnum, &r),
                       "kubeadm join 10.0.0.1:6443 --to" + "ken " + mixed(6, .upperAlnum, &r) + "." + mixed(16, .upperAlnum, &r)] }),
        .token("k3s-node-token", { i, r in "K10" + hex(64, &r) + "::" + pick(i, ["server", "node", "server"]) + ":" + hex(32, &r) },
               fp: { r in ["K10" + hex(63, &r) + "::" + "server:" + hex(32, &r), "K10" + hex(64, &r) + "::" + "admin:" + hex(32, &r)] }),
        .keyed("vault-token-legacy", name: "VAULT_TOKEN", { i, r in i == 1 ? "b." + mixed(90, .base64url, &r) : "s." + mixed(24, .base62, &r) },
               fp: { r in ["s." + mixed(23, .base62, &r), "x." + mixed(24, .base62, &r)] }),
        uuidKeyed("consul-acl-token", name: "CONSUL_HTTP_TOKEN", identifierName: "CONSUL_ACCESSOR_ID"),
        .keyed("consul-gossip-encryption-key", name: "CONSUL_GOSSIP_ENCRYPTION_KEY", { _, r in SampleSecrets.base64(r.bytes(32)) },
               fp: { r in [SampleSecrets.base64(r.bytes(16)), SampleSecrets.base64(r.bytes(31))] }),
        uuidKeyed("nomad-acl-token", name: "NOMAD_TOKEN", identifierName: "NOMAD_TOKEN_ACCESSOR_ID"),
        .keyed("hcp-client-secret", name: "HCP_CLIENT_SECRET", { _, r in mixed(64, .base64url, &r) },
               fp: { r in [mixed(63, .base64url, &r), hex(64, &r)] }),
        .token("docker-swarm-join-token", { _, r in "SWM" + "TKN-1-" + mixed(50, .lowerAlnum, &r) + "-" + mixed(25, .lowerAlnum, &r) },
               fp: { r in ["SWM" + "TKN-1-" + mixed(49, .lowerAlnum, &r) + "-" + mixed(25, .lowerAlnum, &r),
                           "SWM" + "TKN-2-" + mixed(50, .lowerAlnum, &r) + "-" + mixed(25, .lowerAlnum, &r)] }),
        .token("docker-swarm-unlock-key", { _, r in "SWM" + "KEY-1-" + mixed(43, .base64, &r) },
               fp: { r in ["SWM" + "KEY-1-" + mixed(42, .base64, &r), "SWM" + "KEY-2-" + mixed(43, .base64, &r)] }),
        .keyed("harbor-robot-secret", name: "HARBOR_ROBOT_SECRET", { _, r in mixed(32, .base62, &r) },
               fp: { r in [mixed(31, .base62, &r), hex(32, &r)] }),
        .keyed("rancher-api-token", name: "RANCHER_TOKEN", { i, r in
            (i == 1 ? "" : "token-" + mixed(5, .lowerAlnum, &r) + ":") + mixed(54, .lowerAlnum, &r)
        }, fp: { r in [mixed(53, .lowerAlnum, &r), mixed(54, .upperAlnum, &r)] }),
        .keyed("argocd-auth-token", name: "ARGOCD_AUTH_TOKEN", { _, r in SampleSecrets.jwt(&r) },
               fp: { r in [String(SampleSecrets.jwt(&r).split(separator: ".").prefix(2).joined(separator: ".")), "argocd-" + mixed(30, .lowerAlnum, &r)] }),
        .sample("helm-repository-password", { i, r in
            let password = mixed(20, .base62, &r)
            let text = i == 2 ? "helm registry login registry.internal:5000 --username ci --pass" + "word " + password
                : "helm repo add charts https://charts.acme-corp.io --username ci-bot --pass" + "word" + (i == 1 ? "=" : " ") + password
            return Sample(text, secret: password)
        }, fp: { _ in ["helm repo add charts https://charts.acme-corp.io --username ci --pass" + "word $HELM_PASSWORD",
                       "helm repo add charts https://charts.acme-corp.io --username ci --pass" + "word password",
                       "helm repo add charts https://charts.acme-corp.io --username ci --pass" + "word-stdin"] }),
        .keyed("pulumi-config-passphrase", name: "PULUMI_CONFIG_PASSPHRASE", { i, r in mixed(pick(i, [16, 24, 32]), .base62, &r) },
               fp: { _ in ["password", "${PULUMI_PASSPHRASE}", "short"] }),
        .token("infracost-api-key", { _, r in "ic" + "o-" + mixed(32, .base62, &r) },
               fp: { r in ["ic" + "o-" + mixed(31, .base62, &r), "ic" + "x-" + mixed(32, .base62, &r)] }),
        .keyed("ngrok-authtoken", name: "NGROK_TOKEN", { _, r in "2" + mixed(26, .base62, &r) + "_" + mixed(21, .base62, &r) },
               fp: { r in [mixed(48, .base62, &r), "2" + mixed(10, .base62, &r) + "_" + mixed(10, .base62, &r)] }),
        .keyed("teleport-join-token", name: "TELEPORT_JOIN_TOKEN", { _, r in hex(32, &r) },
               fp: { r in [hex(31, &r), mixed(32, .base62, &r)] }),
        .keyed("infisical-token", name: "INFISICAL_TOKEN", { i, r in
            i == 1 ? hex(64, &r) : "st." + hex(24, &r) + "." + hex(32, &r) + "." + hex(32, &r)
        }, fp: { r in ["st." + hex(23, &r) + "." + hex(32, &r) + "." + hex(32, &r), hex(63, &r)] }),
        .keyed("akeyless-access-key", name: "AKEYLESS_ACCESS_KEY", { _, r in SampleSecrets.base64(r.bytes(32)) },
               fp: { r in [SampleSecrets.base64(r.bytes(16)), SampleSecrets.base64(r.bytes(31))] }),
        .token("openshift-oauth-token", { _, r in "sha256" + "~" + mixed(43, .base64url, &r) },
               fp: { r in ["sha256" + "~" + mixed(42, .base64url, &r), "sha512" + "~" + mixed(43, .base64url, &r)] }),
    ]
}
