# Python's shutil.rmtree on a package.
# expect: block mass-deletion
python3 -c 'import shutil; shutil.rmtree("src/app")'
