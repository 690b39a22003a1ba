# A Python virtual environment in the ignored .venv/ (2,000 files), made and removed.
# expect: allow
for p in $(seq 1 20); do make_files .venv/lib/site-packages/pkg$p 100 py; done
pace 1
rm -rf .venv
