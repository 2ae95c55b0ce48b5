-- expect: 0 warnings, 0 errors
-- "> 10 %; > 7 %; > 3 %", read in order, is a cascade, not an overlap; else covers the rest.
decision "t/check" { title = "t" }
group "1" { "g", max = 15 }
indicator "1.1" { "Tỷ lệ", max = 15, a = amount "a", c = amount "c",
  score = tiers { "a / c", { "> 10%", "max" }, { "> 7%", "70% * max" }, { "> 3%", "30% * max" }, otherwise = "0" } }
