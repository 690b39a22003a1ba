# A refactor moves a package to a new place inside the tree.
# expect: allow
mv src/lib src/core
sed -i 's/src.lib/src.core/' tests/*.py
