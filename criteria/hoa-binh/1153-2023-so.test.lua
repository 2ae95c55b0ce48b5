-- Test cases of 1153-2023-so.lua (Hòa Bình, QĐ 1153/QĐ-UBND, departments: points): run with
--   tieuchi test criteria/hoa-binh/1153-2023-so.lua
-- The expected points are read from the decision's scoring rules (quoted), not from the
-- program. Cases without `unit` are a department of their own, with only the inputs that matter.
dataset "../../examples/hoa-binh/so-2023.csv"

-- 1.1 (max 30): "Trưởng ban là Giám đốc/Thủ trưởng (cấp trưởng)": điểm tối đa; cấp phó: 1/2.
case "1.1: the director heads the committee: 30" {
  inputs = { ["1.1.truong_ban"] = "cap_truong" }, score = { ["1.1"] = 30 },
}
case "1.1: a deputy director: 15" {
  inputs = { ["1.1.truong_ban"] = "cap_pho" }, score = { ["1.1"] = 15 },
}

-- 1.4 (max 30): with its own section, 20 articles or more: điểm tối đa; 10 to 19: 1/2;
-- under 10: 1/4; no section: 0.
case "1.4: a section and 20 articles: 30" {
  inputs = { ["1.4.co_chuyen_muc"] = true, ["1.4.so_tin_bai"] = 20 }, score = { ["1.4"] = 30 },
}
case "1.4: a section and 19 articles: 15" {
  inputs = { ["1.4.co_chuyen_muc"] = true, ["1.4.so_tin_bai"] = 19 }, score = { ["1.4"] = 15 },
}
case "1.4: a section and 10 articles: 15" {
  inputs = { ["1.4.co_chuyen_muc"] = true, ["1.4.so_tin_bai"] = 10 }, score = { ["1.4"] = 15 },
}
case "1.4: a section and 9 articles: 7.5" {
  inputs = { ["1.4.co_chuyen_muc"] = true, ["1.4.so_tin_bai"] = 9 }, score = { ["1.4"] = 7.5 },
}
case "1.4: no section: 0 whatever the articles" {
  inputs = { ["1.4.co_chuyen_muc"] = false, ["1.4.so_tin_bai"] = 40 }, score = { ["1.4"] = 0 },
}

-- 4.1 (max 30): "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào có tỷ lệ cao nhất thì
-- điểm tối đa": a department alone has the highest rate.
case "4.1: a department on its own has the highest rate: 30" {
  inputs = { ["4.1.a"] = 1, ["4.1.b"] = 1, ["4.1.c"] = 0, ["4.1.d"] = 0, cong_chuc = 40, vien_chuc = 10 },
  score = { ["4.1"] = 30 },
}

-- The example's departments (examples/hoa-binh/so-2023.md): Sở Thông tin và Truyền thông
-- first with 988.01, Văn phòng UBND tỉnh second with 914.75.
case "Sở TTTT: 988.01, first" {
  unit = "S02", total = 988.01, rank = 1,
}
case "Văn phòng UBND tỉnh: 914.75, second" {
  unit = "S01", total = 914.75, rank = 2,
}
-- With a deputy director heading its committee, Văn phòng loses 15 points of 1.1: 899.75,
-- still second (Sở Nội vụ has 807.02).
case "Văn phòng with a deputy director: 899.75, second" {
  unit = "S01", inputs = { ["1.1.truong_ban"] = "cap_pho" },
  score = { ["1.1"] = 15 }, total = 899.75, rank = 2,
}
