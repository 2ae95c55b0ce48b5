form --help
