synth --help --lang en
