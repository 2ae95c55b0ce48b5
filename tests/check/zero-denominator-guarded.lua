-- expect: 0 warnings, 0 errors
-- The same difference with a rule for 0; the pattern min_max; a ratio of counts (undefined when
-- the count is 0 is the language's own rule, reported at run time).
decision "t/check" { title = "t" }
group "1" { "g", max = 30 }
indicator "1.1" { "Tỷ lệ tăng", max = 10, a = count "a", b = count "b", c = count "c",
  score = "if b - c == 0 then 0 else min(max, a / (b - c) * max) end" }
indicator "1.2" { "Kinh phí", max = 10, x = amount "x", score = min_max { "x" } }
indicator "1.3" { "Tỷ lệ", max = 10, a = count "a", b = count "b", score = ratio { "a", "b" } }
