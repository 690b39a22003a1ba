# One file is rewritten from scratch.
# expect: allow
printf '# Project\n\nRewritten introduction.\n' > README.md
