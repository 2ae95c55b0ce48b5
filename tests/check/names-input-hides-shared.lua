-- expect: its input 'dan_so' hides the shared input of the same name
-- An indicator's own input named like a shared one: the formula sees the indicator's.
decision "t/check" { title = "t" }
inputs { dan_so = count "Dân số" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 5, a = count "a", b = shared "dan_so", score = ratio { "a", "b" } }
indicator "1.2" { "y", max = 5, a = count "a", dan_so = count "Dân số (khác)", score = ratio { "a", "dan_so" } }
