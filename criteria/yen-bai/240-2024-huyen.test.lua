-- Test cases of 240-2024-huyen.lua (Yên Bái, Hướng dẫn 02/HD-UBND, Biểu 04: districts): run with
--   tieuchi test criteria/yen-bai/240-2024-huyen.lua
-- The districts' communes (criterion I.1) are those of the commune example.
-- The expected results are read from the guidance, not from the program.
dataset "../../examples/yen-bai/huyen-2024.csv"
children "../../examples/yen-bai/xa-2024.csv"

-- Recognition (line 16): "đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí mở rộng".
case "Thành phố Yên Bái: both tiers recognised" {
  unit = "H01",
  met = { ["II.4@cds"] = true, ["II.4@nang_cao"] = true },
  recognised = { dat_cds = true, dat_nang_cao = true },
}

-- II.4 as amended by footnote [1] (line 1519): "tối thiểu 45%" (Nghị quyết 02/NQ-CP), the
-- table reading "45" Bắt buộc for cds (line 533) and "50" Bắt buộc for nâng cao (line 535).
-- 90 of 200 is exactly 45 %: cds met, nâng cao not, so no nâng cao recognition.
case "II.4 at exactly 45 % (footnote [1]) meets cds only" {
  unit = "H01", inputs = { ["II.4.a"] = 90, ["II.4.b"] = 200 },
  met = { ["II.4@cds"] = true, ["II.4@nang_cao"] = false },
  recognised = { dat_cds = true, dat_nang_cao = false },
}

case "II.4 at 44.5 % misses the amended minimum" {
  unit = "H01", inputs = { ["II.4.a"] = 89, ["II.4.b"] = 200 },
  met = { ["II.4@cds"] = false },
  recognised = { dat_cds = false },
}

case "II.4 at exactly 50 % meets nâng cao" {
  unit = "H01", inputs = { ["II.4.a"] = 100, ["II.4.b"] = 200 },
  met = { ["II.4@nang_cao"] = true },
  recognised = { dat_nang_cao = true },
}

-- I.1 "Đạt chuyển đổi số từ 50% trở lên" (line 483), from the communes: every commune of
-- H01 in the example is recognised cds (the commune example's table), so 100 %.
case "I.1: every commune of Thành phố Yên Bái recognised" {
  unit = "H01",
  value = { ["I.1"] = 1 },
  met = { ["I.1@cds"] = true },
}
