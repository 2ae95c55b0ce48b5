-- Test cases of 1829-2023-xa.lua (Thanh Hóa, QĐ 1829/QĐ-UBND, Phụ lục 01): run with
--   tieuchi test criteria/thanh-hoa/1829-2023-xa.lua
-- Each case starts from a commune of the example dataset and changes the cells that
-- matter; the expected results are read from the decision, not from the program.
dataset "../../examples/thanh-hoa/xa-2024.csv"
period(2024)

-- X01 (Hoằng Đồng) meets every criterion assigned in 2024 and has 82.5 % of the 3853
-- index: Điều 2 "đạt toàn bộ các tiêu chí được giao trong năm" and "Đạt từ 70% ... trở lên".
case "Hoằng Đồng 2024: every criterion met, recognised" {
  unit = "X01",
  met = { ["1.1"] = true, ["1.6"] = true, ["4.2"] = true },
  recognised = { hoan_thanh = true },
}

-- 1.6 "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến": "65% | 70% | 75% | 80%"
-- (2022-2025). 930 of 1240 dossiers online is exactly 75 %: the 2024 target is reached.
case "1.6 at exactly 75 % meets the 2024 target" {
  unit = "X01", inputs = { ["1.6.a"] = 930 },
  met = { ["1.6"] = true },
  recognised = { hoan_thanh = true },
}

-- One dossier fewer (929 / 1240 = 74.9 %) misses it, and with it the recognition
-- ("phải đạt toàn bộ các tiêu chí được giao trong năm").
case "1.6 just below 75 % fails 2024, and the recognition" {
  unit = "X01", inputs = { ["1.6.a"] = 929 },
  met = { ["1.6"] = false },
  recognised = { hoan_thanh = false },
}

-- The same 75 % judged against the other years' targets: met in 2022 (65 %) and 2023
-- (70 %), not in 2025 (80 %).
case "1.6 at 75 % against each year's target" {
  unit = "X01", inputs = { ["1.6.a"] = 930 },
  met = { ["1.6@2022"] = true, ["1.6@2023"] = true, ["1.6@2024"] = true, ["1.6@2025"] = false },
}

-- In 2025 the unit is judged against 80 %: 930 / 1240 no longer meets 1.6.
case "1.6 at 75 % in 2025 fails" {
  unit = "X01", inputs = { ["1.6.a"] = 930 }, period = 2025,
  met = { ["1.6"] = false },
}

-- Điều 2, second condition: "Đạt từ 70% tổng số điểm trở lên": 70 % itself is enough.
case "3853 index at exactly 70 % is enough" {
  unit = "X01", inputs = { ty_le_diem_3853 = 70 },
  recognised = { hoan_thanh = true },
}

case "3853 index at 69.9 % is not" {
  unit = "X01", inputs = { ty_le_diem_3853 = 69.9 },
  recognised = { hoan_thanh = false },
}

-- 1.1 is qualitative ("Văn bản", the year cells empty: assigned every year): without
-- the plan it is not met.
case "1.1 without the plan is not met" {
  unit = "X01", inputs = { ["1.1.co_van_ban"] = false },
  met = { ["1.1"] = false },
  recognised = { hoan_thanh = false },
}

-- A blank cell is missing data: the criterion is unknown, not failed.
case "1.6 with its count blank is unknown" {
  unit = "X01", inputs = { ["1.6.a"] = "" },
  met = { ["1.6"] = "missing" },
}

-- 1.2 "Lãnh đạo, cán bộ, công chức ... hoàn toàn trên môi trường điện tử": 100 % every
-- year; 21 of 22 is not enough.
case "1.2 below 100 % fails" {
  period = 2024,
  inputs = { tong_cbcc = 22, ["1.2.a"] = 21 },
  met = { ["1.2"] = false },
  value = { ["1.2"] = 21 / 22 },
}
