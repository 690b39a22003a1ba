# `npm install`: node_modules/ is removed and written again, 3,000 files (ignored).
# expect: allow
rm -rf node_modules
for p in $(seq 1 30); do make_files node_modules/package$p 100 js; done
