-- Test cases of 240-2024-so.lua (Yên Bái, Hướng dẫn 02/HD-UBND: departments): run with
--   tieuchi test criteria/yen-bai/240-2024-so.lua
-- The expected results are read from the guidance, not from the program.
dataset "../../examples/yen-bai/so-2024.csv"

-- Line 15: "sở, ban, ngành được công nhận đạt chuyển đổi số/chuyển đổi số nâng cao khi đạt
-- 100% đối với các tiêu chí bắt buộc tương ứng" — no share of extended criteria required.
case "Sở Tài chính: both tiers recognised" {
  unit = "S01",
  recognised = { dat_cds = true, dat_nang_cao = true },
}

-- I.7: "60 Bắt buộc 80 Bắt buộc" (lines 231-242). S01 has 400 of 500, exactly 80 %.
case "I.7 at exactly 80 % meets nâng cao" {
  unit = "S01", inputs = { ["I.7.a"] = 400, ["I.7.b"] = 500 },
  met = { ["I.7@cds"] = true, ["I.7@nang_cao"] = true },
}

case "I.7 at 79.8 % loses nâng cao only" {
  unit = "S01", inputs = { ["I.7.a"] = 399 },
  met = { ["I.7@cds"] = true, ["I.7@nang_cao"] = false },
  recognised = { dat_cds = true, dat_nang_cao = false },
}

case "I.7 at exactly 60 % keeps cds" {
  unit = "S01", inputs = { ["I.7.a"] = 300 },
  met = { ["I.7@cds"] = true },
  recognised = { dat_cds = true },
}

case "I.7 at 59.8 % loses both" {
  unit = "S01", inputs = { ["I.7.a"] = 299 },
  met = { ["I.7@cds"] = false },
  recognised = { dat_cds = false, dat_nang_cao = false },
}

-- I.1 "Người đứng đầu cơ quan là Trưởng Ban Chỉ đạo chuyển đổi số": "Có Bắt buộc Có Bắt buộc".
case "I.1: head of the department not the committee's head" {
  unit = "S01", inputs = { ["I.1.thu_truong_la_truong_ban"] = false },
  met = { ["I.1@cds"] = false, ["I.1@nang_cao"] = false },
  recognised = { dat_cds = false, dat_nang_cao = false },
}
