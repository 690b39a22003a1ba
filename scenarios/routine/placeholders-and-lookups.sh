# Configuration code with placeholders and environment look-ups, not secrets.
# expect: allow
mkdir -p src/settings
cat > src/settings/config.py <<'TEXT'
import os

API_KEY = os.environ["API_KEY"]
DATABASE_PASSWORD = os.getenv("DATABASE_PASSWORD", "")
STRIPE_KEY = "your-stripe-key-here"
TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxx"
TEXT
