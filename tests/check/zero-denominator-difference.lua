-- expect: the denominator (b - c) can be 0 even when every input is non-zero
-- A difference can be 0 whatever the data; the formula says nothing of it.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tỷ lệ tăng", max = 10, a = count "a", b = count "b", c = count "c",
  score = "min(max, a / (b - c) * max)" }
