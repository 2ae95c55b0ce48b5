-- expect: the score can exceed its max (20) for valid inputs, with no upper limit
-- "10 points per channel" without "at most max".
decision "t/check" { title = "t" }
group "1" { "g", max = 20 }
indicator "1.1" { "Số kênh", max = 20, n = count "n", score = "n * 10" }
