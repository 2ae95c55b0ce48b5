-- expect: cycle
-- Two indicators each computed from the other.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 5, score = 'score("1.2") / 2' }
indicator "1.2" { "y", max = 5, score = 'score("1.1")' }
