-- expect: this arm can never be taken: an arm before it already tests "pho"
-- The same option twice: the second arm is never reached.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Trưởng ban", max = 10,
  r = choice { "Trưởng ban", options = { chu_tich = "Chủ tịch", pho = "Phó Chủ tịch" } },
  score = "case r when 'chu_tich' then max when 'pho' then max / 2 when 'pho' then 0 end" }
