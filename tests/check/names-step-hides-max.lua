-- expect: the step 'max' hides the indicator's max
-- A step named max.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b",
  score = [[
    max = 10
    a / b * max
  ]] }
