# `pip install --target vendor`: a 1,500-file tree the session makes, then reinstalls from scratch.
# expect: allow
for p in $(seq 1 15); do make_files vendor/lib$p 100 py; done
pace 1
rm -rf vendor
for p in $(seq 1 15); do make_files vendor/lib$p 100 py; done
