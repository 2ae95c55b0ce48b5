-- expect: indicator 1.1: input 'c' is not used by its formula
-- An input every unit would fill for nothing (or a formula that forgot it).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b", c = count "c", score = ratio { "a", "b" } }
