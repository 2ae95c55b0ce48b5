-- Test cases of 240-2024-xa.lua (Yên Bái, Hướng dẫn 02/HD-UBND, Biểu 05: communes): run with
--   tieuchi test criteria/yen-bai/240-2024-xa.lua
-- The expected results are read from the guidance, not from the program.
dataset "../../examples/yen-bai/xa-2024.csv"

-- Recognition (line 16, mục I.1.b): "được công nhận đạt chuyển đổi số/chuyển đổi số nâng cao
-- khi đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí mở rộng tương ứng".
-- X01 meets every mandatory criterion of both tiers (24/24, 32/32 in the example's table).
case "Nguyễn Thái Học: both tiers recognised" {
  unit = "X01",
  met = { ["I.1@cds"] = true, ["I.1@nang_cao"] = true },
  recognised = { dat_cds = true, dat_nang_cao = true },
}

-- I.1: cds "40" Bắt buộc (line 1000), nâng cao "60" Bắt buộc (line 1002). X01 has 390 of
-- 650: exactly 60 %, which reaches the higher target.
case "I.1 at exactly 60 % meets nâng cao" {
  unit = "X01", inputs = { ["I.1.a"] = 390, ["I.1.b"] = 650 },
  met = { ["I.1@nang_cao"] = true },
}

-- 389 of 650 (59.8 %): nâng cao's mandatory I.1 fails, so does the recognition at that tier;
-- the cds tier (40 %) is still met.
case "I.1 just below 60 % loses nâng cao, keeps cds" {
  unit = "X01", inputs = { ["I.1.a"] = 389 },
  met = { ["I.1@cds"] = true, ["I.1@nang_cao"] = false },
  recognised = { dat_cds = true, dat_nang_cao = false },
}

-- 260 of 650 is exactly 40 %: cds met. 259 is not, and a mandatory criterion missed means
-- no recognition at all.
case "I.1 at exactly 40 % meets cds" {
  unit = "X01", inputs = { ["I.1.a"] = 260 },
  met = { ["I.1@cds"] = true },
  recognised = { dat_cds = true },
}

case "I.1 just below 40 % loses both tiers" {
  unit = "X01", inputs = { ["I.1.a"] = 259 },
  met = { ["I.1@cds"] = false },
  recognised = { dat_cds = false, dat_nang_cao = false },
}

-- I.10 "Tối thiểu 01 nhân sự" (lines 1101, 1103), mandatory in both tiers: none is a miss.
case "I.10 with no staff misses both tiers" {
  unit = "X01", inputs = { ["I.10.nhan_su"] = 0 },
  met = { ["I.10@cds"] = false, ["I.10@nang_cao"] = false },
  recognised = { dat_cds = false, dat_nang_cao = false },
}

-- I.7 "Có hệ thống": Mở rộng for cds (line 1072), Bắt buộc for nâng cao (line 1074). X01
-- without it keeps cds (17 of 18 extended, over 30 %) but loses nâng cao.
case "I.7 missing: extended for cds, mandatory for nâng cao" {
  unit = "X01", inputs = { ["I.7.co"] = false },
  met = { ["I.7@cds"] = false, ["I.7@nang_cao"] = false },
  recognised = { dat_cds = true, dat_nang_cao = false },
}

-- A blank cell in a mandatory criterion: unknown, so the recognition is unknown, not refused.
case "I.1 blank: the recognitions are unknown" {
  unit = "X01", inputs = { ["I.1.a"] = "" },
  met = { ["I.1@cds"] = "missing" },
  recognised = { dat_cds = "missing" },
}
