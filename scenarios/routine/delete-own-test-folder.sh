# The session writes a 60-file test folder, runs it, and deletes it again.
# expect: allow
make_files tests/scratch 60 py
pace 2
rm -rf tests/scratch
