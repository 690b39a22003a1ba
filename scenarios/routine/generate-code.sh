# A code generator writes 300 new modules.
# expect: allow
for i in $(seq 1 300); do printf 'def generated_%d():\n    return %d\n' "$i" "$i" > "src/app/generated_$i.py"; done
