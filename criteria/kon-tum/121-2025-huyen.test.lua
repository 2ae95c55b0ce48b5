-- Test cases of 121-2025-huyen.lua (Kon Tum, QĐ 121/QĐ-UBND, districts: five levels): run with
--   tieuchi test criteria/kon-tum/121-2025-huyen.lua
-- The districts' communes (criterion I.1) are those of the commune example. The expected
-- levels are read from the decision's table and the cumulative level rule, not from the program.
dataset "../../examples/kon-tum/huyen-2025.csv"
children "../../examples/kon-tum/xa-2025.csv"

-- Huyện Sa Thầy meets every target of every level: level 5 "Toàn diện".
case "Sa Thầy: level 5" {
  unit = "H07", level = 5,
}

-- I.1, from the communes: "Mức 4: 100% xã ... đạt ... từ mức cơ bản trở lên, trong đó tối
-- thiểu 50% đạt mức nâng cao". Đăk Tô reaches level 4, and not 5.
case "Đăk Tô: level 4, Nâng cao" {
  unit = "H06", level = "Nâng cao",
}

-- II.2 "Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình": 20 % | 30 % |
-- 40 % | 80 % | 90 % (levels 1-5). Sa Thầy at exactly 90 % keeps level 5; at 80 % it meets
-- level 4's target and not level 5's; at 79 % it misses level 4's: level 3.
case "Sa Thầy, II.2 at exactly 90 %: level 5" {
  unit = "H07", inputs = { ["II.2.a"] = 90, ["II.2.b"] = 100 },
  met = { ["II.2@5"] = true }, level = 5,
}
case "Sa Thầy, II.2 at 80 %: level 4" {
  unit = "H07", inputs = { ["II.2.a"] = 80, ["II.2.b"] = 100 },
  met = { ["II.2@4"] = true, ["II.2@5"] = false }, level = 4,
}
case "Sa Thầy, II.2 at 79 %: level 3" {
  unit = "H07", inputs = { ["II.2.a"] = 79, ["II.2.b"] = 100 },
  met = { ["II.2@3"] = true, ["II.2@4"] = false }, level = 3,
}

-- Thành phố Kon Tum: level 4 misses one criterion (32/33 in the example's table): level 3.
case "Thành phố Kon Tum: level 3, registered 4 not reached" {
  unit = "H01", level = 3,
}

-- A district with a commune whose level is unknown (missing data): I.1 unknown, level unknown.
case "Kon Plông: level unknown" {
  unit = "H03", level = "unknown",
}
