# The sources moved into build/, which git ignores: gone from the work files.
# expect: block mass-deletion
mv src build/src
