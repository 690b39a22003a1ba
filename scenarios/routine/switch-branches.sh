# Switching to the feature branch (40 files rewritten, 10 added, 2 deleted), working there, back.
# expect: allow
git checkout -q feature
pace 1
echo "# note" >> src/feature/part_1.py
git commit -q -am "feature note"
git checkout -q main
