# The whole .env copied to a file git tracks.
# expect: block credential-copy
mkdir -p config
cp .env config/env.txt
