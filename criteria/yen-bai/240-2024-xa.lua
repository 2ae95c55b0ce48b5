-- =============================================================================
-- Yên Bái 240/QĐ-UBND, 06/02/2024 — communes (xã, phường, thị trấn) — as given in
-- Hướng dẫn 02/HD-UBND, 10/06/2024, Phụ lục, Biểu 04 (third table)
-- =============================================================================
--
-- Decision   Quyết định số 240/QĐ-UBND ngày 06/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái
--            "ban hành Bộ tiêu chí đánh giá, công nhận sở, ban, ngành; huyện, thị xã, thành phố;
--            xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao trên địa bàn tỉnh Yên
--            Bái giai đoạn 2023-2025" (seed line 11). The criteria table encoded here is the one
--            of Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của UBND tỉnh Yên Bái "về trình tự, thủ tục,
--            hồ sơ xét, công nhận, công bố ..." (seed lines 1-10), Phụ lục, Biểu 04, "HƯỚNG DẪN
--            LẤY SỐ LIỆU, TÀI LIỆU KIỂM CHỨNG PHỤC VỤ ĐÁNH GIÁ THẨM ĐỊNH CÔNG NHẬN CÁC XÃ, PHƯỜNG,
--            THỊ TRẤN ĐẠT CHUYỂN ĐỔI SỐ/CHUYỂN ĐỔI SỐ NÂNG CAO" (signed KT. CHỦ TỊCH, PHÓ CHỦ TỊCH
--            Ngô Hạnh Phúc). 240/QĐ-UBND itself is not among the seeds.
-- Seed       ../shared/seeds/003_f6c59457de9cd5e6.txt (Yên Bái 02/HD-UBND)
--              lines 1-10       the guidance (number, date, title)
--              line  11         "Thực hiện Quyết định 240/QĐ-UBND ngày 06/02/2024 ..."
--              line  16         recognition of districts and communes (encoded: recognition below)
--              lines 26-27      the district council appraises the communes (26); the commune's
--                               self-assessment (27)
--              lines 981-994    table header: STT, Nhóm tiêu chí/Tên tiêu chí, Đơn vị tính, Mức độ
--                               (Chuyển đổi số: Mục tiêu, Bắt buộc/Mở rộng; Chuyển đổi số nâng cao:
--                               Mục tiêu, Bắt buộc/Mở rộng), Cách lấy số liệu, phương pháp tính,
--                               Tài liệu kiểm chứng, Cơ quan chủ trì, phối hợp thẩm định
--              lines 995-1518   the 52 criteria: I Chính quyền số (995-1252), II Kinh tế số
--                               (1253-1370), III Xã hội số (1371-1518)
--              lines 1519-1520  footnotes [1], [2]: both belong to the district table (marks at
--                               lines 531, 567); none applies to this table
-- Encoded    3 groups, 52 criteria (I: 27, II: 11, III: 14), two tiers:
--              cds       "Chuyển đổi số":          42 criteria, 24 mandatory + 18 extended
--              nang_cao  "Chuyển đổi số nâng cao": 52 criteria, 32 mandatory + 20 extended
--            10 criteria are only in "nâng cao" (I.8, I.14, I.15, I.19, I.26, I.27, II.9, II.10,
--            III.9, III.11: interpretation 1). Recognition per tier: 100 % of its mandatory and
--            at least 30 % of its extended criteria (line 16). With 18 cds-extended criteria a
--            commune needs 6 (33.3 %; 5 is 27.8 %); with 20 nâng-cao-extended ones, 6 (exactly 30 %).
--
-- COUNTS STATED BY THE SEED: none. The guidance gives no number of criteria for this table,
-- so there is no `stated` entry.
--
-- INTERPRETATIONS (each is also commented at its criterion, quoting the seed):
--   1. The table is flattened one cell per line and empty cells are dropped. Most rows give two
--      (Mục tiêu, Bắt buộc/Mở rộng) pairs: the first is "Chuyển đổi số", the second "Chuyển đổi
--      số nâng cao". Ten rows give only ONE pair and the text cannot say which column it was in.
--      Read as the "nâng cao" column (the criterion is not in the "cds" tier): the higher tier
--      adds criteria (virtual assistant, camera system, 3 wifi points, ...); a criterion that
--      would be mandatory in "cds" and absent from "nâng cao" (I.14) would make the higher tier
--      easier than the lower one; and with this reading every commune recognised "nâng cao" is
--      also recognised "cds", which the district criterion I.1 ("đạt chuyển đổi số/chuyển đổi số
--      nâng cao") relies on. The same reading is used for the district table.
--   2. "Mục tiêu" numbers of a "%" criterion are minimums ("đạt"): value = a / b (the "Cách lấy
--      số liệu": "Tỷ lệ = a/b* 100%"), target ">= N%". b = 0: the seed has no rule, so the value
--      is undefined (reported), never 0 and never met.
--   3. "Có", "Có hệ thống", "Có nền tảng", "Có kết nối", "Có kế hoạch", "Có trang TTĐT", "Có
--      thành viên", "Có mô hình", ... : a yes/no input (column CODE.co), target "yes".
--   4. Counted targets: I.10 "Tối thiểu 01 nhân sự" (>= 1), II.8 "Có 1 mô hình" / "Có 3 mô hình"
--      (>= 1 / >= 3), III.11 "Tối thiểu 03 điểm phát" (>= 3).
--   5. SEED DEFECT I.12, I.13: unit "Có/không" with the "nâng cao" target "100": read as "Có".
--   6. SEED DEFECT II.3: b is II.1's "Tổng số doanh nghiệp trên địa bàn xã"; read as the
--      households of the title (b = ho_sxkd, as II.2).
--   7. III.2 has no "Cách lấy số liệu": the rate of the title (adults with a digital or electronic
--      signature / adult population).
--   8. III.6: the title counts adults, a and b count people of working age: a and b are used.
--   9. II.1: unit "Nền tảng" with % targets: the value is the rate a/b.
--  10. Shared inputs: the same count named by several criteria is reported once:
--      cong_chuc_xa (I.9 b, I.11 b), ho_sxkd (II.2 b, II.3 b), dan_so_truong_thanh (III.1 b,
--      III.2 b, III.5 b, III.8 b: "Tổng dân số trường thành trên địa bàn xã", "Tổng người dân
--      trưởng thành", "Tổng số người dân trong độ tuổi trưởng thành"), dan_so_lao_dong (III.3 b,
--      III.6 b).
--  11. Recognition (line 16), per tier: "đạt 100% tiêu chí bắt buộc và tối thiểu 30% tiêu chí
--      mở rộng" -> all_met('mandatory') and met_share('extended') >= 30 %. A criterion whose
--      value is missing data is unknown; all_met('mandatory') is "no" once a known mandatory
--      criterion fails, but the extended share is unknown while an extended criterion is.
--
-- TEXT: criterion texts, units, evidence (`evidence`), agencies (`agency`) are verbatim from the
-- table. `source` quotes the "Cách lấy số liệu, phương pháp tính" cells and the two tiers' cells
-- verbatim, typos included ("cả bàng hình thức" I.1, "Cỏ điểm phục vụ" I.17, "trường thành"
-- III.1, "doanh nghiệp nhô và vừa" II.1); input labels fix those typos.
-- =============================================================================


decision "yen-bai/240-2024-xa" {
  title    = "Bộ tiêu chí đánh giá, công nhận xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao trên địa bàn tỉnh Yên Bái giai đoạn 2023-2025",
  number   = "240/QĐ-UBND",
  issued   = "2024-02-06",
  province = "Yên Bái",
  issuer   = "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
  level    = "xã",
  source   = "Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của UBND tỉnh Yên Bái, Phụ lục, Biểu 04: Hướng dẫn lấy số liệu, tài liệu kiểm chứng phục vụ đánh giá thẩm định công nhận các xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao",
}

-- Mức độ (line 985): "Chuyển đổi số" and "Chuyển đổi số nâng cao" (lines 989-990).
contexts { tiers = { { "cds", "Chuyển đổi số" }, { "nang_cao", "Chuyển đổi số nâng cao" } } }


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


-- Counts named by several criteria, reported once (interpretation 10).
inputs {
  cong_chuc_xa        = count { "Tổng số công chức xã", unit = "Người" },                                   -- I.9 b, I.11 b
  ho_sxkd             = count { "Tổng số hộ sản xuất, kinh doanh cá thể trên địa bàn xã", unit = "Hộ" },     -- II.2 b, II.3 b
  dan_so_truong_thanh = count { "Tổng dân số trưởng thành trên địa bàn xã", unit = "Người" },               -- III.1, III.2, III.5, III.8 b
  dan_so_lao_dong     = count { "Tổng số người dân trong độ tuổi lao động trên địa bàn xã", unit = "Người" }, -- III.3 b, III.6 b
}

-- =============================================================================
group "I" { "CHÍNH QUYỀN SỐ" }   -- seed line 995
-- =============================================================================

-- Exact seed text of a: "(trực tuyến toàn trình và một phần)"; b's "cả bàng hình thức" is a
-- typo of "bằng", kept in `source`, fixed in the input label.
indicator "I.1" {   -- seed lines 997-1008
  "Tỷ lệ hồ sơ thủ tục hành chính được người dân, doanh nghiệp nộp trực tuyến trên Cổng dịch vụ công",
  unit     = "%",
  a        = count "Tổng số hồ sơ TTHC (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện trực tuyến (không sử dụng bản giấy)",
  b        = count "Tổng số hồ sơ TTHC trực tuyến (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện cả bằng hình thức trực tuyến và trực tiếp",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 1000)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 1002)
  },
  source   = [[
a = Tổng số hồ sơ TTHC (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện trực tuyến (không sử dụng bản giấy)
b = Tổng số hồ sơ TTHC trực tuyến (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện cả bàng hình thức trực tuyến và trực tiếp.
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông chủ trì; Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công) phối hợp",
}

-- Same criterion as the district's II.4, whose targets footnote [1] (line 1519) raised to the
-- 45 % minimum of Nghị quyết 02/NQ-CP; the commune table keeps 20 / 40 and carries no
-- footnote: encoded as written.
indicator "I.2" {   -- seed lines 1009-1020
  "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công",
  unit     = "%",
  a        = count "Tổng số TTHC có phát sinh giao dịch thanh toán trực tuyến",
  b        = count "Tổng số TTHC đang triển khai thanh toán trực tuyến",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 20%" },   -- seed: "20" — Bắt buộc (line 1012)
    nang_cao = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 1014)
  },
  source   = [[
a = Tổng số TTHC có phát sinh giao dịch thanh toán trực tuyến
b = Tổng số TTHC đang triển khai thanh toán trực tuyến.
Tỷ lệ = a/b * 100%
Chuyển đổi số: Mục tiêu "20", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "40", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)",
  note     = "Cấp xã giữ mục tiêu 20% / 40% như bảng (dòng 1012, 1014); chú thích [1] (dòng 1519) chỉ gắn với tiêu chí II.4 cấp huyện.",
}

indicator "I.3" {   -- seed lines 1021-1032
  "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia",
  unit     = "%",
  a        = count "Tổng số TTHC có yêu cầu nghĩa vụ về tài chính được triển khai thanh toán trực tuyến",
  b        = count "Tổng số TTHC có yêu cầu nghĩa vụ tài chính",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 1024)
    nang_cao = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1026)
  },
  source   = [[
a = Tổng số TTHC có yêu cầu nghĩa vụ về tài chính được triển khai thanh toán trực tuyến,
b = Tổng số TTHC có yêu cầu nghĩa vụ tài chính.
Tỷ lệ = a/b * 100%
Chuyển đổi số: Mục tiêu "50", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "70", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)",
}

indicator "I.4" {   -- seed lines 1033-1044
  "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính",
  unit     = "%",
  a        = count "Tổng số người dân, doanh nghiệp hài lòng về việc giải quyết TTHC",
  b        = count "Tổng số người dân, doanh nghiệp thực hiện TTHC",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1036)
    nang_cao = { mandatory, ">= 95%" },   -- seed: "95" — Bắt buộc (line 1038)
  },
  source   = [[
a = Tổng số người dân, doanh nghiệp hài lòng về việc giải quyết TTHC
b = Tổng số người dân, doanh nghiệp thực hiện TTHC
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "95", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)",
}

indicator "I.5" {   -- seed lines 1045-1056
  "Tỷ lệ kết quả giải quyết thủ tục hành chính được số hóa",
  unit     = "%",
  a        = count "Tổng số hồ sơ kết quả giải quyết TTHC được số hóa",
  b        = count "Tổng số hồ sơ thực hiện TTHC",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1048)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 1050)
  },
  source   = [[
a = Tổng số hồ sơ kết quả giải quyết TTHC được số hóa
b = Tổng số hồ sơ thực hiện TTHC
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "90", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)",
}

indicator "I.6" {   -- seed lines 1057-1068
  "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)",
  unit     = "%",
  a        = count "Số văn bản (trừ văn bản mật theo quy định) trao đổi giữa cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng",
  b        = count "Tổng số văn bản (trừ văn bản mật theo quy định) trao đổi giữa Nhà nước",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 1060)
    nang_cao = { mandatory, ">= 100%" },   -- seed: "100" — Bắt buộc (line 1062)
  },
  source   = [[
a= Số văn bản (trừ văn bản mật theo quy định) trao đổi giữa cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng;
b= Tổng số văn bản (trừ văn bản mật theo quy định) trao đổi giữa Nhà nước;
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "100", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Điều hành thông minh tỉnh)",
}

indicator "I.7" {   -- seed lines 1069-1077
  "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ.",
  unit     = "Hệ thống",
  co       = yesno "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1072)
    nang_cao = { mandatory, "yes" },   -- seed: "Có hệ thống" — Bắt buộc (line 1074)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có hình ảnh minh họa)",
  agency   = "Văn phòng UBND tỉnh (Trung tâm Điều hành thông minh tỉnh)",
}

-- The seed gives ONE target/kind pair (line 1081) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.8" {   -- seed lines 1078-1085
  "Địa phương có triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức",
  unit     = "Nền tảng",
  co       = yesno "Địa phương có triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1081)
  },
  source   = [[
Có triển khai ứng dụng nền tảng số trợ lý ảo hỗ trợ hoạt động chuyên môn của công chức
Mục tiêu "Có nền tảng", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo số liệu tổng hợp (Có hình ảnh sử dụng nền tảng)",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có nền tảng / Mở rộng\" (dòng 1081-1082; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "I.9" {   -- seed lines 1086-1097
  "Tỷ lệ cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản",
  unit     = "%",
  a        = count "Tổng số công chức được tập huấn, bồi dưỡng CNTT, ATTT, chuyển đổi số",
  b        = shared "cong_chuc_xa",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 40%" },   -- seed: "40" — Bắt buộc (line 1089)
    nang_cao = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 1091)
  },
  source   = [[
a= Tổng số công chức được tập huấn, bồi dưỡng CNTT, ATTT, chuyển đổi số
b= Tổng số công chức xã
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "40", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "60", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có các văn bản cử tham gia, giấy mời, giấy triệu tập, kế hoạch tổ chức...)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
}

-- "Tối thiểu 01 nhân sự" in both tiers (lines 1101, 1103): a count, at least 1.
indicator "I.10" {   -- seed lines 1098-1106
  "Có giao nhiệm vụ cho cán bộ, công chức có trình độ công nghệ thông tin phụ trách công tác chuyển đổi số",
  unit     = "Nhân sự",
  nhan_su = count { "Số cán bộ, công chức có trình độ công nghệ thông tin được giao nhiệm vụ phụ trách công tác chuyển đổi số", unit = "Nhân sự" },
  value    = "nhan_su",
  tiers    = {
    cds      = { mandatory, ">= 1" },   -- seed: "Tối thiểu 01 nhân sự" — Bắt buộc (line 1101)
    nang_cao = { mandatory, ">= 1" },   -- seed: "Tối thiểu 01 nhân sự" — Bắt buộc (line 1103)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Tối thiểu 01 nhân sự", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Tối thiểu 01 nhân sự", Bắt buộc.]],
  evidence = "Quyết định hoặc Văn bản giao nhiệm vụ cho cán bộ, công chức",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "I.11" {   -- seed lines 1107-1118
  "Tỷ lệ công chức xã được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc đáp ứng yêu cầu Chỉ thị 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
  unit     = "%",
  a        = count "Tổng số công chức được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
  b        = shared "cong_chuc_xa",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 70%" },   -- seed: "70" — Mở rộng (line 1110)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1112)
  },
  source   = [[
a = Tổng số công chức được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc
b = Tổng số công chức xã
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "70", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  legal    = "Chỉ thị số 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
}

-- SEED DEFECT: unit "Có/không" (line 1121) but the "nâng cao" target is "100" (line 1124),
-- not "Có". Read "100" as "Có" (100 % = the commune's information system, i.e. yes): the
-- unit column says the criterion is answered Có/Không, and the district's same criterion
-- (II.15, lines 658-663) is "Có" in both tiers. The alternative (a rate of approved systems
-- >= 100 %) would need a count the seed never defines.
indicator "I.12" {   -- seed lines 1119-1127
  "Hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng",
  unit     = "Có/không",
  co       = yesno "Hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 1122)
    nang_cao = { mandatory, "yes" },   -- seed: "100" — Bắt buộc (line 1124): unit Có/không, read as "Có"
  },
  -- The decision's own target for "nâng cao" (unit "Có/không"), for tieuchi check.
  as_written = { nang_cao = "100" },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Quyết định phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Lỗi văn bản: đơn vị tính \"Có/không\" nhưng mục tiêu chuyển đổi số nâng cao ghi \"100\" (dòng 1124). Đọc là \"Có\" (100% = có), thống nhất với đơn vị tính và với tiêu chí II.15 cấp huyện.",
}

-- SEED DEFECT: as I.12, unit "Có/không" (line 1130), "nâng cao" target "100" (line 1133):
-- read as "Có".
indicator "I.13" {   -- seed lines 1128-1136
  "Hệ thống thông tin triển khai đầy đủ các biện pháp an toàn thông tin theo hồ sơ cấp độ được phê duyệt",
  unit     = "Có/không",
  co       = yesno "Hệ thống thông tin triển khai đầy đủ các biện pháp an toàn thông tin theo hồ sơ cấp độ được phê duyệt",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 1131)
    nang_cao = { mandatory, "yes" },   -- seed: "100" — Bắt buộc (line 1133): unit Có/không, read as "Có"
  },
  -- The decision's own target for "nâng cao" (unit "Có/không"), for tieuchi check.
  as_written = { nang_cao = "100" },
  source   = [[
Chuyển đổi số: Mục tiêu "Có", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "100", Bắt buộc.]],
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Lỗi văn bản: đơn vị tính \"Có/không\" nhưng mục tiêu chuyển đổi số nâng cao ghi \"100\" (dòng 1133). Đọc là \"Có\" (100% = có), thống nhất với đơn vị tính và với tiêu chí II.16 cấp huyện.",
}

-- The seed gives ONE target/kind pair (line 1140) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.14" {   -- seed lines 1137-1143
  "Hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  unit     = "Có/không",
  co       = yesno "Hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  value    = "co",
  tiers    = {
    nang_cao = { mandatory, "yes" },   -- seed: "Có" — Bắt buộc (line 1140)
  },
  source   = [[
Mục tiêu "Có", Bắt buộc (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có / Bắt buộc\" (dòng 1140-1141; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- The seed gives ONE target/kind pair (line 1147) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.15" {   -- seed lines 1144-1150
  "Hệ thống camera giám sát an ninh, trật tự xã hội",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống camera giám sát an ninh, trật tự xã hội",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1147)
  },
  source   = [[
Mục tiêu "Có hệ thống", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Công an tỉnh",
  note     = "Văn bản chỉ ghi một cặp \"Có hệ thống / Mở rộng\" (dòng 1147-1148; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "I.16" {   -- seed lines 1151-1159
  "Đài truyền thanh xã, phường, thị trấn ứng dụng công nghệ thông tin - viễn thông",
  unit     = "Hệ thống",
  co       = yesno "Đài truyền thanh xã, phường, thị trấn ứng dụng công nghệ thông tin - viễn thông",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1154)
    nang_cao = { mandatory, "yes" },   -- seed: "Có hệ thống" — Bắt buộc (line 1156)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách các Đài đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The "nâng cao" target reads "Cỏ điểm phục vụ" (line 1165): a typo of "Có".
indicator "I.17" {   -- seed lines 1160-1168
  "Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  unit     = "Điểm phục vụ",
  co       = yesno "Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có điểm phục vụ" — Mở rộng (line 1163)
    nang_cao = { extended, "yes" },   -- seed: "Cỏ điểm phục vụ" — Mở rộng (line 1165)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có điểm phục vụ", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Cỏ điểm phục vụ", Mở rộng.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách các điểm đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản ghi \"Cỏ điểm phục vụ\" (dòng 1165): lỗi chính tả của \"Có điểm phục vụ\".",
}

indicator "I.18" {   -- seed lines 1169-1177
  "UBND xã/phường/thị trấn kết nối và sử dụng mạng truyền số liệu chuyên dùng",
  unit     = "Kết nối",
  co       = yesno "UBND xã/phường/thị trấn kết nối và sử dụng mạng truyền số liệu chuyên dùng",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có kết nối" — Bắt buộc (line 1172)
    nang_cao = { mandatory, "yes" },   -- seed: "Có kết nối" — Bắt buộc (line 1174)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có kết nối", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có kết nối", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Văn phòng UBND tỉnh phối hợp (Trung tâm Điều hành thông minh tỉnh)",
}

-- The seed gives ONE target/kind pair (line 1181) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.19" {   -- seed lines 1178-1184
  "Chi/đảng bộ trực thuộc Đảng bộ xã, phường, thị trấn sử dụng nền tảng số dành cho đảng viên để sinh hoạt thường kỳ, chuyên đề, học tập nghị quyết",
  unit     = "Nền tảng",
  co       = yesno "Chi/đảng bộ trực thuộc Đảng bộ xã, phường, thị trấn sử dụng nền tảng số dành cho đảng viên để sinh hoạt thường kỳ, chuyên đề, học tập nghị quyết",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1181)
  },
  source   = [[
Mục tiêu "Có nền tảng", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo số liệu tổng hợp (Có biểu danh sách các chi bộ sử dụng nền tảng số dành cho đảng viên để sinh hoạt thường kỳ, chuyên đề, học tập nghị quyết, kèm hình ảnh minh họa)",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có nền tảng / Mở rộng\" (dòng 1181-1182; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "I.20" {   -- seed lines 1185-1193
  "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24-06-2022 của Chính phủ.",
  unit     = "Trang",
  co       = yesno "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24-06-2022 của Chính phủ.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có trang TTĐT" — Mở rộng (line 1188)
    nang_cao = { extended, "yes" },   -- seed: "Có trang TTĐT" — Mở rộng (line 1190)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có trang TTĐT", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có trang TTĐT", Mở rộng.]],
  evidence = "Báo cáo tổng hợp thông tin về trang theo các tiêu chí Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ (Có hình ảnh kèm theo)",
  agency   = "Sở Thông tin và Truyền thông",
  legal    = "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ",
}

indicator "I.21" {   -- seed lines 1194-1202
  "Chính quyền xã/phường/thị trấn sử dụng hệ thống, nền tảng số họp trực tuyến kết hợp không in tài liệu giây trong các cuộc họp.",
  unit     = "Hệ thống",
  co       = yesno "Chính quyền xã/phường/thị trấn sử dụng hệ thống, nền tảng số họp trực tuyến kết hợp không in tài liệu giây trong các cuộc họp.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1197)
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1199)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Mở rộng.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "I.22" {   -- seed lines 1203-1211
  "Hệ thống ứng dụng công nghệ thông tin đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
  unit     = "Hệ thống",
  co       = yesno "Hệ thống ứng dụng công nghệ thông tin đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1206)
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1208)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Mở rộng.]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Nội vụ",
}

indicator "I.23" {   -- seed lines 1212-1220
  "Phổ biến thông tin (pháp luật, thông báo, hướng dẫn...) đến điện thoại của người dân thông qua các nền tảng số hoặc mạng xã hội...",
  unit     = "Nền tảng",
  co       = yesno "Phổ biến thông tin (pháp luật, thông báo, hướng dẫn...) đến điện thoại của người dân thông qua các nền tảng số hoặc mạng xã hội...",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1215)
    nang_cao = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1217)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có nền tảng", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có nền tảng", Mở rộng.]],
  evidence = "Cỏ báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "I.24" {   -- seed lines 1221-1229
  "Xây dựng và triển khai chương trình hành động, kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số.",
  unit     = "Chương trình, kế hoạch",
  co       = yesno "Xây dựng và triển khai chương trình hành động, kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có kế hoạch" — Mở rộng (line 1224)
    nang_cao = { extended, "yes" },   -- seed: "Có kế hoạch" — Mở rộng (line 1226)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có kế hoạch", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có kế hoạch", Mở rộng.]],
  evidence = "Kế hoạch triển khai; Báo cáo kết quả (Có hình ảnh minh họa)",
  agency   = "Sở Thông tin và Truyền thông",
}

indicator "I.25" {   -- seed lines 1230-1238
  "Sử dụng diễn đàn chia sẻ, trao đổi kinh nghiệm phát triển kinh tế - xã hội, xây dựng nông thôn mới giữa các làng/xã, người dân trên nền tảng số, mạng xã hội.",
  unit     = "Diễn đàn",
  co       = yesno "Sử dụng diễn đàn chia sẻ, trao đổi kinh nghiệm phát triển kinh tế - xã hội, xây dựng nông thôn mới giữa các làng/xã, người dân trên nền tảng số, mạng xã hội.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có diễn đàn, nhóm công tác" — Mở rộng (line 1233)
    nang_cao = { extended, "yes" },   -- seed: "Có diễn đàn, nhóm công tác" — Mở rộng (line 1235)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có diễn đàn, nhóm công tác", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có diễn đàn, nhóm công tác", Mở rộng.]],
  evidence = "Kế hoạch triển khai; Báo cáo kết quả (Có hình ảnh minh họa)",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The seed gives ONE target/kind pair (line 1242) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.26" {   -- seed lines 1239-1245
  "Sử dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội của xã, phường, thị trấn.",
  unit     = "Hệ thống",
  co       = yesno "Sử dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội của xã, phường, thị trấn.",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1242)
  },
  source   = [[
Mục tiêu "Có hệ thống", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có hệ thống / Mở rộng\" (dòng 1242-1243; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- The seed gives ONE target/kind pair (line 1249) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "I.27" {   -- seed lines 1246-1252
  "Có ứng dụng nền tảng tương tác hoặc xử lý phản ánh kiến nghị của người dân với chính quyền cấp xã.",
  unit     = "Nền tảng",
  co       = yesno "Có ứng dụng nền tảng tương tác hoặc xử lý phản ánh kiến nghị của người dân với chính quyền cấp xã.",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1249)
  },
  source   = [[
Mục tiêu "Có nền tảng", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Có báo cáo thông tin về hệ thống và hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có nền tảng / Mở rộng\" (dòng 1249-1250; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- =============================================================================
group "II" { "KINH TẾ SỐ" }   -- seed line 1253
-- =============================================================================

-- Unit "Nền tảng" (line 1257) but the targets are percentages (70 / 90) of a rate a/b:
-- the value is the rate. The seed's b is every enterprise of the commune ("Tổng số doanh
-- nghiệp trên địa bàn xã"), not only the small and medium ones of the title: encoded as b says.
indicator "II.1" {   -- seed lines 1255-1267
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số.",
  unit     = "Nền tảng",
  a        = count "Tổng số doanh nghiệp sử dụng nền tảng số",
  b        = count "Tổng số doanh nghiệp trên địa bàn xã",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1258)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1260)
  },
  source   = [[
a= Tổng số doanh nghiệp sử dụng nền tảng số
b= Tổng số doanh nghiệp trên địa bàn xã
Tỷ lệ= a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp nhô và vừa sử dụng nền tảng số) - Mỗi doanh nghiệp nhỏ và vừa có đường dẫn đến trang điện tử nếu bán hàng trên sàn thương mại điện tử, hoặc chụp 03 hóa đơn nếu dùng hóa đơn điện tử, hoặc chụp 03 hợp đồng nếu dùng hợp đồng điện tử, hoặc có minh chứng chữ ký số, hoặc có minh chứng dùng hệ sinh thái quản trị doanh nghiệp,..",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Kế hoạch và Đầu tư phối hợp",
  note     = "Đơn vị tính ghi \"Nền tảng\" nhưng mục tiêu là tỷ lệ % (a/b); giá trị là tỷ lệ.",
}

indicator "II.2" {   -- seed lines 1268-1280
  "Tỷ lệ hộ sản xuất, kinh doanh cá thể sử dụng thương mại điện tử.",
  unit     = "%",
  a        = count "Tổng số hộ sản xuất, kinh doanh cá thể sử dụng thương mại điện tử",
  b        = shared "ho_sxkd",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1271)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1273)
  },
  source   = [[
a= Tổng số hộ sản xuất, kinh doanh cá thể sử dụng thương mại điện tử.
b= Tổng số hộ sản xuất, kinh doanh cá thể trên địa bàn xã
Tỷ lệ= a/b* 100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "- Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp, HTX sử dụng thương mại điện tử) - Mỗi hộ sản xuất, kinh doanh cá thể có đường dẫn, hoặc ảnh chụp đến trang điện tử nếu bán hàng trên sàn thương mại điện tử,,...",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thuế tỉnh; Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
}

-- SEED DEFECT: "b= Tổng số doanh nghiệp trên địa bàn xã" (line 1289) is II.1's b: a share of
-- households over enterprises is no rate (it can exceed 100 %). The title ("Tỷ lệ hộ sản
-- xuất, kinh doanh cá thể chấp thuận ...") and the evidence (a list of households) say the
-- denominator is the households: b = ho_sxkd, the same count as II.2's b.
indicator "II.3" {   -- seed lines 1281-1292
  "Tỷ lệ hộ sản xuất, kinh doanh cá thể chấp thuận thanh toán không dùng tiền mặt.",
  unit     = "%",
  a        = count "Tổng số hộ sản xuất, kinh doanh cá thể chấp thuận thanh toán không dùng tiền mặt",
  b        = shared "ho_sxkd",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1284)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1286)
  },
  source   = [[
a= Tổng số hộ sản xuất, kinh doanh cá thể chấp thuận thanh toán không dùng tiền mặt.
b= Tổng số doanh nghiệp trên địa bàn xã
Tỷ lệ= a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách các hộ sản xuất, kinh doanh cá thể chấp thuận thanh toán không dùng tiền mặt, bao gồm cả không sử dụng TTKDTM; kèm hình ảnh minh họa",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
  note     = "Lỗi văn bản: b ghi \"Tổng số doanh nghiệp trên địa bàn xã\" (dòng 1289, chép từ II.1). Theo tên tiêu chí, b là tổng số hộ sản xuất, kinh doanh cá thể trên địa bàn xã (như II.2).",
}

indicator "II.4" {   -- seed lines 1293-1305
  "Tỷ lệ doanh nghiệp, HTX sử dụng hợp đồng điện tử.",
  unit     = "%",
  a        = count "doanh nghiệp, HTX sử dụng hợp đồng điện tử",
  b        = count "Tổng số doanh nghiệp, HTX trên địa bàn xã",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 1296)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 1298)
  },
  source   = [[
a= doanh nghiệp, HTX sử dụng hợp đồng điện tử.
b= Tổng số doanh nghiệp, HTX trên địa bàn xã
Tỷ lệ= a/b*100%
Chuyển đổi số: Mục tiêu "50", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "- Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp, HTX sử dụng hợp đồng điện tử) - Mỗi doanh nghiệp, HTX chụp 03 hợp đồng điện tử.",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thuế tỉnh; Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
}

-- "Có thành viên" (lines 1309, 1311): yes/no.
indicator "II.5" {   -- seed lines 1306-1314
  "Thành viên của HTX, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh.",
  unit     = "Thành viên",
  co       = yesno "Thành viên của HTX, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh.",
  value    = "co",
  tiers    = {
    cds      = { mandatory, "yes" },   -- seed: "Có thành viên" — Bắt buộc (line 1309)
    nang_cao = { mandatory, "yes" },   -- seed: "Có thành viên" — Bắt buộc (line 1311)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có thành viên", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có thành viên", Bắt buộc.]],
  evidence = "Báo cáo danh sách thành viên HTX, DN tham gia tập huấn",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Kế hoạch và Đầu tư phối hợp",
}

indicator "II.6" {   -- seed lines 1315-1326
  "Tỷ lệ doanh nghiệp, HTX, cơ sở sản xuất kinh doanh nộp thuế điện tử.",
  unit     = "%",
  a        = count "Tổng số doanh nghiệp, HTX, cơ sở sản xuất kinh doanh nộp thuế điện tử",
  b        = count "Tổng số doanh nghiệp, HTX, cơ sở sản xuất kinh doanh trên địa bàn xã",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 1318)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1320)
  },
  source   = [[
a= Tổng số doanh nghiệp, HTX, cơ sở sản xuất kinh doanh nộp thuế điện tử.
b= Tổng số doanh nghiệp, HTX, cơ sở sản xuất kinh doanh trên địa bàn xã
Tỷ lệ= a/b*100%
Chuyển đổi số: Mục tiêu "60", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách doanh nghiệp, HTX, cơ sở sản xuất kinh doanh nộp thuế điện tử)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thuế tỉnh; Sở Kế hoạch và Đầu tư; Sở Công Thương phối hợp",
}

indicator "II.7" {   -- seed lines 1327-1338
  "Tỷ lệ các sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử.",
  unit     = "%",
  a        = count "Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử",
  b        = count "Tổng số sản phẩm OCOP, đặc sản chủ lực của xã",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1330)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1332)
  },
  source   = [[
a= Tổng số sản phẩm OCOP, đặc sản chủ lực của địa phương được đưa lên sàn thương mại điện tử
b= Tổng số sản phẩm OCOP, đặc sản chủ lực của xã
Tỷ lệ= a/b* 100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo danh sách các sản phẩm OCOP, đặc sản chủ lực của địa phương (Kèm đường dẫn các sản phẩm trên sàn TMĐT)",
  agency   = "Sở Nông nghiệp và Phát triển nông thôn chủ trì. Sở Công Thương, Sở Thông tin và Truyền thông phối hợp",
}

-- "Có 1 mô hình" / "Có 3 mô hình" (lines 1342, 1344): a count, at least 1 / at least 3.
indicator "II.8" {   -- seed lines 1339-1347
  "Có mô hình doanh nghiệp, HTX ứng dụng công nghệ số trong quản lý sản xuất, kinh doanh sản phẩm, dịch vụ.",
  unit     = "Mô hình",
  mo_hinh = count { "Số mô hình doanh nghiệp, HTX ứng dụng công nghệ số trong quản lý sản xuất, kinh doanh sản phẩm, dịch vụ", unit = "Mô hình" },
  value    = "mo_hinh",
  tiers    = {
    cds      = { mandatory, ">= 1" },   -- seed: "Có 1 mô hình" — Bắt buộc (line 1342)
    nang_cao = { mandatory, ">= 3" },   -- seed: "Có 3 mô hình" — Bắt buộc (line 1344)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có 1 mô hình", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "Có 3 mô hình", Bắt buộc.]],
  evidence = "Báo cáo thông tin về các mô hình kết quả triển khai mô hình (Có hình ảnh kèm theo)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Kế hoạch và Đầu tư, Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương phối hợp",
}

-- The seed gives ONE target/kind pair (line 1351) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "II.9" {   -- seed lines 1348-1354
  "Có mô hình phát triển kinh tế gắn với bảo tồn văn hóa hoặc bảo vệ môi trường có ứng dụng công nghệ thông tin, chuyển đổi số.",
  unit     = "Mô hình",
  co       = yesno "Có mô hình phát triển kinh tế gắn với bảo tồn văn hóa hoặc bảo vệ môi trường có ứng dụng công nghệ thông tin, chuyển đổi số.",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có mô hình" — Mở rộng (line 1351)
  },
  source   = [[
Mục tiêu "Có mô hình", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo thông tin về mô hình kết quả triển khai mô hình (Có hình ảnh kèm theo)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Văn hóa, Thể thao và Du lịch phối hợp",
  note     = "Văn bản chỉ ghi một cặp \"Có mô hình / Mở rộng\" (dòng 1351-1352; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

-- The seed gives ONE target/kind pair (line 1358) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "II.10" {   -- seed lines 1355-1361
  "Có mô hình kinh tế nông thôn đổi mới, sáng tạo dựa trên ứng dụng giải pháp công nghệ số.",
  unit     = "Mô hình",
  co       = yesno "Có mô hình kinh tế nông thôn đổi mới, sáng tạo dựa trên ứng dụng giải pháp công nghệ số.",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có mô hình" — Mở rộng (line 1358)
  },
  source   = [[
Mục tiêu "Có mô hình", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo thông tin về các mô hình kết quả triển khai mô hình (Có hình ảnh kèm theo)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Sở Nông nghiệp và Phát triển nông thôn phối hợp",
  note     = "Văn bản chỉ ghi một cặp \"Có mô hình / Mở rộng\" (dòng 1358-1359; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "II.11" {   -- seed lines 1362-1370
  "Tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu tiền điện, tiền nước, các loại phí.",
  unit     = "Hình thức",
  co       = yesno "Tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu tiền điện, tiền nước, các loại phí.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hình thức" — Mở rộng (line 1365)
    nang_cao = { extended, "yes" },   -- seed: "Có hình thức" — Mở rộng (line 1367)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hình thức", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hình thức", Mở rộng.]],
  evidence = "Báo cáo số liệu tổng hợp (Có danh sách tổ chức, doanh nghiệp đã triển khai kèm theo)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Công ty Điện lực Yên Bái; Công ty cổ phần Cấp nước và Xây dựng Yên Bái phối hợp",
}

-- =============================================================================
group "III" { "XÃ HỘI SỐ" }   -- seed line 1371
-- =============================================================================

-- "trường thành" in a and b (lines 1380-1381) is a typo of "trưởng thành".
indicator "III.1" {   -- seed lines 1373-1384
  "Tỷ lệ dân số trưởng thành có điện thoại thông minh.",
  unit     = "%",
  a        = count "Tổng dân số trưởng thành có điện thoại thông minh",
  b        = shared "dan_so_truong_thanh",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 1376)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 1378)
  },
  source   = [[
a= Tổng dân số trường thành có điện thoại thông minh.
b= Tổng dân số trường thành trên địa bàn xã
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "60", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu (Có danh sách dân số trưởng thành có điện thoại thông minh)",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thống kê tỉnh phối hợp",
}

-- The seed gives no a/b (lines 1386-1393 have no "Cách lấy số liệu"): the rate of the
-- title, a = adults with a digital or electronic signature, b = adult population (as III.1).
indicator "III.2" {   -- seed lines 1385-1393
  "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân.",
  unit     = "%",
  a        = count "Tổng số dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
  b        = shared "dan_so_truong_thanh",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 30%" },   -- seed: "30" — Mở rộng (line 1388)
    nang_cao = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 1390)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "30", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "50", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thống kê tỉnh phối hợp",
  note     = "Văn bản không ghi cách tính; tỷ lệ = số dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân / tổng dân số trưởng thành.",
}

indicator "III.3" {   -- seed lines 1394-1405
  "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội.",
  unit     = "%",
  a        = count "Tổng số người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản",
  b        = shared "dan_so_lao_dong",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 50%" },   -- seed: "50" — Mở rộng (line 1397)
    nang_cao = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1399)
  },
  source   = [[
a= Tổng số người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản.
b= Tổng người dân trong độ tuổi lao động trên địa bàn xã.
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "50", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "70", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thống kê tỉnh phối hợp",
}

indicator "III.4" {   -- seed lines 1406-1417
  "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản.",
  unit     = "%",
  a        = count "Tổng số người dân kết nối mạng được bảo vệ ở mức cơ bản",
  b        = count "Tổng người dân sử dụng điện thoại thông minh",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 1409)
    nang_cao = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1411)
  },
  source   = [[
a= Tổng số người dân kết nối mạng được bảo vệ ở mức cơ bản.
b= Tổng người dân sử dụng điện thoại thông minh
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "50", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "70", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông chủ trì. Cục Thống kê tỉnh phối hợp",
}

indicator "III.5" {   -- seed lines 1418-1429
  "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến.",
  unit     = "%",
  a        = count "Tổng số trưởng thành có sử dụng dịch vụ công trực tuyến",
  b        = shared "dan_so_truong_thanh",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 30%" },   -- seed: "30" — Bắt buộc (line 1421)
    nang_cao = { mandatory, ">= 50%" },   -- seed: "50" — Bắt buộc (line 1423)
  },
  source   = [[
a= Tổng số trưởng thành có sử dụng dịch vụ công trực tuyến.
b= Tổng người dân trưởng thành
Tỷ lệ = a/b* 100%
Chuyển đổi số: Mục tiêu "30", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "50", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và truyền thông chủ trì. Văn phòng UBND tỉnh (Trung tâm PVHCC), Cục Thống kê tỉnh phối hợp",
}

-- The title counts adults ("dân số trưởng thành") but a and b (lines 1437-1438) count people of
-- working age: encoded as the method column says (it is how the data is to be collected).
indicator "III.6" {   -- seed lines 1430-1441
  "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa.",
  unit     = "%",
  a        = count "Số người dân trong độ tuổi lao động được tiếp cận nền tảng tư vấn sức khỏe từ xa như VOVBacsi24, Telehealth...)",
  b        = shared "dan_so_lao_dong",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 10%" },   -- seed: "10" — Mở rộng (line 1433)
    nang_cao = { mandatory, ">= 30%" },   -- seed: "30" — Bắt buộc (line 1435)
  },
  source   = [[
a= Số người dân trong độ tuổi lao động được tiếp cận nền tảng tư vấn sức khỏe từ xa như VOVBacsi24, Telehealth...)
b= Tổng số người dân trong độ tuổi lao động trên địa bàn xã.
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "10", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "30", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Y tế chủ trì. Cục Thống kê tỉnh phối hợp",
  note     = "Tên tiêu chí ghi \"dân số trưởng thành\" nhưng cách tính (a, b) dùng \"người dân trong độ tuổi lao động\"; áp dụng theo cách tính.",
}

indicator "III.7" {   -- seed lines 1442-1453
  "Tỷ lệ người dân có hồ sơ sức khỏe điện tử.",
  unit     = "%",
  a        = count "Tổng số người dân được lập hồ sơ sức khỏe điện tử",
  b        = count "Tổng số người dân trên địa bàn xã",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 70%" },   -- seed: "70" — Bắt buộc (line 1445)
    nang_cao = { mandatory, ">= 90%" },   -- seed: "90" — Bắt buộc (line 1447)
  },
  source   = [[
a= Tổng số người dân được lập hồ sơ sức khỏe điện tử;
b= Tổng số người dân trên địa bàn xã;
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "70", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "90", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Y tế chủ trì. Cục Thống kê tỉnh phối hợp",
}

indicator "III.8" {   -- seed lines 1454-1465
  "Tỷ lệ người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử.",
  unit     = "%",
  a        = count "Tổng số người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử",
  b        = shared "dan_so_truong_thanh",
  value    = "a / b",
  tiers    = {
    cds      = { mandatory, ">= 60%" },   -- seed: "60" — Bắt buộc (line 1457)
    nang_cao = { mandatory, ">= 80%" },   -- seed: "80" — Bắt buộc (line 1459)
  },
  source   = [[
a= Tổng số người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử
b= Tổng số người dân trong độ tuổi trưởng thành
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "60", Bắt buộc; Chuyển đổi số nâng cao: Mục tiêu "80", Bắt buộc.]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Công an tỉnh chủ trì. Cục Thống kê tỉnh phối hợp",
}

-- The seed gives ONE target/kind pair (line 1469) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
indicator "III.9" {   -- seed lines 1466-1472
  "Người dân kịp thời nhận thông tin và được hướng dẫn biện pháp ứng phó với biến đổi khí hậu qua kênh thông tin tuyên truyền ứng dụng công nghệ số.",
  unit     = "Nền tảng",
  co       = yesno "Người dân kịp thời nhận thông tin và được hướng dẫn biện pháp ứng phó với biến đổi khí hậu qua kênh thông tin tuyên truyền ứng dụng công nghệ số.",
  value    = "co",
  tiers    = {
    nang_cao = { extended, "yes" },   -- seed: "Có nền tảng" — Mở rộng (line 1469)
  },
  source   = [[
Mục tiêu "Có nền tảng", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Có nền tảng / Mở rộng\" (dòng 1469-1470; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "III.10" {   -- seed lines 1473-1484
  "Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có wifi kết nối internet cáp quang băng rộng và là nơi sinh hoạt cộng đồng có sử dụng công nghệ số.",
  unit     = "%",
  a        = count "Tổng nhà văn hóa tại thôn, bản, tổ dân phố có wifi kết nối internet cáp quang băng rộng",
  b        = count "Tổng số nhà văn hóa tại thôn, bản, tổ dân phố",
  value    = "a / b",
  tiers    = {
    cds      = { extended, ">= 40%" },   -- seed: "40" — Mở rộng (line 1476)
    nang_cao = { extended, ">= 80%" },   -- seed: "80" — Mở rộng (line 1478)
  },
  source   = [[
a= Tổng nhà văn hóa tại thôn, bản, tổ dân phố có wifi kết nối internet cáp quang băng rộng
b= Tổng số nhà văn hóa tại thôn, bản, tổ dân phố
Tỷ lệ = a/b*100%
Chuyển đổi số: Mục tiêu "40", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "80", Mở rộng.]],
  evidence = "Danh sách Nhà văn hóa thôn, bản, tổ dân phố có wifi.",
  agency   = "Sở Thông tin và Truyền thông",
}

-- The seed gives ONE target/kind pair (line 1488) and the flattened table does not say
-- which column it filled: read as the "Chuyển đổi số nâng cao" column, so this criterion
-- is not in the "cds" tier (header, interpretation 1).
-- "Tối thiểu 03 điểm phát" (line 1488): a count, at least 3.
indicator "III.11" {   -- seed lines 1485-1491
  "Có mạng wifi miễn phí ở các điểm công cộng (khu vực trung tâm xã, nơi sinh hoạt cộng đồng, điểm du lịch cộng đồng...).",
  unit     = "Điểm phát",
  diem_phat = count { "Số điểm công cộng có mạng wifi miễn phí", unit = "Điểm phát" },
  value    = "diem_phat",
  tiers    = {
    nang_cao = { extended, ">= 3" },   -- seed: "Tối thiểu 03 điểm phát" — Mở rộng (line 1488)
  },
  source   = [[
Mục tiêu "Tối thiểu 03 điểm phát", Mở rộng (một cặp ô duy nhất; đọc là cột Chuyển đổi số nâng cao).]],
  evidence = "Danh sách các điểm công cộng có mạng wifi miễn phí.",
  agency   = "Sở Thông tin và Truyền thông",
  note     = "Văn bản chỉ ghi một cặp \"Tối thiểu 03 điểm phát / Mở rộng\" (dòng 1488-1489; mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao; không thuộc mức Chuyển đổi số.",
}

indicator "III.12" {   -- seed lines 1492-1500
  "Trạm y tế có các trang thiết bị phục vụ tư vấn, khám chữa bệnh từ xa như: máy tính, đường truyền internet băng rộng, camera, loa...",
  unit     = "Hệ thống",
  co       = yesno "Trạm y tế có các trang thiết bị phục vụ tư vấn, khám chữa bệnh từ xa như: máy tính, đường truyền internet băng rộng, camera, loa...",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1495)
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1497)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Mở rộng.]],
  evidence = "Báo cáo về thông tin và hình ảnh tại Trạm y tế",
  agency   = "Sở Y tế",
}

indicator "III.13" {   -- seed lines 1501-1509
  "Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ Y tế.",
  unit     = "Hệ thống",
  co       = yesno "Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ Y tế.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1504)
    nang_cao = { extended, "yes" },   -- seed: "Có hệ thống" — Mở rộng (line 1506)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có hệ thống", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có hệ thống", Mở rộng.]],
  evidence = "Báo cáo tổng hợp số liệu (Có danh sách Trạm y tế triển khai hệ thống kèm theo)",
  agency   = "Sở Y tế",
  legal    = "Quyết định số 3532/QĐ-BYT ngày 12/8/2020 của Bộ Y tế",
}

indicator "III.14" {   -- seed lines 1510-1518
  "Có cơ sở giáo dục và đào tạo triển khai mô hình trường học chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT.",
  unit     = "Mô hình",
  co       = yesno "Có cơ sở giáo dục và đào tạo triển khai mô hình trường học chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT.",
  value    = "co",
  tiers    = {
    cds      = { extended, "yes" },   -- seed: "Có mô hình" — Mở rộng (line 1513)
    nang_cao = { mandatory, "yes" },   -- seed: "Có mô hình" — Bắt buộc (line 1515)
  },
  source   = [[
Chuyển đổi số: Mục tiêu "Có mô hình", Mở rộng; Chuyển đổi số nâng cao: Mục tiêu "Có mô hình", Bắt buộc.]],
  evidence = "Có danh sách thông tin các cơ sở giáo dục trên địa bàn triển khai mô hình",
  agency   = "Sở Giáo dục và Đào tạo",
  legal    = "Quyết định số 4725/QĐ-BGDĐT",
}
