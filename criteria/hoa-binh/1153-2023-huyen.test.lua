-- Test cases of 1153-2023-huyen.lua (Hòa Bình, QĐ 1153/QĐ-UBND, districts: points): run with
--   tieuchi test criteria/hoa-binh/1153-2023-huyen.lua
-- The expected points are read from the decision's scoring rules (quoted), not from the
-- program. Cases without `unit` are a district of their own, with only the inputs that matter.
dataset "../../examples/hoa-binh/huyen-2023.csv"

-- 1.1 (max 20): Bí thư/Chủ tịch: điểm tối đa; Phó: 1/2; otherwise 0.
case "1.1: a vice-chairman heads the committee: 10" {
  inputs = { ["1.1.truong_ban"] = "pho_bi_thu_chu_tich" },
  score = { ["1.1"] = 10 },
}

-- 1.7 (max 10): "Tần suất phát sóng từ 4 lần/1 tháng: Điểm tối đa. - ... từ 2-3 lần/1 tháng:
-- 1/2* Điểm tối đa. - ... dưới 2 lần/1 tháng: 0 điểm." The boundaries 4, 3, 2 and 1.
case "1.7: 4 broadcasts a month: 10" {
  inputs = { ["1.7.so_lan"] = 4 }, score = { ["1.7"] = 10 },
}
case "1.7: 3 broadcasts: 5" {
  inputs = { ["1.7.so_lan"] = 3 }, score = { ["1.7"] = 5 },
}
case "1.7: 2 broadcasts: 5" {
  inputs = { ["1.7.so_lan"] = 2 }, score = { ["1.7"] = 5 },
}
case "1.7: 1 broadcast: 0" {
  inputs = { ["1.7.so_lan"] = 1 }, score = { ["1.7"] = 0 },
}

-- 3.5 (max 10), b = the population (dan_so), capped at 85 %: "Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Tỷ lệ/85%*Điểm tối đa".
case "3.5: 85 of 100 reaches the cap: 10" {
  inputs = { ["3.5.a"] = 85, dan_so = 100 }, score = { ["3.5"] = 10 },
}
case "3.5: 68 of 100: 68 / 85 × 10 = 8" {
  inputs = { ["3.5.a"] = 68, dan_so = 100 }, score = { ["3.5"] = 8 },
}

-- The example's districts (examples/hoa-binh/huyen-2023.md): Thành phố Hòa Bình first with
-- 950.40; Yên Thủy has missing data and is not ranked (rank 0).
case "Thành phố Hòa Bình: 950.40, first" {
  unit = "H01", total = 950.40, rank = 1,
}
case "Yên Thủy: missing data, not ranked" {
  unit = "H08", rank = 0,
}
-- With 1 broadcast a month instead of its 4 or more, the city loses 1.7's 10 points: 940.40,
-- still first (Lương Sơn has 892.25).
case "Thành phố Hòa Bình with 1 broadcast: 940.40, still first" {
  unit = "H01", inputs = { ["1.7.so_lan"] = 1 },
  score = { ["1.7"] = 0 }, total = 940.40, rank = 1,
}
