# A GitHub token written into a tracked source file.
# expect: block secret
printf '\nGITHUB_TOKEN = "%s"\n' "$(fake_secret github)" >> src/app/$(ls src/app | head -1)
