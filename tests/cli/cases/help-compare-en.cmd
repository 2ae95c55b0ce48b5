compare --help --lang en
