-- expect: this arm can never be taken: the arms before it cover all its values of n
-- ">= 10" before ">= 20": the second arm is never reached.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số", max = 10, n = count "n",
  score = "case n when >= 10 then max / 2 when >= 20 then max else 0 end" }
