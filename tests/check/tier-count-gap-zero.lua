-- expect: no arm covers n when it is exactly 0
-- "Từ 20 trở lên; Từ 10 đến 19; Từ 01 đến 9": 0 posts is in no arm (Hòa Bình huyện 1.5).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số tin bài", max = 10, n = count "n",
  score = "case n when >= 20 then max when 10 .. 19 then max / 2 when 1 .. 9 then max / 4 end" }
