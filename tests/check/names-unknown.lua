-- expect: unknown name 'bb'
-- A name the indicator does not have.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b", score = "a / bb * max" }
