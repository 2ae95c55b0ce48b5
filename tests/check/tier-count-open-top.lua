-- expect: no arm covers so_lan when it is 5 or more
-- "4 lần/tháng: max; 2–3 lần: 1/2; dưới 2 lần: 0" says nothing of 5 or more (Hòa Bình xã 1.5).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tần suất", max = 10, so_lan = count "Số lần",
  score = "case so_lan when 4 then max when 2 .. 3 then max / 2 when < 2 then 0 end" }
