-- expect: this arm can never be taken: p never holds such a value
-- A percentage is at most 100 %.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tỷ lệ", max = 10, p = percent "p",
  score = "case p when > 100% then 0 when >= 50% then max else p * max end" }
