-- expect: this arm overlaps arm 1 when n is exactly 20
-- Two ranges that share their end: 20 is in both, with different results.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số", max = 10, n = count "n",
  score = "case n when 10 .. 20 then max / 2 when 20 .. 30 then max else 0 end" }
