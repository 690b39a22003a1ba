# Editing .env itself: a new password and a new setting.
# expect: allow
sed -i "s/^DATABASE_PASSWORD=.*/DATABASE_PASSWORD=$(fake_secret password 2)/" .env
echo "CACHE_URL=redis://localhost:6379/0" >> .env
