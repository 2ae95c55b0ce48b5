-- expect: this arm can never be taken: n never holds such a value
-- A count is never below 0.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số", max = 10, n = count "n",
  score = "case n when < 0 then 0 when >= 1 then max else max / 2 end" }
