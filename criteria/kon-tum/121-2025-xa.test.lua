-- Test cases of 121-2025-xa.lua (Kon Tum, QĐ 121/QĐ-UBND, communes: five levels): run with
--   tieuchi test criteria/kon-tum/121-2025-xa.lua
-- The expected levels are read from the decision's table and the cumulative level rule
-- (a commune is at level k when it meets every criterion applicable at k and is at level
-- k - 1), not from the program.
dataset "../../examples/kon-tum/xa-2025.csv"

-- Phường Quyết Thắng meets every target of every level: level 5 "Toàn diện", its registered level.
case "Quyết Thắng: level 5, Toàn diện" {
  unit = "X01", level = 5,
}
case "Quyết Thắng's level by its name" {
  unit = "X01", level = "Toàn diện",
}

-- I.1 "Tỷ lệ thủ tục hành chính ... dịch vụ công trực tuyến toàn trình": 50 % | 60 % | 70 % |
-- 100 % | 100 % (levels 1-5). Phường Thống Nhất has 84 of 120 = exactly 70 %: level 3 met.
case "Thống Nhất: I.1 at exactly 70 % meets level 3, level 3" {
  unit = "X02",
  met = { ["I.1@3"] = true, ["I.1@4"] = false },
  level = 3,
}

-- 83 of 120 (69.2 %) misses level 3's 70 %: the commune stays at level 2 (60 %: met).
case "Thống Nhất: I.1 at 69.2 % drops to level 2" {
  unit = "X02", inputs = { ["I.1.a"] = 83 },
  met = { ["I.1@2"] = true, ["I.1@3"] = false },
  level = 2,
}

-- 72 of 120 is exactly 60 %, level 2's target; 71 (59.2 %) misses it: level 1.
case "I.1 at exactly 60 % keeps level 2" {
  unit = "X02", inputs = { ["I.1.a"] = 72 },
  met = { ["I.1@2"] = true }, level = 2,
}
case "I.1 at 59.2 % drops to level 1" {
  unit = "X02", inputs = { ["I.1.a"] = 71 },
  met = { ["I.1@1"] = true, ["I.1@2"] = false }, level = 1,
}

-- I.7 "Tối thiểu 01 nhân sự" at levels 1-4, "Tối thiểu 02 nhân sự" at level 5: Quyết Thắng
-- with one person is at level 4.
case "Quyết Thắng with one person for I.7: level 4" {
  unit = "X01", inputs = { ["I.7.so_nhan_su"] = 1 },
  met = { ["I.7@4"] = true, ["I.7@5"] = false }, level = 4,
}

-- I.4 "Không áp dụng" at levels 1 and 2: not assigned there.
case "I.4 is not assigned at levels 1 and 2" {
  unit = "X01",
  met = { ["I.4@1"] = "na", ["I.4@2"] = "na", ["I.4@3"] = true },
}
