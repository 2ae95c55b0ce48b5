-- expect: the score can exceed its max (10) for valid inputs, up to 15
-- Two parts of 1/2 max plus up to 5 points: 15 > 10 (Hòa Bình 3.9 without its cap).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Wifi", max = 10, co = yesno "co", n = count "n",
  score = sum_parts { "if co then max / 2 else 0 end", "min(n * 2, 5)", "if co then max / 2 else 0 end" } }
