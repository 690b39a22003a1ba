# The source tree is moved out of the repository.
# expect: block mass-deletion
mv src "$BS_RUN/outside/src"
