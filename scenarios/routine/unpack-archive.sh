# An archive of 500 files is unpacked into the tree.
# expect: allow
mkdir -p "$BS_RUN/outside/assets"
(cd "$BS_RUN/outside" && for i in $(seq 1 500); do echo "asset $i" > "assets/a$i.txt"; done && tar cf assets.tar assets)
tar xf "$BS_RUN/outside/assets.tar"
