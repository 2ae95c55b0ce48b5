-- =============================================================================
-- Yên Bái 240/QĐ-UBND, 06/02/2024 — districts (huyện, thị xã, thành phố) — as given in
-- Hướng dẫn 02/HD-UBND, 10/06/2024, Phụ lục, Biểu 04 (second table)
-- =============================================================================
--
-- Decision   Quyết định số 240/QĐ-UBND ngày 06/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái
--            "ban hành Bộ tiêu chí đánh giá, công nhận sở, ban, ngành; huyện, thị xã, thành phố;
--            xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao trên địa bàn tỉnh Yên
--            Bái giai đoạn 2023-2025" (seed line 11). The criteria table encoded here is the one
--            of Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của UBND tỉnh Yên Bái "về trình tự, thủ tục,
--            hồ sơ xét, công nhận, công bố ..." (seed lines 1-10), Phụ lục, Biểu 04, "HƯỚNG DẪN
--            LẤY SỐ LIỆU, TÀI LIỆU KIỂM CHỨNG PHỤC VỤ ĐÁNH GIÁ THẨM ĐỊNH CÔNG NHẬN CÁC HUYỆN, THỊ XÃ,
--            THÀNH PHỐ ĐẠT CHUYỂN ĐỔI SỐ/CHUYỂN ĐỔI SỐ NÂNG CAO" (signed KT. CHỦ TỊCH, PHÓ CHỦ TỊCH
--            Ngô Hạnh Phúc). 240/QĐ-UBND itself is not among the seeds.
-- Seed       ../shared/seeds/003_f6c59457de9cd5e6.txt (Yên Bái 02/HD-UBND)
--              lines 1-10       the guidance (number, date, title)
--              line  11         "Thực hiện Quyết định 240/QĐ-UBND ngày 06/02/2024 ..."
--              line  16         recognition of districts and communes (encoded: recognition below)
--              lines 24-26      the district's self-assessment (25); it also appraises its communes (26)
--              lines 464-477    table header (as the commune table: Mục tiêu and Bắt buộc/Mở rộng
--                               for "Chuyển đổi số" and for "Chuyển đổi số nâng cao")
--              lines 478-980    the 46 criteria: I Tiêu chí chung (478-491), II Chính quyền số
--                               (492-773), III Kinh tế số (774-869), IV Xã hội số (870-980)
--              line  1519       footnote [1] (mark at line 531, criterion II.4): the AMENDMENT of
--                               II.4's threshold versus 240/QĐ-UBND (encoded: comment and note)
--              line  1520       footnote [2] (mark at line 567, criterion II.7)
-- Encoded    4 groups, 46 criteria (I: 1, II: 27, III: 8, IV: 10), two tiers:
--              cds       "Chuyển đổi số":          40 criteria, 26 mandatory + 14 extended
--              nang_cao  "Chuyển đổi số nâng cao": 46 criteria, 38 mandatory +  8 extended
--            6 criteria are only in "nâng cao" (II.18, II.25, II.26, III.8, IV.9, IV.10:
--            interpretation 1). Recognition per tier: 100 % of its mandatory and at least 30 %
--            of its extended criteria (line 16): 5 of 14 in "cds" (4 is 28.6 %), 3 of 8 in
--            "nâng cao" (2 is 25 %).
--            I.1 is computed from the district's communes, evaluated with 240-2024-xa.lua
--            (`children`): run with --children FILE (rows with a `parent` column naming the
--            district).
--
-- COUNTS STATED BY THE SEED: none. The guidance gives no number of criteria for this table,
-- so there is no `stated` entry.
--
-- AMENDMENT (footnote [1], line 1519), criterion II.4 "Tỷ lệ thanh toán trực tuyến trên Cổng
-- Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công":
--   "Theo Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ: Tỷ lệ thanh toán trực tuyến trên
--   Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công: tối thiểu 45%
--   do vậy điều chỉnh tiêu chí này so với QĐ 240/QĐ-UBND ngày 6/2/2024 của UBND tỉnh Yên Bái."
--   old value  the threshold in 240/QĐ-UBND: NOT STATED by 02/HD-UBND (and 240 is not a seed);
--   new value  45 % "Chuyển đổi số" (line 533), 50 % "nâng cao" (line 535), both Bắt buộc;
--   reason     Nghị quyết 02/NQ-CP (05/01/2024): at least 45 %.
--   The script encodes the table as amended (45 % / 50 %); the criterion's `note` records it.
--
-- INTERPRETATIONS (each is also commented at its criterion, quoting the seed):
--   1. The table is flattened one cell per line and empty cells are dropped. Most rows give two
--      (Mục tiêu, Bắt buộc/Mở rộng) pairs: the first is "Chuyển đổi số", the second "Chuyển đổi
--      số nâng cao". Six rows give only ONE pair and the text cannot say which column it was in.
--      Read as the "nâng cao" column (the criterion is not in the "cds" tier): the higher tier
--      adds criteria (IOC, smart public lighting, logistics platforms, ...), and an IOC that would
--      be mandatory for "cds" but absent from "nâng cao" (II.25) would make the higher tier
--      easier than the lower one. The same reading is used for the commune table.
--   2. I.1 "Tỷ lệ xã, phường, thị trấn": value = children_recognised('dat_cds') / children_count();
--      cds ">= 50%" ("Đạt chuyển đổi số từ 50% trở lên"); nâng cao "value == 100% and
--      children_recognised('dat_nang_cao') / children_count() >= 30%" ("Đạt chuyển đổi số 100% và
--      đạt chuyển đổi số nâng cao 30% trở lên"). a ("đạt chuyển đổi số/chuyển đổi số nâng cao")
--      counts the communes recognised "cds": every commune recognised "nâng cao" is also
--      recognised "cds" under 240-2024-xa.lua (see I.1). b is the number of the district's
--      communes in the commune data. A commune whose recognition is unknown makes I.1 unknown.
--   3. "Mục tiêu" numbers of a "%" criterion are minimums: value = a / b ("Tỷ lệ = a/b* 100%"),
--      target ">= N%". b = 0: no rule in the seed, so the value is undefined (reported).
--   4. "Có" targets (units "Có/Không", "Nền tảng", "Hệ thống", "Kết nối", "Trang TTĐT",
--      "Điểm"): a yes/no input (column CODE.co), target "yes".
--   5. SEED DEFECT III.3: a is III.2's "Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử";
--      read as the title says (households, cooperatives and SMEs using digital platforms).
--   6. SEED DEFECT IV.7: a is IV.6's "... hệ thống thông tin quản lý trạm y tế ..."; read as the
--      title says (facilities deploying electronic medical records, EMR).
--   7. IV.6 has no unit cell: "%" (its method is a rate). III.1: unit "Nền tảng" with % targets:
--      the value is the rate a/b.
--   8. Shared inputs: cong_chuc_phong (II.12 b, II.14 b), so_xa (IV.1 b, IV.3 b), so_co_so_gddt
--      (IV.4 b, IV.5 b), so_co_so_kcb (IV.7 b, IV.8 b).
--   9. Recognition (line 16), per tier: "đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí
--      mở rộng" -> all_met('mandatory') and met_share('extended') >= 30 % (all_met: one
--      mandatory criterion not met decides "no" even when another is blank).
--
-- TEXT: criterion texts, units, evidence (`evidence`), agencies (`agency`) are verbatim from the
-- table, without the footnote marks "[1]" (II.4) and "[2]" (II.7). `source` quotes the "Cách lấy
-- số liệu, phương pháp tính" cells and the two tiers' cells verbatim, typos included ("xác thực
-- hiện tử" II.6); input labels fix them.
-- =============================================================================


decision "yen-bai/240-2024-huyen" {
  title    = "Bộ tiêu chí đánh giá, công nhận huyện, thị xã, thành phố đạt chuyển đổi số/chuyển đổi số nâng cao trên địa bàn tỉnh Yên Bái giai đoạn 2023-2025",
  number   = "240/QĐ-UBND",
  issued   = "2024-02-06",
  province = "Yên Bái",
  issuer   = "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
  level    = "huyện",
  source   = "Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của UBND tỉnh Yên Bái, Phụ lục, Biểu 04: Hướng dẫn lấy số liệu, tài liệu kiểm chứng phục vụ đánh giá thẩm định công nhận các huyện, thị xã, thành phố đạt chuyển đổi số/chuyển đổi số nâng cao",
}

-- Mức độ (line 468): "Chuyển đổi số" and "Chuyển đổi số nâng cao" (lines 472-473).
contexts { tiers = { { "cds", "Chuyển đổi số" }, { "nang_cao", "Chuyển đổi số nâng cao" } } }

-- The communes of a district (criterion I.1), evaluated with their own script.
children { script = "240-2024-xa.lua" }


-- Recognition (seed line 16, mục I.1.b): "Đối với các huyện, thị xã, thành phố; xã, phường, thị
-- trấn được công nhận đạt chuyển đổi số/chuyển đổi số nâng cao khi đạt 100% tiêu chí bắt buộc
-- và tối thiểu 30% tiêu chí mở rộng tương ứng theo Bộ tiêu chí." Per tier, over that tier's
-- criteria ("tương ứng"); "tối thiểu 30%" includes exactly 30 %. The seed does not make the
-- "nâng cao" recognition depend on the "cds" one: the two are evaluated independently.
recognition "dat_cds" {
  "Đạt chuyển đổi số",
  tier   = "cds",
  rule   = "all_met('mandatory') and met_share('extended') >= 30%",
  source = "Mục I.1.b (dòng 16): đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí mở rộng tương ứng theo Bộ tiêu chí.",
}

recognition "dat_nang_cao" {
  "Đạt chuyển đổi số nâng cao",
  tier   = "nang_cao",
  rule   = "all_met('mandatory') and met_share('extended') >= 30%",
  source = "Mục I.1.b (dòng 16): đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí mở rộng tương ứng theo Bộ tiêu chí.",
}


-- Counts named by several criteria, reported once (interpretation 8).
inputs {
  cong_chuc_phong = count { "Tổng số công chức tại các phòng", unit = "Người" },         -- II.12 b, II.14 b
  so_xa           = count { "Tổng số xã, phường, thị trấn", unit = "Xã, phường, thị trấn" }, -- IV.1 b, IV.3 b
  so_co_so_gddt   = count { "Tổng số cơ sở giáo dục và đào tạo", unit = "Cơ sở" },         -- IV.4 b, IV.5 b
  so_co_so_kcb    = count { "Tổng số cơ sở khám bệnh, chữa bệnh", unit = "Cơ sở" },        -- IV.7 b, IV.8 b
}

-- =============================================================================
group "I" { "TIÊU CHÍ CHUNG" }   -- seed line 478
-- =============================================================================

-- Computed from the communes (children, evaluated with 240-2024-xa.lua):
--   a = "Tổng số xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao" (line 487)
--   b = "Tổng số xã, phường, thị trấn" (line 488), Tỷ lệ = a/b (line 489)
-- value = the share of the district's communes recognised "dat_cds". A commune recognised
-- "nâng cao" is counted in a: under 240-2024-xa.lua every commune that meets the "nâng cao"
-- tier also meets the "cds" tier (every cds-mandatory criterion is nâng-cao-mandatory with a
-- target at least as high, and 7 of the 18 cds-extended ones are nâng-cao-mandatory: 7/18 >= 30 %),
-- so children_recognised('dat_cds') already counts "đạt chuyển đổi số/chuyển đổi số nâng cao".
-- cds:      "Đạt chuyển đổi số từ 50% trở lên": value >= 50 %.
-- nang_cao: "Đạt chuyển đổi số 100% và đạt chuyển đổi số nâng cao 30% trở lên": every commune
--           recognised cds, and at least 30 % of them recognised nâng cao.
-- b is the communes in the data (children_count()), not a reported count: run the district
-- file with ALL its communes (--children). A district with no commune in the data has no
-- value (0 / 0, undefined, reported). A commune whose recognition is unknown (missing data)
-- makes this criterion unknown for its district.
indicator "I.1" {   -- seed lines 480-491
  "Tỷ lệ xã, phường, thị trấn",
  unit     = "%",
  value    = "children_recognised('dat_cds') / children_count()",
  tiers    = {
    cds      = { mandatory, ">= 50%" },   -- seed: "Đạt chuyển đổi số từ 50% trở lên" — Bắt buộc (line 483)
    -- seed: "Đạt chuyển đổi số 100% và đạt chuyển đổi số nâng cao 30% trở lên" — Bắt buộc (line 485)
    nang_cao = { mandatory, "value == 100% and children_recognised('dat_nang_cao') / children_count() >= 30%" },
  },
  source   = [[
a= Tổng số xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao
b= Tổng số xã, phường, thị trấn
Tỷ lệ=a/b* 100%
Chuyển đổi số: Mục tiêu "Đạt chuyển đổi số từ 50% trở lên", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Đạt chuyển đổi số 100% và đạt chuyển đổi số nâng cao 30% trở lên", Bắt buộc.]],
  evidence = "Quyết định công nhận xã, phường, thị trấn đạt chuyển đổi số; chuyển đổi số nâng cao",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Giá trị = số xã, phường, thị trấn (trong dữ liệu cấp xã, cột parent) được công nhận đạt chuyển đổi số / tổng số xã, phường, thị trấn của huyện. Xã đạt chuyển đổi số nâng cao cũng đạt chuyển đổi số theo Bộ tiêu chí cấp xã nên đã được đếm. Nâng cao: 100% xã đạt chuyển đổi số và tối thiểu 30% xã đạt chuyển đổi số nâng cao.",
}

-- =============================================================================
group "II" { "CHÍNH QUYỀN SỐ" }   -- seed line 492
-- =============================================================================

indicator "II.1" {   -- seed lines 494-505
  "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  unit     = "%",
  a        = count "Số lượng dịch vụ công trực tuyến toàn trình",
  b        = count "Tổng số dịch vụ công đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 497)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 499)
  },
  source   = [[
a = Số lượng dịch vụ công trực tuyến toàn trình
b = Tổng số dịch vụ công đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "II.2" {   -- seed lines 506-517
  "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ trung ương đến địa phương",
  unit     = "%",
  a        = count "Tổng số người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến",
  b        = count "Tổng số người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 509)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 511)
  },
  source   = [[
a = Tổng số người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến
b = Tổng số người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "100", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
}

indicator "II.3" {   -- seed lines 518-529
  "Tỷ lệ hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến từ xa trên Cổng dịch vụ công",
  unit     = "%",
  a        = count "Tổng số hồ sơ TTHC được nộp trực tuyến (không sử dụng bản giấy)",
  b        = count "Tổng số hồ sơ phát sinh giải quyết TTHC",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 521)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 523)
  },
  source   = [[
a = Tổng số hồ sơ TTHC được nộp trực tuyến (không sử dụng bản giấy),
b = Tổng số hồ sơ phát sinh giải quyết TTHC.
Tỷ lệ = a/b * 100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông chủ trì Văn phòng UBND tỉnh (Trung tâm PVHCC) phối hợp",
}

-- AMENDMENT (footnote [1], seed line 1519): "Theo Nghị quyết số 02/NQ-CP ngày 05/01/2024 của
-- Chính phủ: Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch
-- thanh toán của dịch vụ công: tối thiểu 45% do vậy điều chỉnh tiêu chí này so với QĐ 240/QĐ-UBND
-- ngày 6/2/2024 của UBND tỉnh Yên Bái."
--   old value: the threshold of 240/QĐ-UBND (06/02/2024) — NOT STATED in 02/HD-UBND (the
--              guidance only says it was adjusted; 240 itself is not among the seeds);
--   new value: 45 % for "Chuyển đổi số" (line 533; the 45 % minimum of the resolution) and
--              50 % for "nâng cao" (line 535), both Bắt buộc, as the table now reads;
--   reason:    Nghị quyết 02/NQ-CP (05/01/2024) sets a minimum of 45 %.
-- The footnote mark "[1]" is dropped from the title (line 531).
indicator "II.4" {   -- seed lines 530-541
  "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
  unit     = "%",
  a        = count "Tổng số TTHC có phát sinh giao dịch thanh toán trực tuyến",
  b        = count "Tổng số TTHC đang triển khai thanh toán trực tuyến",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 45%" },   -- seed: "45" — Bắt buộc (line 533)
    nang_cao = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 535)
  },
  source   = [[
a = Tổng số TTHC có phát sinh giao dịch thanh toán trực tuyến
b = Tổng số TTHC đang triển khai thanh toán trực tuyến.
Tỷ lệ = a/b * 100%
Chuyển đổi số: Mục tiêu "45", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "50", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)",
  legal    = "Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ",
  note     = "Điều chỉnh so với Quyết định 240/QĐ-UBND ngày 06/02/2024 (chú thích [1], dòng 1519 của Hướng dẫn 02/HD-UBND). Giá trị cũ: Hướng dẫn 02/HD-UBND không nêu. Giá trị mới: 45% (chuyển đổi số), 50% (chuyển đổi số nâng cao), bắt buộc. Lý do: \"Theo Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ: Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công: tối thiểu 45% do vậy điều chỉnh tiêu chí này so với QĐ 240/QĐ-UBND ngày 6/2/2024 của UBND tỉnh Yên Bái.\"",
}

indicator "II.5" {   -- seed lines 542-553
  "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trên Cổng Dịch vụ công quốc gia",
  unit     = "%",
  a        = count "Tổng số TTHC có yêu cầu nghĩa vụ về tài chính được triển khai thanh toán trực tuyến",
  b        = count "Tổng số TTHC có yêu cầu nghĩa vụ tài chính",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 545)
    nang_cao = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 547)
  },
  source   = [[
a = Tổng số TTHC có yêu cầu nghĩa vụ về tài chính được triển khai thanh toán trực tuyến.
b = Tổng số TTHC có yêu cầu nghĩa vụ tài chính.
Tỷ lệ = a/b * 100%
Chuyển đổi số: Mục tiêu "50", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "70", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
}

-- b's "xác thực hiện tử" (line 562) is a typo of "điện tử": fixed in the input label.
indicator "II.6" {   -- seed lines 554-565
  "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần",
  unit     = "%",
  a        = count "Tổng số hồ sơ TTHC được xử lý hoàn toàn trực tuyến",
  b        = count "Tổng số hồ sơ TTHC đã được xác thực điện tử",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 557)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 559)
  },
  source   = [[
a = Tổng số hồ sơ TTHC được xử lý hoàn toàn trực tuyến
b = Tổng số hồ sơ TTHC đã được xác thực hiện tử
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
}

-- Footnote [2] (line 1520): "Đồng nhất với mục tiêu theo Nghị quyết số 02/NQ-CP ngày 05/01/2024 của
-- Chính phủ" — the targets follow the resolution; no change of value is stated. Mark "[2]"
-- dropped from the title (line 567).
indicator "II.7" {   -- seed lines 566-577
  "Mức độ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính của người dân, doanh nghiệp",
  unit     = "%",
  a        = count "Tổng số người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính",
  b        = count "Tổng số người dân, doanh nghiệp thực hiện TTHC",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 569)
    nang_cao = { mandatory, ">= 95%" },   -- seed: "95" — Bắt buộc (line 571)
  },
  source   = [[
a = Tổng số người dân, doanh nghiệp hài lòng trong tiếp nhận, giải quyết thủ tục hành chính
b = Tổng số người dân, doanh nghiệp thực hiện TTHC
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "95", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
  legal    = "Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ",
  note     = "Chú thích [2] (dòng 1520): mục tiêu đồng nhất với Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ.",
}

indicator "II.8" {   -- seed lines 578-589
  "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa",
  unit     = "%",
  a        = count "Tổng số hồ sơ kết quả giải quyết TTHC được số hóa",
  b        = count "Tổng số hồ sơ thực hiện TTHC",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 581)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 583)
  },
  source   = [[
a = Tổng số hồ sơ kết quả giải quyết TTHC được số hóa
b = Tổng số hồ sơ thực hiện TTHC
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công)",
}

indicator "II.9" {   -- seed lines 590-601
  "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)",
  unit     = "%",
  a        = count "Số văn bản đi (trừ văn bản mật theo quy định) được thực hiện dưới dạng điện tử, được ký số chuyên dùng trực tiếp bởi lãnh đạo",
  b        = count "Tổng số văn bản đi (trừ văn bản mật theo quy định)",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 593)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 595)
  },
  source   = [[
a= Số văn bản đi (trừ văn bản mật theo quy định) được thực hiện dưới dạng điện tử, được ký số chuyên dùng trực tiếp bởi lãnh đạo
b= Tổng số văn bản đi (trừ văn bản mật theo quy định)
Tỷ lệ =a/b*100%
Chuyển đổi số: Mục tiêu "100", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Điều hành thông minh tỉnh)",
}

indicator "II.10" {   -- seed lines 602-610
  "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
  unit     = "Có/Không",
  co       = yesno "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 605)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 607)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có hình ảnh minh họa)",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Điều hành thông minh tỉnh)",
}

-- The method column says "Có triển khai ứng dụng nền tảng số trợ lý ảo ..." (line 618): yes/no.
indicator "II.11" {   -- seed lines 611-620
  "Triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức",
  unit     = "Nền tảng",
  co       = yesno "Triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 614)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 616)
  },
  source   = [[
Có triển khai ứng dụng nền tảng số trợ lý ảo hỗ trợ hoạt động chuyên môn của công chức
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có hình ảnh sử dụng nền tảng)",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The title says "cán bộ, công chức", a and b count "công chức tại các phòng" (lines 628-629):
-- encoded as a and b say.
indicator "II.12" {   -- seed lines 621-633
  "Tỷ lệ cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản",
  unit     = "%",
  a        = count "Số lượng công chức tại các phòng được bồi dưỡng, tập huấn về chuyển đổi số",
  b        = shared "cong_chuc_phong",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 624)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 626)
  },
  source   = [[
a= Số lượng công chức tại các phòng được bồi dưỡng, tập huấn về chuyển đổi số
b= Tổng số công chức tại các phòng
Tỷ lệ =a/b*100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có các văn bản cử tham gia, giấy mời, giấy triệu tập, kế hoạch tổ chức...)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
}

indicator "II.13" {   -- seed lines 634-643
  "UBND cấp huyện kết nối và sử dụng mạng truyền số liệu chuyên dùng",
  unit     = "Kết nối",
  co       = yesno "UBND cấp huyện kết nối và sử dụng mạng truyền số liệu chuyên dùng",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 637)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 639)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Văn phòng UBND tỉnh phối hợp",
}

indicator "II.14" {   -- seed lines 644-656
  "Tỷ lệ công chức cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc đáp ứng yêu cầu Chỉ thị 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
  unit     = "%",
  a        = count "Số lượng công chức tại các phòng được trang bị máy tính và cài phần mềm phòng chống mã độc",
  b        = shared "cong_chuc_phong",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 70%" },   -- seed: "70" — Mở rộng (line 647)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 649)
  },
  source   = [[
a= Số lượng công chức tại các phòng được trang bị máy tính và cài phần mềm phòng chống mã độc
b= Tổng số công chức tại các phòng
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "70", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  legal    = "Chỉ thị số 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
}

indicator "II.15" {   -- seed lines 657-665
  "Hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  unit     = "Có/Không",
  co       = yesno "Hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 660)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 662)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Quyết định phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
  agency   = "Sở Thông tin và Truyền thông",
  legal    = "Nghị định số 85/2016/NĐ-CP của Chính phủ",
}

indicator "II.16" {   -- seed lines 666-674
  "Hệ thống thông tin của UBND cấp huyện được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
  unit     = "Có/Không",
  co       = yesno "Hệ thống thông tin của UBND cấp huyện được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 669)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 671)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "II.17" {   -- seed lines 675-683
  "Hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  unit     = "Có/Không",
  co       = yesno "Hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 678)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 680)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The seed gives ONE target/kind pair (line 687) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "II.18" {   -- seed lines 684-690
  "Hệ thống chiếu sáng thông minh công cộng",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống chiếu sáng thông minh công cộng",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 687)
  },
  source   = [[
Mục tiêu "Có", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Xây dựng",
  note     = "Văn bản chỉ ghi một cặp \"Có / Mở rộng\" (dòng 687-688; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "II.19" {   -- seed lines 691-699
  "Hệ thống camera giám sát an ninh trật tự",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống camera giám sát an ninh trật tự",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 694)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 696)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Công an tỉnh",
}

indicator "II.20" {   -- seed lines 700-711
  "Tỷ lệ đài truyền thanh xã, phường, thị trấn ứng dụng công nghệ thông tin - viễn thông",
  unit     = "%",
  a        = count "Tổng số đài truyền thanh xã, phường, thị trấn ứng dụng công nghệ thông tin - viễn thông",
  b        = count "Tổng số đài truyền thanh xã, phường, thị trấn",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 50%" },   -- seed: "50" — Mở rộng (line 703)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 705)
  },
  source   = [[
a= Tổng số đài truyền thanh xã, phường, thị trấn ứng dụng công nghệ thông tin - viễn thông
b= Tổng số đài truyền thanh xã, phường, thị trấn
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "50", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách các Đài đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "II.21" {   -- seed lines 712-723
  "Tỷ lệ điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến, chuyển đổi số",
  unit     = "%",
  a        = count "Tổng số điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến, chuyển đổi số (bao gồm điểm bưu chính huyện và các điểm xã, phường, thị trấn trực thuộc)",
  b        = count "Tổng số điểm phục vụ bưu chính (bao gồm điểm bưu chính huyện và các điểm xã, phường, thị trấn trực thuộc)",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 70%" },   -- seed: "70" — Mở rộng (line 715)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 717)
  },
  source   = [[
a= Tổng số điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến, chuyển đổi số (bao gồm điểm bưu chính huyện và các điểm xã, phường, thị trấn trực thuộc)
b= Tổng số điểm phục vụ bưu chính (bao gồm điểm bưu chính huyện và các điểm xã, phường, thị trấn trực thuộc)
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "70", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách các điểm đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
}

-- Unit "Điểm" (line 726) but the target is "Có" (lines 727, 729): yes/no (has free public wifi).
indicator "II.22" {   -- seed lines 724-732
  "Có hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện",
  unit     = "Điểm",
  co       = yesno "Có hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 727)
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 729)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Mở rộng.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "II.23" {   -- seed lines 733-741
  "Trang thông tin điện tử cấp huyện cung cấp đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ.",
  unit     = "Trang TTĐT",
  co       = yesno "Trang thông tin điện tử cấp huyện cung cấp đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ.",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 736)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 738)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp thông tin về trang theo các tiêu chí Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ (Có hình ảnh kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
  legal    = "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ",
}

indicator "II.24" {   -- seed lines 742-750
  "Hệ thống họp giao ban trực tuyến, kết hợp không giấy tờ",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống họp giao ban trực tuyến, kết hợp không giấy tờ",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 745)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 747)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The seed gives ONE target/kind pair (line 754) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "II.25" {   -- seed lines 751-757
  "Mô hình Trung tâm giám sát, điều hành (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện",
  unit     = "Hệ thống",
  co       = yesno "Mô hình Trung tâm giám sát, điều hành (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện",
  value    = "co",
  tiers    = {
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 754)
  },
  source   = [[
Mục tiêu "Có", Bắt buộc (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Bắt buộc\" (dòng 754-755; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- The seed gives ONE target/kind pair (line 761) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "II.26" {   -- seed lines 758-764
  "Chi/đảng bộ trực thuộc Đảng bộ huyện, thị xã, thành phố sử dụng nền tảng số dành cho đảng viên để sinh hoạt thường kỳ, chuyên đề, học tập nghị quyết...",
  unit     = "Nền tảng",
  co       = yesno "Chi/đảng bộ trực thuộc Đảng bộ huyện, thị xã, thành phố sử dụng nền tảng số dành cho đảng viên để sinh hoạt thường kỳ, chuyên đề, học tập nghị quyết...",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 761)
  },
  source   = [[
Mục tiêu "Có", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Mở rộng\" (dòng 761-762; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "II.27" {   -- seed lines 765-773
  "Hệ thống đánh giá mức độ hài lòng của người dân đối với dịch vụ công",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống đánh giá mức độ hài lòng của người dân đối với dịch vụ công",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 768)
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 770)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có", Bắt buộc.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)",
}

-- =============================================================================
group "III" { "KINH TẾ SỐ" }   -- seed line 774
-- =============================================================================

-- Unit "Nền tảng" (line 778) but the targets are percentages (70 / 90) of a rate a/b: the
-- value is the rate.
indicator "III.1" {   -- seed lines 776-788
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  unit     = "Nền tảng",
  a        = count "Tổng số doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  b        = count "Tổng số doanh nghiệp nhỏ và vừa",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 779)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 781)
  },
  source   = [[
a= Tổng số doanh nghiệp nhỏ và vừa sử dụng nền tảng số
b= Tổng số doanh nghiệp nhỏ và vừa
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "- Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp nhỏ và vừa sử dụng nền tảng số) - Mỗi doanh nghiệp nhỏ và vừa có đường dẫn đến trang điện tử nếu bán hàng trên sàn thương mại điện tử, hoặc chụp 03 hóa đơn nếu dùng hóa đơn điện tử, hoặc chụp 03 hợp đồng nếu dùng hợp đồng điện tử, hoặc có minh chứng chữ ký số, hoặc có minh chứng dùng hệ sinh thái quản trị doanh nghiệp,..",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Kế hoạch và Đầu tư phối hợp",
  note     = "Đơn vị tính ghi \"Nền tảng\" nhưng mục tiêu là tỷ lệ % (a/b); giá trị là tỷ lệ.",
}

indicator "III.2" {   -- seed lines 789-801
  "Tỷ lệ doanh nghiệp, HTX sử dụng hợp đồng điện tử",
  unit     = "%",
  a        = count "Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử",
  b        = count "Tổng số doanh nghiệp, HTX",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 792)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 794)
  },
  source   = [[
a= Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử
b= Tổng số doanh nghiệp, HTX
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "- Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp, HTX sử dụng hợp đồng điện tử) - Mỗi doanh nghiệp nhỏ và vừa chụp 03 hợp đồng điện tử.",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thuế tỉnh; Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
}

-- SEED DEFECT: "a= Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử" (line 809) is III.2's a,
-- while b counts households, cooperatives and SMEs and the title and the evidence (line 812:
-- "danh sách hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản
-- xuất, kinh doanh") say what is counted: a = those of b that use digital platforms.
indicator "III.3" {   -- seed lines 802-814
  "Tỷ lệ hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  unit     = "%",
  a        = count "Tổng số hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  b        = count "Tổng số hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 30%" },   -- seed: "30" — Bắt buộc (line 805)
    nang_cao = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 807)
  },
  source   = [[
a= Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử
b= Tổng số hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "30", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "50", Bắt buộc.]],
  evidence = "- Báo cáo số liệu tổng hợp (Có danh sách hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh) - Mỗi hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa có đường dẫn đến trang điện tử nếu bán hàng trên sàn thương mại điện tử, hoặc chụp 03 hóa đơn nếu dùng hóa đơn điện tử, hoặc chụp 03 hợp đồng nếu dùng hợp đồng điện tử, hoặc có minh chứng chữ ký số, hoặc có minh chứng dùng hệ sinh thái quản trị doanh nghiệp,...",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thuế tỉnh; Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
  note     = "Lỗi văn bản: a ghi \"Tổng số doanh nghiệp, HTX sử dụng hợp đồng điện tử\" (dòng 809, chép từ III.2). Theo tên tiêu chí và tài liệu kiểm chứng, a là tổng số hộ kinh doanh cá thể, HTX, doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh.",
}

indicator "III.4" {   -- seed lines 815-826
  "Tỷ lệ cơ sở y tế chấp nhận thanh toán dịch vụ y tế bằng phương thức thanh toán không dùng tiền mặt",
  unit     = "%",
  a        = count "Tổng số cơ sở y tế chấp nhận thanh toán dịch vụ y tế bằng phương thức thanh toán không dùng tiền mặt",
  b        = count "Tổng số cơ sở y tế",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 818)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 820)
  },
  source   = [[
a= Tổng số cơ sở y tế chấp nhận thanh toán dịch vụ y tế bằng phương thức thanh toán không dùng tiền mặt
b= Tổng số cơ sở y tế
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách cơ sở y tế chấp nhận thanh toán dịch vụ y tế bằng phương thức thanh toán không dùng tiền mặt)",
  agency   = "Sở Y tế",
}

indicator "III.5" {   -- seed lines 827-838
  "Tỷ lệ người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp trên địa bàn đô thị được chi trả thông qua các phương thức thanh toán không dùng tiền mặt",
  unit     = "%",
  a        = count "Tổng số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp được chi trả thông qua các phương thức thanh toán không dùng tiền mặt",
  b        = count "Tổng số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 830)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 832)
  },
  source   = [[
a= Tổng số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp được chi trả thông qua các phương thức thanh toán không dùng tiền mặt
b= Tổng số người hưởng lương hưu, trợ cấp bảo hiểm xã hội, trợ cấp thất nghiệp
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Lao động Thương binh và Xã hội chủ trì. Bảo hiểm xã hội tỉnh phối hợp",
}

indicator "III.6" {   -- seed lines 839-850
  "Tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu tiền điện, tiền nước, các loại phí",
  unit     = "%",
  a        = count "Tổng số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu tiền điện, tiền nước, các loại phí",
  b        = count "Tổng số tổ chức, doanh nghiệp",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 60%" },   -- seed: "60" — Mở rộng (line 842)
    nang_cao = { extended, ">= 80%" },   -- seed: "80" — Mở rộng (line 844)
  },
  source   = [[
a=Tổng số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu tiền điện, tiền nước, các loại phí
b= Tổng số tổ chức, doanh nghiệp
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "60", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "80", Mở rộng.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách tổ chức, doanh nghiệp đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Công ty Điện lực Yên Bái; Công ty cổ phần Cấp nước và Xây dựng Yên Bái phối hợp",
}

indicator "III.7" {   -- seed lines 851-862
  "Tỷ lệ các sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử",
  unit     = "%",
  a        = count "Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử",
  b        = count "Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 854)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 856)
  },
  source   = [[
a= Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử
b= Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương
Tỷ lệ =a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử; đường dẫn từng sản phẩm kèm theo)",
  agency   = "Sở Nông nghiệp và Phát triển nông thôn chủ trì. Sở Công Thương, Sở Thông tin và Truyền thông phối hợp",
}

-- The seed gives ONE target/kind pair (line 866) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "III.8" {   -- seed lines 863-869
  "Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và logistics",
  unit     = "Nền tảng",
  co       = yesno "Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và logistics",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 866)
  },
  source   = [[
Mục tiêu "Có", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về nền tảng và hình ảnh ứng dụng minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Mở rộng\" (dòng 866-867; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- =============================================================================
group "IV" { "XÃ HỘI SỐ" }   -- seed line 870
-- =============================================================================

-- b = "Tổng số xã, phường, thị trấn" (line 880), reported by the district (shared with IV.3);
-- not the number of communes in the commune data, which only I.1 uses.
indicator "IV.1" {   -- seed lines 872-883
  "Tỷ lệ hạ tầng mạng băng rộng cáp quang phủ trên toàn bộ xã, phường, thị trấn",
  unit     = "%",
  a        = count "Tổng số xã, phường, thị trấn triển khai hạ tầng mạng băng rộng cáp quang",
  b        = shared "so_xa",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 875)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 877)
  },
  source   = [[
a= Tổng số xã, phường, thị trấn triển khai hạ tầng mạng băng rộng cáp quang
b= Tổng số xã, phường, thị trấn
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "IV.2" {   -- seed lines 884-895
  "Tỷ lệ dân số trưởng thành có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
  unit     = "%",
  a        = count "Tổng số dân số trưởng thành có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
  b        = count "Tổng số dân số trưởng thành",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 887)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 889)
  },
  source   = [[
a= Tổng số dân số trưởng thành có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác
b= Tổng số dân số trưởng thành
Tỷ lệ =a/b*100%
Chuyển đổi số: Mục tiêu "60", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Ngân hàng Nhà nước Chi nhánh tỉnh Yên Bái chủ trì. Cục Thống kê tỉnh, Sở Thông tin và Truyền thông phối hợp",
}

indicator "IV.3" {   -- seed lines 896-907
  "Tỷ lệ Tổ chuyển đổi cộng đồng được thành lập và đi vào hoạt động",
  unit     = "%",
  a        = count "Tổng số Tổ chuyển đổi cộng đồng được thành lập và đi vào hoạt động",
  b        = shared "so_xa",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 899)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 901)
  },
  source   = [[
a= Tổng số Tổ chuyển đổi cộng đồng được thành lập và đi vào hoạt động
b= Tổng số xã, phường, thị trấn
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "100", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có Quyết định thành lập/kiện toàn các Tổ chuyển đổi cộng đồng; Kế hoạch và kết quả triển khai hoạt động của các Tổ chuyển đổi cộng đồng)",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "IV.4" {   -- seed lines 908-919
  "Tỷ lệ cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
  unit     = "%",
  a        = count "Tổng số cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
  b        = shared "so_co_so_gddt",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 911)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 913)
  },
  source   = [[
a= Tổng số cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt
b= Tổng số cơ sở giáo dục và đào tạo
Tỷ lệ =a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu (Có danh sách các cơ sở giáo dục và đào tạo đã triển khai)",
  agency   = "Sở Giáo dục và Đào tạo chủ trì. Sở Thông tin và Truyền thông phối hợp",
}

indicator "IV.5" {   -- seed lines 920-931
  "Tỷ lệ các cơ sở giáo dục và đào tạo triển khai mô hình trường học chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT",
  unit     = "%",
  a        = count "Tổng số cơ sở giáo dục và đào tạo triển khai mô hình trường học chuyển đổi số",
  b        = shared "so_co_so_gddt",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 50%" },   -- seed: "50" — Mở rộng (line 923)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 925)
  },
  source   = [[
a= Tổng số cơ sở giáo dục và đào tạo triển khai mô hình trường học chuyển đổi số
b= Tổng số cơ sở giáo dục và đào tạo
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "50", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có danh sách các cơ sở giáo dục và đào tạo đã thực hiện, chưa thực hiện các tiêu chí theo Quyết định số 4725/QĐ-BGDĐT; kết quả đã triển khai mô hình)",
  agency   = "Sở Giáo dục và Đào tạo",
  legal    = "Quyết định số 4725/QĐ-BGDĐT",
}

-- The unit cell is missing (line 933 is followed directly by the target "50", line 934): the
-- targets and the method ("Tỷ lệ =a/b* 100%") make it a rate, unit "%".
indicator "IV.6" {   -- seed lines 932-942
  "Tỷ lệ trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ Y tế",
  unit     = "%",
  a        = count "Tổng số trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn",
  b        = count "Tổng số trạm y tế",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 50%" },   -- seed: "50" — Mở rộng (line 934)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 936)
  },
  source   = [[
a= Tổng số trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn
b= Tổng số trạm y tế
Tỷ lệ =a/b* 100%
Chuyển đổi số: Mục tiêu "50", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có danh sách Trạm y tế triển khai hệ thống kèm theo)",
  agency   = "Sở Y tế",
  legal    = "Quyết định số 3532/QĐ-BYT ngày 12/8/2020 của Bộ Y tế",
  note     = "Văn bản thiếu ô đơn vị tính (dòng 933-934); theo cách tính (a/b*100%) đơn vị là %.",
}

-- SEED DEFECT: "a= Tổng số cơ sở khám bệnh, chữa bệnh triển khai hệ thống thông tin quản lý
-- trạm y tế xã, phường, thị trấn" (line 950) is IV.6's wording; the criterion is electronic
-- medical records (EMR): a = facilities that deploy EMR. Both tiers are Mở rộng.
indicator "IV.7" {   -- seed lines 943-954
  "Trung tâm Y tế, bệnh viện triển khai hồ sơ bệnh án điện tử (EMR) tại tất cả các cơ sở khám bệnh, chữa bệnh theo quy định tại Thông tư số 46/2018/TT-BYT",
  unit     = "%",
  a        = count "Tổng số cơ sở khám bệnh, chữa bệnh triển khai hồ sơ bệnh án điện tử (EMR)",
  b        = shared "so_co_so_kcb",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 50%" },   -- seed: "50" — Mở rộng (line 946)
    nang_cao = { extended, ">= 100%" },   -- seed: "100" — Mở rộng (line 948)
  },
  source   = [[
a= Tổng số cơ sở khám bệnh, chữa bệnh triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn
b= Tổng số cơ sở khám bệnh, chữa bệnh
- Tỷ lệ =a/b*100
Chuyển đổi số: Mục tiêu "50", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "100", Mở rộng.]],
  evidence = "Báo cáo tổng hợp số liệu (Có danh sách cơ sở y tế triển khai kèm theo)",
  agency   = "Sở Y tế",
  legal    = "Thông tư số 46/2018/TT-BYT",
  note     = "Lỗi văn bản: a ghi \"... triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn\" (dòng 950, chép từ IV.6). Theo tên tiêu chí, a là tổng số cơ sở khám bệnh, chữa bệnh triển khai hồ sơ bệnh án điện tử (EMR).",
}

indicator "IV.8" {   -- seed lines 955-966
  "Tỷ lệ kết nối, tích hợp, chia sẻ dữ liệu hồ sơ sức khỏe điện tử (EHR) giữa các cơ sở khám chữa bệnh tuyến dưới và tuyến trên",
  unit     = "%",
  a        = count "Tổng số cơ sở khám bệnh, chữa bệnh thực hiện kết nối, tích hợp, chia sẻ dữ liệu hồ sơ sức khỏe điện tử",
  b        = shared "so_co_so_kcb",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 70%" },   -- seed: "70" — Mở rộng (line 958)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 960)
  },
  source   = [[
a= Tổng số cơ sở khám bệnh, chữa bệnh thực hiện kết nối, tích hợp, chia sẻ dữ liệu hồ sơ sức khỏe điện tử
b= Tổng số cơ sở khám bệnh, chữa bệnh
- Tỷ lệ =a/b*100
Chuyển đổi số: Mục tiêu "70", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Có báo cáo thông tin về nền tảng và hình ảnh ứng dụng minh họa",
  agency   = "Sở Y tế",
}

-- The seed gives ONE target/kind pair (line 970) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "IV.9" {   -- seed lines 967-973
  "Có ứng dụng công nghệ thông tin, công nghệ số trong quản lý, điều hành về: môi trường, vận chuyển, vận tải, thủy lợi",
  unit     = "Nền tảng",
  co       = yesno "Có ứng dụng công nghệ thông tin, công nghệ số trong quản lý, điều hành về: môi trường, vận chuyển, vận tải, thủy lợi",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 970)
  },
  source   = [[
Mục tiêu "Có", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về nền tảng và hình ảnh ứng dụng minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Mở rộng\" (dòng 970-971; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- The seed gives ONE target/kind pair (line 977) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "IV.10" {   -- seed lines 974-980
  "Người dân kịp thời nhận thông tin và được hướng dẫn biện pháp ứng phó với biến đổi khí hậu qua kênh thông tin tuyên truyền ứng dụng công nghệ số",
  unit     = "Nền tảng",
  co       = yesno "Người dân kịp thời nhận thông tin và được hướng dẫn biện pháp ứng phó với biến đổi khí hậu qua kênh thông tin tuyên truyền ứng dụng công nghệ số",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có" — Mở rộng (line 977)
  },
  source   = [[
Mục tiêu "Có", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về nền tảng và hình ảnh ứng dụng minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Mở rộng\" (dòng 977-978; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}
