-- expect: the denominator 0 is always 0
-- Division by a constant 0 (a typing error for 10).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số", max = 10, n = count "n", score = "min(max, n / 0)" }
