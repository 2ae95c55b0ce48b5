synth --help
