-- expect: no arm covers the option(s) "khong" of r
-- A choice whose option "khong" has no arm and no else.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Trưởng ban", max = 10,
  r = choice { "Trưởng ban", options = { chu_tich = "Chủ tịch", pho = "Phó Chủ tịch", khong = "Không" } },
  score = "case r when 'chu_tich' then max when 'pho' then max / 2 end" }
