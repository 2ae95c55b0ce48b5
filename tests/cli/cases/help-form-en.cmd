form --help --lang en
