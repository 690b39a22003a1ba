# Perl unlinking a folder's files.
# expect: block mass-deletion
perl -e 'unlink glob "src/lib/*.py"'
