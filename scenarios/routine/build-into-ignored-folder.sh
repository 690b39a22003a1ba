# A build writes 5,000 files into the ignored build/ folder, then `make clean` removes them.
# expect: allow
make_files build/objects 5000 o
pace 1
rm -rf build/objects
