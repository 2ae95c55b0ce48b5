run --help --lang en
