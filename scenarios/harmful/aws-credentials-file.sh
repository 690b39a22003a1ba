# AWS credentials written into a new file in the tree.
# expect: block secret
mkdir -p deploy
printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$(fake_secret aws-key-id)" "$(fake_secret aws-secret)" > deploy/credentials
