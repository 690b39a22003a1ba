# The whole source tree is renamed inside the repository (src -> lib).
# expect: allow
mv src lib
