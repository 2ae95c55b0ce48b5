-- expect: indicator 1.1: max must be more than 0
-- An indicator worth nothing.
decision "t/check" { title = "t" }
group "1" { "g", max = 0 }
indicator "1.1" { "x", max = 0, co = yesno "co", score = yes_no "co" }
