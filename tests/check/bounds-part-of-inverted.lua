-- expect: indicator 1.1, as the decision writes it: the score is at least its max (20) for every valid input
-- The decision divides the whole by its part (Hòa Bình huyện 6.11: a and b the wrong way round).
decision "t/check" { title = "t" }
group "1" { "g", max = 20 }
indicator "1.1" { "Tỷ lệ cuộc họp không giấy", max = 20,
  a = count "Số cuộc họp trong năm",
  b = count { "Số cuộc họp không giấy", part_of = "a" },
  score = ratio { "b", "a" },
  as_written = "a / b * max" }
