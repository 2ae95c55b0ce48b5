-- expect: the step 'a' has the name of an input
-- A step named like the input it is computed from: an error of the script.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b",
  score = [[
    a = a / b
    a * max
  ]] }
