enum BackstopGitPlaceholder {}
