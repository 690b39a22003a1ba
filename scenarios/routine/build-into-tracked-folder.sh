# A build writes 5,000 files into out/, a folder git does not ignore, then cleans it.
# expect: allow
make_files out/gen 5000 js
pace 1
rm -rf out
