# The application writes and rotates ignored log files.
# expect: allow
for i in $(seq 1 50); do echo "request $i" >> app.log; done
mv app.log app.1.log
for i in $(seq 1 50); do echo "request $i" >> app.log; done
rm app.1.log
