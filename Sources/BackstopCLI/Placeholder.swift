enum BackstopCLIPlaceholder {}
