-- expect: the step 'dan_so' hides the input of the same name
-- A step named like a shared input: the formula sees the step, and the shared input is unused.
decision "t/check" { title = "t" }
inputs { dan_so = count "Dân số" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b",
  score = [[
    dan_so = a / b
    dan_so * max
  ]] }
