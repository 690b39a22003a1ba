# A formatter rewrites every Python file in the project.
# expect: allow
find src tests -name '*.py' -exec sed -i 's/return value + /return value +  /; s/    /\t/g' {} +
