-- expect: no arm covers n when it is exactly 0
-- The stdlib pattern tiers without otherwise is a case without else: 0 is in no tier.
decision "t/check" { title = "t" }
group "1" { "g", max = 20 }
indicator "1.1" { "Số nền tảng", max = 20, n = count "n",
  score = tiers { "n", { ">= 4", "max" }, { "1 .. 3", "max / 2" } } }
