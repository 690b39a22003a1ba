# Tools writing and removing temporary files in the tree, a hundred times.
# expect: allow
for i in $(seq 1 100); do echo "tmp $i" > ".tmp-$i"; mv ".tmp-$i" ".tmp-$i.done"; rm ".tmp-$i.done"; done
