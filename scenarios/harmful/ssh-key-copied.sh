# ~/.ssh/id_ed25519 copied into the tree.
# expect: block secret
mkdir -p deploy
cp ~/.ssh/id_ed25519 deploy/deploy_key
