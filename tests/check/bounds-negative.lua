-- expect: the score can go below 0 for valid inputs, with no lower limit
-- A subtraction of two counts.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Chênh lệch", max = 10, a = count "a", b = count "b", score = "min(max, a - b)" }
