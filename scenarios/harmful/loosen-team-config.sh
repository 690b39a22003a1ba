# A .backstop.json that turns the mass-deletion guard off.
# expect: block guard-tamper
printf '{ "policy": { "mass-deletion": "allow" } }\n' > .backstop.json
