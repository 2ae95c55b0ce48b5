-- Test cases of cam-tan-2024.lua (Cẩm Tân's letter of 2024 on QĐ 1829/QĐ-UBND): run with
--   tieuchi test criteria/thanh-hoa/cam-tan-2024.lua
-- The expected results are read from the decision and the letter, not from the program.
dataset "../../examples/thanh-hoa/cam-tan-2024.csv"

-- The commune's self-assessment: 19 of its 20 officials have a computer (Mẫu 1.4), so 4.3
-- ("100% CBCC có máy tính") fails at 95 % and the commune is not recognised: Điều 2 of 1829
-- asks for "đạt toàn bộ các tiêu chí được giao trong năm".
case "self-assessment: 4.3 at 19 / 20 fails, not recognised" {
  unit = "CT-TU",
  met = { ["1.6"] = true, ["3.3"] = true, ["4.3"] = false },
  recognised = { hoan_thanh = false },
}

-- With the 20th computer every criterion assigned in 2024 is met and the 3853 index is 76 %
-- ("Đạt từ 70% ... trở lên"): recognised.
case "self-assessment with 20 / 20 computers: every criterion met, recognised" {
  unit = "CT-TU", inputs = { ["4.3.a"] = 20 },
  met = { ["4.3"] = true },
  recognised = { hoan_thanh = true },
}

-- The district's appraisal counts 2420 of 3790 smartphone subscribers with security
-- software: 63.9 %, below 3.3's 2024 target "65%"; the commune is not recognised.
case "appraisal: 3.3 at 63.9 % fails, not recognised" {
  unit = "CT-HUYEN",
  met = { ["3.3"] = false },
  recognised = { hoan_thanh = false },
}

-- 3.3 at the boundary: 65 % of 3790 is 2463.5; 2464 reaches it, 2463 does not.
case "3.3 at 2464 / 3790 reaches 65 %" {
  unit = "CT-TU", inputs = { ["3.3.a"] = 2464 },
  met = { ["3.3"] = true },
}

case "3.3 at 2463 / 3790 falls short of 65 %" {
  unit = "CT-TU", inputs = { ["3.3.a"] = 2463 },
  met = { ["3.3"] = false },
  recognised = { hoan_thanh = false },
}

-- 1.6: "(năm 2024 là 75%)" (line 89-95, the same as 1829's 2024 column). 765 of 1020 is 75 %.
case "1.6 at 765 / 1020 = 75 % meets the letter's 2024 target" {
  unit = "CT-TU", inputs = { ["1.6.a"] = 765 },
  met = { ["1.6"] = true },
}

case "1.6 at 764 / 1020 fails" {
  unit = "CT-TU", inputs = { ["1.6.a"] = 764 },
  met = { ["1.6"] = false },
}

-- 1.11 "(Chỉ tiêu này năm 2024 không thực hiện)" (line 163), and 4.8 with no 2024 target:
-- not assigned, whatever the data says.
case "1.11 and 4.8 are not assigned in 2024" {
  unit = "CT-TU", inputs = { ["1.11.trien_khai"] = false, ["4.3.a"] = 20 },
  met = { ["1.11"] = "na", ["4.8"] = "na" },
  recognised = { hoan_thanh = true },
}
