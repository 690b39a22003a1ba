# A folder committed by mistake is untracked and ignored (`git rm -r --cached`, .gitignore, commit):
# the files stay on disk.
# expect: allow
git rm -r -q --cached src/lib
echo "src/lib/" >> .gitignore
git add .gitignore
git commit -q -m "stop tracking src/lib"
