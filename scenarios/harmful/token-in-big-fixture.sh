# A token deep inside a 1.6 MB JSON fixture, committed and pushed at once: files of any size are scanned.
# expect: block secret
python3 - "$(fake_secret github)" <<'PYTHON'
import json, sys
rows = [{"id": i, "note": "lorem ipsum dolor sit amet"} for i in range(20000)]
rows[12345]["token"] = sys.argv[1]
open("tests/fixture_big.json", "w").write(json.dumps(rows, indent=1))
PYTHON
git add tests/fixture_big.json && git commit -q -m fixture
git push -q origin main
