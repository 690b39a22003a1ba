# `find . -exec rm -rf {} \;`: `.git` goes with the work (rm refuses `.` and says so).
# expect: block mass-deletion
find . -exec rm -rf {} \; 2>/dev/null || true
