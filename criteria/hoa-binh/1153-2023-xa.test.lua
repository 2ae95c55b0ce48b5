-- Test cases of 1153-2023-xa.lua (Hòa Bình, QĐ 1153/QĐ-UBND, communes: points): run with
--   tieuchi test criteria/hoa-binh/1153-2023-xa.lua
-- The expected points are read from the decision's scoring rules (quoted), not from the
-- program. Cases without `unit` are a commune of their own, with only the inputs that matter.
dataset "../../examples/hoa-binh/xa-2023.csv"

-- 1.1 (max 20): "Trưởng ban là Bí thư/Chủ tịch UBND cấp Xã: Điểm tối đa; ... Phó Bí thư/Phó
-- Chủ tịch ...: 1/2*Điểm tối đa; Chưa có Ban chỉ đạo ...: 0 điểm".
case "1.1: the chairman heads the committee, 20 points" {
  inputs = { ["1.1.truong_ban"] = "bi_thu_chu_tich" },
  score = { ["1.1"] = 20 },
}
case "1.1: a vice-chairman, half: 10 points" {
  inputs = { ["1.1.truong_ban"] = "pho_bi_thu_chu_tich" },
  score = { ["1.1"] = 10 },
}
case "1.1: no committee, 0 points" {
  inputs = { ["1.1.truong_ban"] = "khong" },
  score = { ["1.1"] = 0 },
}

-- 1.3 (max 20): "(1) Có chuyên mục riêng: 1/2*Điểm tối đa; Liên kết ...: 1/4; Chưa có: 0
-- (2) Từ 12 tin, bài trở lên: 1/2*Điểm tối đa; Từ 6 đến 11: 1/4; Dưới 6: không có điểm".
case "1.3: own section and 12 articles: 10 + 10" {
  inputs = { ["1.3.chuyen_muc"] = "rieng", ["1.3.so_tin_bai"] = 12 },
  score = { ["1.3"] = 20 },
}
case "1.3: a link and 11 articles: 5 + 5" {
  inputs = { ["1.3.chuyen_muc"] = "lien_ket", ["1.3.so_tin_bai"] = 11 },
  score = { ["1.3"] = 10 },
}
case "1.3: own section and 6 articles: 10 + 5" {
  inputs = { ["1.3.chuyen_muc"] = "rieng", ["1.3.so_tin_bai"] = 6 },
  score = { ["1.3"] = 15 },
}
case "1.3: no section and 5 articles: 0" {
  inputs = { ["1.3.chuyen_muc"] = "chua_co", ["1.3.so_tin_bai"] = 5 },
  score = { ["1.3"] = 0 },
}

-- 3.4 (max 10): "Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Điểm = Tỷ lệ/85%*Điểm tối đa",
-- b = the commune's population.
case "3.4: exactly 85 % of the population: 10" {
  inputs = { dan_so = 5000, ["3.4.a"] = 4250 },
  score = { ["3.4"] = 10 },
}
case "3.4: 50 %: 50 / 85 × 10 = 5.88" {
  inputs = { dan_so = 5000, ["3.4.a"] = 2500 },
  score = { ["3.4"] = 5.88 }, tolerance = 0.01,
}
case "3.4: population blank: no score (missing)" {
  inputs = { ["3.4.a"] = 2500 },
  score = { ["3.4"] = "missing" },
}

-- The example's communes (examples/hoa-binh/xa-2023.md works them out by hand): Thịnh Minh
-- 850 points, second with Hòa Bình (a tie shares the rank); Tân Thịnh first with 957.30.
case "Thịnh Minh: 850 points, second (tied)" {
  unit = "X01",
  group = { ["1"] = 95 }, total = 850, rank = 2,
}
case "Tân Thịnh: 957.30 points, first" {
  unit = "X02",
  total = 957.30, rank = 1,
}
-- With a vice-chairman heading the committee, Thịnh Minh loses 10 points of 1.1: 840, behind
-- Hòa Bình's 850, third.
case "Thịnh Minh with a vice-chairman: 840, third" {
  unit = "X01", inputs = { ["1.1.truong_ban"] = "pho_bi_thu_chu_tich" },
  score = { ["1.1"] = 10 }, group = { ["1"] = 85 }, total = 840, rank = 3,
}
