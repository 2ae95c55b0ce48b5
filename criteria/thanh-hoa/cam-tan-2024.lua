extends "1829-2023-xa.lua"
-- =============================================================================
-- Cẩm Tân commune (Cẩm Thủy district, Thanh Hóa), 2024 — 1829/QĐ-UBND as the commune applies it
-- =============================================================================
--
-- Document   Công văn của UBND xã Cẩm Tân "V/v giao tham mưu thực hiện hoàn thành các Chỉ tiêu
--            và hồ sơ đề nghị công nhận xã hoàn thành Chỉ tiêu chuyển đổi số xã Cẩm Tân năm
--            2024", "Số: /UBND-VHTT", "Cẩm Tân, ngày tháng 6 năm 2024" (number and day left
--            blank in the seed), signed "T. ỦY BAN NHÂN DÂN, CHỦ TỊCH Nguyễn Văn Tuyên".
-- Seed       ../shared/seeds/004_29ddc68b533c367c.txt
--              lines 3-29     header, legal bases (QĐ 969/QĐ-UBND, Công văn 712 of the
--                             district, QĐ 1829/QĐ-UBND, Công văn 517/UBND-VHTT of 06/3/2024)
--              lines 31-424   per criterion: a) Yêu cầu chỉ tiêu (with the 2024 target),
--                             b) Hướng dẫn thực hiện, c) Thành phần hồ sơ chứng minh,
--                             d) Chủ trì tham mưu thực hiện
--              line  426      dossiers to Đ/c Hoàng Bích Hồng (công chức Văn hóa – Xã hội,
--                             phụ trách công tác Chuyển đổi số xã) "trước ngày 30/10/2024"
--              lines 439-949  Mẫu số 01 (self-assessment report, Phụ lục 01 table: TT, Tên
--                             chỉ tiêu, Đơn vị tính, Chỉ tiêu, Kết quả, Đánh giá, Tài liệu
--                             minh chứng, Ghi chú)
--              lines 951-1062 Mẫu số 02 (district appraisal, Phụ lục 02: "Kết quả tự đánh giá
--                             của UBND cấp xã" / "Kết quả thẩm định của UBND cấp huyện";
--                             conclusion "đã hoàn thành .../.... Chỉ tiêu ..., tỷ lệ đạt ..... %",
--                             line 988)
--              lines 1064-1100 Mẫu số 03 (opinion of the district steering-committee member)
--              lines 1102-1230 Mẫu 1.4, 2.5, 2.6, 3.3, 4.1, 4.5 (the lists the rates come from)
-- Encoded    the 37 criteria of 1829-2023-xa.lua, unchanged in text, unit and targets, with
--            for each: `responsible` (d) "Chủ trì tham mưu thực hiện"), `evidence` (c)
--            "Thành phần hồ sơ chứng minh", or the combined "Hướng dẫn thực hiện, thành phần hồ
--            sơ chứng minh"), and a `note` holding the commune's own wording of the
--            requirement (a)), its 2024 target, and its guidance (b)). The year is 2024
--            (`period = 2024`). The letter gives positions, not names, for the persons in
--            charge (except Đ/c Hoàng Bích Hồng, who collects the dossiers, line 426).
--
-- 2024 TARGETS: seed 004 states a 2024 target for 1.6, 1.10, 2.1-2.6, 3.1-3.12, 4.1 and 4.2
-- ("(năm 2024 là 75%)", "(đáp ứng)", "đạt 100%"). EVERY one equals the 2024 column of 1829
-- (quoted at each criterion). No target is changed, except 1.11, which the letter says is
-- not performed in 2024 (line 163) — 1829 already has "*" for 2024, so the amendment only
-- records the commune's statement.
--   4.8: the letter lists it (lines 420-424: requirement and person in charge, no guidance,
--   no evidence, no "không thực hiện"). 1829's row "Điểm | * | * | *" is read as not
--   assigned in 2024 (see 1829-2023-xa.lua). The letter is a task allocation, not a target:
--   it cannot assign what the decision does not, and it states no 2024 target for 4.8. Kept
--   not assigned (na) in 2024; the note says so. If the province confirms that 4.8 is assigned
--   in 2024, change the base script, not this one.
--
-- SEED DEFECTS (also in `docs/criteria.md`):
--   * 1.10 is numbered "1." (line 143) instead of "10.".
--   * 2.1's guidance and evidence (lines 173-181) are a copy of 1.10's (training of the
--     commune's own staff), not about businesses and residents.
--   * 3.10's guidance ends with, and its evidence is, "Danh sách dân số trưởng thành có điện
--     thoại thông minh (theo mẫu số 3.3)" (lines 323-325): copied from 3.4; the digital-
--     signature column of Mẫu 3.3 ("Có chữ ký số", line 1165) is what 3.10 needs.
--   * 3.12 has no c) (its person in charge is under "d)", line 345).
--   * Mẫu 01's title names "xã Cẩm Vân" (line 455), another commune: a copied template.
--   * Mẫu 2.5 computes "Tỷ lệ DNVVN sử dụng hợp đồng điện tử" over "Tổng số DNVVN" (lines
--     1135-1137), while 1829's 2.5 is "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử" (all
--     businesses). The base script follows 1829 (all businesses).
--   * Mẫu 4.1's two tables have their headings swapped (lines 1189-1195: the fibre-box list
--     has the mobile-network column and vice versa).
-- =============================================================================

decision "thanh-hoa/cam-tan-2024" {
  title    = "Giao tham mưu thực hiện hoàn thành các Chỉ tiêu và hồ sơ đề nghị công nhận xã hoàn thành Chỉ tiêu chuyển đổi số xã Cẩm Tân năm 2024",
  -- number: the seed leaves it blank ("Số: /UBND-VHTT", line 9): not given.
  issued   = "2024-06",
  province = "Thanh Hóa",
  issuer   = "Ủy ban nhân dân xã Cẩm Tân (huyện Cẩm Thủy)",
  level    = "xa",
  source   = "Quyết định số 1829/QĐ-UBND ngày 30/5/2023 (Phụ lục 01), theo Công văn của UBND xã Cẩm Tân tháng 6/2024",
  period   = 2024,
}

-- =============================================================================
-- THE LISTS (seed 004 lines 1102-1230, "A. CÁC MẪU BẢNG BIỂU")
-- =============================================================================
-- The commune keeps lists, and the rates come from them. Each list below gives the inputs of
-- 1829's criteria (declared in 1829-2023-xa.lua) for every unit that has rows in it; a unit
-- without rows keeps its dataset figures (docs/language.md, "List tables"). Files:
-- `<dataset>.<list>.csv` beside the dataset, or `--list can_bo=FILE`. Headings are the
-- forms' own. Each list has a `unit` column, as the dataset has two rows for Cẩm Tân
-- (self-assessment and the district's appraisal).
-- Mẫu 4.1 (fibre boxes, BTS stations) is not encoded: 4.1's input is a share of households
-- covered, which the form's two lists do not give (and their headings are swapped, line
-- 1189-1195).

list "can_bo" {                                                       -- lines 1108-1129
  "Mẫu 1.4. Danh sách cán bộ, công chức có máy tính và được cấp hộp thư điện tử công vụ",
  key = "stt", key_per_unit = true,   -- each commune numbers its rows from 1
  row_name = "ho_ten",
  columns = {
    stt         = count "STT",
    ho_ten      = text  "Họ tên",
    chuc_vu     = text  "Chức vụ",
    co_may_tinh = yesno "Có máy tính làm việc",
    hop_thu     = text  "Hộp thư điện tử công vụ (ghi địa chỉ hộp thư)",
    ghi_chu     = text  "Ghi chú",
  },
  inputs = {
    -- "Tổng số CBCC của cơ quan: .....người."
    tong_cbcc = count_rows(),
    -- "Tỷ lệ CBCC được cấp hộp thư điện tử công vụ/tổng số CBCC": the address column filled.
    ["1.4.a"] = count_where "has(hop_thu)",
    -- "Tỷ lệ CBCC có máy tính/tổng số CBCC" (criterion 4.3, evidence "Theo mẫu 1.4").
    ["4.3.a"] = count_where "co_may_tinh",
  },
}

list "doanh_nghiep" {                                                 -- lines 1131-1145
  "Mẫu 2.5. Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
  -- The form totals "Tổng số DNVVN" (small and medium only); 1829's 2.5 counts every
  -- enterprise, and so does this list (see the header).
  key = "tt", key_per_unit = true,   -- each commune numbers its rows from 1
  row_name = "ten",
  columns = {
    tt        = count "TT",
    ten       = text  "Tên doanh nghiệp",
    dien_thoai = text "Số điện thoại liên hệ",
    hddt      = yesno "Sử dụng hợp đồng điện tử",
    don_vi    = text  "Đơn vị cung cấp hợp đồng điện tử",
    ghi_chu   = text  "Ghi chú",
  },
  inputs = {
    ["2.5.b"] = count_rows(),
    ["2.5.a"] = count_where "hddt",
  },
}

list "dnvvn" {                                                        -- lines 1147-1159
  "Mẫu 2.6. Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  key = "tt", key_per_unit = true,   -- each commune numbers its rows from 1
  row_name = "ten",
  columns = {
    tt         = count "TT",
    ten        = text  "Tên doanh nghiệp",
    dien_thoai = text  "Số điện thoại liên hệ",
    nen_tang   = yesno "Sử dụng nền tảng số",
    -- Not in the form: which platforms (the guidance lists them, lines 223-225).
    nen_tang_nao = text "Nền tảng số sử dụng",
    ghi_chu    = text  "Ghi chú",
  },
  inputs = {
    ["2.6.b"] = count_rows(),
    ["2.6.a"] = count_where "nen_tang",
  },
}

list "dan_so" {                                                       -- lines 1161-1179
  "Mẫu 3.3. Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
  key = "tt", key_per_unit = true,   -- each commune numbers its rows from 1
  row_name = "ho_ten",
  columns = {
    tt         = count "TT",
    ho_ten     = text  "Họ và tên",
    dien_thoai = text  "Số điện thoại liên hệ",
    co_dttm    = yesno "Có điện thoại thông minh",
    co_pm_attt = yesno "Có cài đặt PM ATTT",
    co_cks     = yesno "Có chữ ký số",
    dung_dvc   = yesno "Có sử dụng dịch vụ công trực tuyến",
    ghi_chu    = text  "Ghi chú",
  },
  inputs = {
    -- "Tổng dân số trưởng thành": the list is of the adult residents.
    dan_so_truong_thanh = count_rows(),
    -- "Tỷ lệ dân số trưởng thành có điện thoại thông minh" (3.4)
    so_co_dttm = count_where "co_dttm",
    -- "Tỷ lệ thuê bao điện thoại thông minh được cài đặt phần mềm ATTT" (3.3): over the
    -- smartphone owners, so a security app counts only with a smartphone.
    ["3.3.a"] = count_where "co_dttm and co_pm_attt",
    -- "Tỷ lệ dân số trưởng thành có chữ ký số" (3.10; its evidence names this form, lines
    -- 323-325, though it copies 3.4's wording)
    ["3.10.a"] = count_where "co_cks",
    -- "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến" (3.11)
    ["3.11.a"] = count_where "dung_dvc",
  },
}

list "wifi" {                                                         -- lines 1207-1230
  "Mẫu 4.5. Danh sách các khu vực công cộng, điểm du lịch cộng đồng, ... có wifi công cộng trên địa bàn xã",
  key = "stt", key_per_unit = true,   -- each commune numbers its rows from 1
  row_name = "khu_vuc",
  columns = {
    stt     = count "STT",
    khu_vuc = text  "Khu vực/tên điểm du lịch cộng đồng",
    dia_chi = text  "Địa chỉ (Số nhà/thôn)",
    ghi_chu = text  "Ghi chú",
  },
  inputs = {
    -- "Tổng số điểm công cộng có wifi"
    ["4.5.so_diem_wifi"] = count_rows(),
  },
}

-- =============================================================================
-- I. CHỈ TIÊU CHÍNH QUYỀN SỐ (seed 004 line 31)
-- =============================================================================

amend "1.1" {                                                          -- lines 33-49
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Kế hoạch giai đoạn; Kế hoạch hàng năm. Báo cáo đánh giá tình hình triển khai thực hiện Kế hoạch.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829. Hướng dẫn thực hiện: Xây dựng và ban hành Kế hoạch giai đoạn và hàng năm tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số, trong đó xác định cụ thể các chỉ tiêu, mục tiêu và các nhiệm vụ để tổ chức triển khai thực hiện. Hàng năm, có báo cáo đánh giá tình hình triển khai thực hiện Kế hoạch, trong đó nêu rõ số chỉ tiêu đạt, chỉ tiêu chưa đạt, thuận lợi, khó khăn, nguyên nhân chưa đạt chỉ tiêu.",
}

amend "1.2" {                                                          -- lines 51-59
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Báo cáo hàng tháng của Sở Thông tin và Truyền thông về tình hình thực hiện Chỉ thị số 15/CT-UBND ngày 18/5/2020 của Chủ tịch UBND tỉnh.",
  -- Worded "UBND xã" where 1829 says "trên địa bàn cấp xã"; the target is the same (100 %).
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Lãnh đạo, cán bộ, công chức UBND xã chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử\" (Quyết định 1829: \"trên địa bàn cấp xã\"). Hướng dẫn thực hiện: 100% Lãnh đạo, cán bộ, công chức chỉ đạo, điều hành, xử lý công việc trên các hệ thống phần mềm dùng chung của tỉnh (thể hiện 100% các văn bản đến, văn bản phát hành, hồ sơ công việc (trừ văn bản, hồ sơ, tài liệu mật theo quy định) được trao đổi, xử lý, ký số trên các hệ thống phần mềm dùng chung của tỉnh).",
}

amend "1.3" {                                                          -- lines 61-69
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Báo cáo hàng tháng của Sở Thông tin và Truyền thông về tình hình thực hiện Chỉ thị số 15/CT-UBND ngày 18/5/2020 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829. Hướng dẫn thực hiện: 100% các văn bản đến, văn bản phát hành, hồ sơ công việc (trừ văn bản, hồ sơ, tài liệu mật theo quy định) được trao đổi, xử lý, ký số trên các hệ thống phần mềm dùng chung của tỉnh.",
}

amend "1.4" {                                                          -- lines 71-77
  responsible = "Công chức Văn phòng - Thống kê",
  -- "b) Hướng dẫn thực hiện, thành phần hồ sơ chứng minh:" (one item for both).
  evidence = "Thực hiện theo Công văn số 917/VP-CNTT ngày 12/6/2023 của Văn phòng UBND tỉnh về việc cung cấp biểu mẫu báo cáo kết quả, thẩm định, thẩm tra, công nhận hoàn thành Chỉ tiêu chuyển đổi số cấp xã về thư điện tử công vụ (Mẫu 1.4: Danh sách cán bộ, công chức có máy tính và được cấp hộp thư điện tử công vụ).",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829.",
}

amend "1.5" {                                                          -- lines 79-87
  responsible = "Công chức Văn phòng - Thống kê",
  evidence = "Thực hiện theo Công văn số 222/HCC-HCQT ngày 13/6/2023 của Trung tâm Phục vụ Hành chính công tỉnh về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả, thẩm định, thẩm tra công nhận hoàn thành Chỉ tiêu chuyển đổi số cấp xã.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829.",
}

amend "1.6" {                                                          -- lines 89-95
  responsible = "Công chức Văn phòng - Thống kê; Công chức Tư Pháp",
  evidence = "Thực hiện theo Công văn số 222/HCC-HCQT ngày 13/6/2023 của Trung tâm Phục vụ Hành chính công tỉnh về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả, thẩm định, thẩm tra công nhận hoàn thành Chỉ tiêu chuyển đổi số cấp xã.",
  -- Cẩm Tân "(năm 2024 là 75%)" = 1829 2024 "75%" (seed 000 line 245): unchanged.
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Chỉ tiêu hàng năm về tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến (năm 2024 là 75%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (75%).",
}

amend "1.7" {                                                          -- lines 97-105
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Liệt kê trong báo cáo các đường link đến các ứng dụng của cấp xã để giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Có ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...).\" (Quyết định 1829 không có chữ \"Có\"; ô chỉ tiêu để trống). Hướng dẫn thực hiện: Sử dụng các ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...).",
}

amend "1.8" {                                                          -- lines 107-119
  responsible = "công chức Văn phòng - Thống kê",
  evidence = "Liệt kê các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung. Báo cáo đánh giá tình hình sử dụng các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung từ Trung ương đến địa phương, có số liệu chứng minh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829. Hướng dẫn thực hiện: Triển khai thực hiện theo hướng dẫn sử dụng của các đơn vị chủ quản về các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung.",
}

amend "1.9" {                                                          -- lines 121-141
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Cung cấp địa chỉ trang thông tin điện tử của đơn vị. Cung cấp các văn bản: Quyết định thành lập Ban biên tập, Quy chế hoạt động. Thống kê tổng hợp tin, bài, hình ảnh, video đã đăng tải trên Trang thông tin điện tử.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829. Hướng dẫn thực hiện: Thực hiện cung cấp thông tin của cơ quan nhà nước trên môi trường mạng theo quy định tại Chương II Nghị định số 42/2022/NĐ-CP. Thực hiện bảo đảm hoạt động cung cấp thông tin của cơ quan nhà nước trên môi trường mạng theo quy định tại Chương IV Nghị định số 42/2022/NĐ-CP.",
}

amend "1.10" {                                                         -- lines 143-159 (numbered "1." in the seed)
  responsible = "Công chức Văn hóa - Xã hội và công chức Văn phòng - Thống kê",
  evidence = "Kế hoạch tổ chức tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan. Công văn triệu tập, cử cán bộ công chức tham gia các khóa đào tạo, các Hội nghị, lớp tập huấn; các hình ảnh, video, tài liệu minh chứng việc tổ chức thực hiện.",
  -- Cẩm Tân widens the wording ("người hoạt động không chuyên trách" instead of "người lao
  -- động") and states "(năm 2024 là 100%)" = 1829 2024 "100%" (seed 000 line 309). The
  -- input 1.10.b keeps 1829's wording; a commune following its own letter counts its
  -- non-specialised workers in b.
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ, công chức, người hoạt động không chuyên trách của cơ quan (năm 2024 là 100%).\" (Quyết định 1829: \"cán bộ công chức, người lao động của cơ quan\"; chỉ tiêu 2024: 100%, như nhau). Hướng dẫn thực hiện: Xây dựng kế hoạch tổ chức tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan. Tổ chức triển khai các hội nghị, lớp hoặc cử cán bộ công chức tham gia các khóa đào tạo, các Hội nghị, lớp tập huấn do các cơ quan có thẩm quyền triệu tập.",
}

amend "1.11" {                                                         -- lines 161-163
  -- "Triển khai các nền tảng công nghệ, ứng dụng phòng , chống dịch theo các hướng của bộ
  -- Y tế và Bộ TT và TT (Chỉ tiêu này năm 2024 không thực hiện)." 1829 already has "*" for
  -- 2024 (seed 000 line 327): same outcome, recorded as the commune states it.
  target = { [2024] = na },
  note = "Cẩm Tân: \"Triển khai các nền tảng công nghệ, ứng dụng phòng , chống dịch theo các hướng của bộ Y tế và Bộ TT và TT (Chỉ tiêu này năm 2024 không thực hiện).\" Quyết định 1829 cũng ghi \"*\" (không giao) cho năm 2024.",
}

-- =============================================================================
-- II. TIÊU CHÍ KINH TẾ SỐ (seed 004 line 165)
-- =============================================================================

amend "2.1" {                                                          -- lines 167-183
  responsible = "Công chức Văn hóa - Xã hội và công chức Văn phòng - Thống kê",
  -- DEFECT: the guidance and evidence below are 1.10's, word for word (staff training).
  evidence = "Kế hoạch tổ chức tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan. Công văn triệu tập, cử cán bộ công chức tham gia các khóa đào tạo, các Hội nghị, lớp tập huấn; các hình ảnh, video, tài liệu minh chứng việc tổ chức thực hiện.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 100%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%). Lưu ý: hướng dẫn thực hiện và hồ sơ chứng minh của văn bản Cẩm Tân chép nguyên của chỉ tiêu 1.10 (tập huấn cán bộ, công chức), không nói về doanh nghiệp, hộ kinh doanh, người dân.",
}

amend "2.2" {                                                          -- lines 185-191
  responsible = "Công chức Văn hóa - Xã hội (phụ trách công tác thông tin, tuyên truyền), công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường (phụ trách công tác nông nghiệp).",
  evidence = "Thực hiện theo Công văn số 2848/SNN&PTNT-QLCL ngày 13/6/2023 của Sở Nông nghiệp và Phát triển nông thôn về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 100%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%).",
}

amend "2.3" {                                                          -- lines 193-199
  responsible = "công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
  evidence = "Thực hiện theo Công văn số 1615/SCT-XNK ngày 14/6/2023 của Sở Công thương về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"... và các sàn thương mại điện tử khác đạt 100%\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%).",
}

amend "2.4" {                                                          -- lines 201-209
  responsible = "Công chức Văn hóa - Xã hội (phụ trách công tác thông tin, tuyên truyền), công chức Tài chính - Kế toán.",
  evidence = "Thực hiện theo Công văn số 797a/THH-NSKSNB ngày 13/6/2023 của Ngân hàng Nhà nước Việt Nam - Chi nhánh Thanh Hóa về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 70%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (70%).",
}

amend "2.5" {                                                          -- lines 211-217
  responsible = "công chức Tài chính - Kế toán phối hợp với VNPT Cẩm Thủy – Bá Thước",
  evidence = "Danh sách các doanh nghiệp trên địa bàn có sử dụng hợp đồng điện tử (theo mẫu số 2.5).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 70%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (70%). Lưu ý: Mẫu 2.5 tính tỷ lệ trên \"Tổng số DNVVN\", Quyết định 1829 tính trên doanh nghiệp; kịch bản theo Quyết định 1829.",
}

amend "2.6" {                                                          -- lines 219-227
  responsible = "công chức Tài chính - Kế toán phối hợp với chi cục thuế",
  evidence = "Danh sách doanh nghiệp nhỏ và vừa trên địa bàn, trong đó thể hiện cụ thể việc sử dụng các nền tảng số của các doanh nghiệp (theo mẫu số 2.6).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 60%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (60%). Hướng dẫn thực hiện: Các nền tảng số phục vụ sản xuất, kinh doanh, quản lý của các doanh nghiệp: Quản trị tổng hợp (Quản lý nhân sự, chấm công, tiền lương, Quản trị khách hàng,...), Kế toán, Thương mại điện tử, Hóa đơn điện tử, Chữ ký số, Hợp đồng điện tử, Sản xuất, Hạ tầng & quản lý thông tin, ...v.v.",
}

-- =============================================================================
-- III. TIÊU CHÍ XÃ HỘI SỐ (seed 004 line 229)
-- =============================================================================

amend "3.1" {                                                          -- lines 231-247
  responsible = "Công chức Văn hóa - Xã hội (phụ trách công tác thông tin, tuyên truyền).",
  evidence = "Kế hoạch tổ chức triển khai thực hiện. Tài liệu nội dung để thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản cho người dân.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 70%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (70%). Hướng dẫn thực hiện: Xây dựng kế hoạch tổ chức triển khai thực hiện. Đăng tải các bài tuyên truyền trên Trang TTĐT; phát trên hệ thống đài truyền thanh; qua các cuộc họp, hội nghị, hội thảo để thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản cho người dân trong độ tuổi lao động trên địa bàn.",
}

amend "3.2" {                                                          -- lines 249-255
  responsible = "Công chức Văn hóa - Xã hội (phụ trách công tác thông tin, tuyên truyền), công chức Tài chính - Kế toán.",
  evidence = "Thực hiện theo Công văn số 797a/THH-NSKSNB ngày 13/6/2023 của Ngân hàng Nhà nước Việt Nam - Chi nhánh Thanh Hóa về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 80%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (80%).",
}

amend "3.3" {                                                          -- lines 257-265
  responsible = "Các thành viên Ban chỉ đạo chuyển đổi số xã được phân công phụ trách thôn, các Tổ công nghệ số cộng đồng thôn.",
  evidence = "Danh sách thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản (theo mẫu số 3.3).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 65%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (65%). Hướng dẫn thực hiện: Thông tin, tuyên truyền, hướng dẫn, hỗ trợ người dân cài đặt, sử dụng các phần mềm an toàn thông tin mạng cơ bản trên điện thoại di động thông minh (Theo tài liệu hướng dẫn tại Công văn số 3097/BTTTT-THH ngày 29/7/2022 của Bộ TTTT về việc phổ cập kỹ năng số cộng đồng đến thành viên của Tổ công nghệ số cộng đồng và người dân; trong đó, có hướng dẫn cài đặt Ứng dụng C-mSafe).",
}

amend "3.4" {                                                          -- lines 267-275
  responsible = "Các thành viên Ban chỉ đạo chuyển đổi số xã được phân công phụ trách thôn, các Tổ công nghệ số cộng đồng thôn.",
  evidence = "Danh sách dân số trưởng thành có điện thoại thông minh (theo mẫu số 3.3).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 70%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (70%). Hướng dẫn thực hiện: Thông tin, tuyên truyền, khuyến khích người dân sử dụng điện thoại thông minh; rà soát, thống kê số lượng dân số trưởng thành có điện thoại thông minh.",
}

amend "3.5" {                                                          -- lines 277-283
  responsible = "Trạm Y tế xã.",
  evidence = "Thực hiện theo Công văn số 2579/SYT-VP ngày 21/6/2023 của Sở Y tế về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 100%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%).",
}

amend "3.6" {                                                          -- lines 285-291
  responsible = "Trạm Y tế xã.",
  evidence = "Thực hiện theo Công văn số 2579/SYT-VP ngày 21/6/2023 của Sở Y tế về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 20%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (20%).",
}

amend "3.7" {                                                          -- lines 293-299
  responsible = "Trường tiểu học và trường THCS Cẩm Tân.",
  evidence = "Thực hiện theo Công văn số 1908/SGDĐT-VP ngày 23/6/2023 của Sở Giáo dục và Đào tạo về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 100%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%).",
}

amend "3.8" {                                                          -- lines 301-307
  responsible = "Trường mầm non, tiểu học và trường THCS Cẩm Tân.",
  evidence = "Thực hiện theo Công văn số 1908/SGDĐT-VP ngày 23/6/2023 của Sở Giáo dục và Đào tạo và Công văn số 2559/SLĐT BXH-GDNN ngày 14/6/2023 của Sở Lao động, Thương binh và Xã hội về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 100%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%).",
}

amend "3.9" {                                                          -- lines 311-317
  responsible = "Công an xã.",
  evidence = "Thực hiện theo Công văn số 2705/CAT-PV01 ngày 30/8/2023 của Công an tỉnh về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Số lượng người dân có tài khoản định danh điện tử đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 100%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%). Tỷ lệ tính trên số người dân thuộc đối tượng được cấp tài khoản định danh điện tử (văn bản không nêu).",
}

amend "3.10" {                                                         -- lines 319-327
  responsible = "Các thành viên Ban chỉ đạo chuyển đổi số xã được phân công phụ trách thôn, các Tổ công nghệ số cộng đồng thôn.",
  -- DEFECT: the evidence is 3.4's list (smartphones), not a list of digital signatures.
  evidence = "Danh sách dân số trưởng thành có điện thoại thông minh (theo mẫu số 3.3).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 40%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (40%). Hướng dẫn thực hiện: Thông tin, tuyên truyền, khuyến khích, hỗ trợ độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân; phối hợp với các đơn vị cung cấp giải pháp trong việc cung cấp, cài đặt chữ ký số cho người dân; rà soát, thống kê số lượng dân số trưởng thành có điện thoại thông minh. Lưu ý: hồ sơ chứng minh ghi danh sách có điện thoại thông minh (chép từ 3.4); số người có chữ ký số lấy ở cột \"Có chữ ký số\" của Mẫu 3.3.",
}

amend "3.11" {                                                         -- lines 329-337
  responsible = "Công chức Văn phòng - Thống kê, công chức Tư pháp - Hộ tịch.",
  evidence = "Cung cấp danh sách thống kê số lượng dân số trưởng thành có sử dụng dịch vụ công trực tuyến (theo mẫu số 3.3).",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"... đạt theo các chỉ tiêu giao hàng năm (năm 2024 là 30%).\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (30%). Hướng dẫn thực hiện: Thông tin, tuyên truyền, khuyến khích, hỗ trợ, hướng dẫn người dân độ tuổi trưởng thành trở lên có sử dụng dịch vụ công trực tuyến.",
}

amend "3.12" {                                                         -- lines 339-345
  responsible = "Công chức Tài chính - Kế Toán (phối hợp với Bưu điện).",
  evidence = "Thực hiện theo Công văn số 1615/SCT-XNK ngày 14/6/2023 của Sở Công thương về việc cung cấp tài liệu hướng dẫn triển khai và các biểu mẫu báo cáo kết quả thực hiện Chỉ tiêu được giao tại số Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch UBND tỉnh.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 70%)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (70%).",
}

-- =============================================================================
-- IV. CHỈ TIÊU HẠ TẦNG SỐ (seed 004 line 347)
-- =============================================================================

amend "4.1" {                                                          -- lines 349-359
  responsible = "Công chức Văn hóa - Xã hội (phụ trách công tác thông tin, tuyên truyền).",
  evidence = "Danh sách các hộp cáp quang có xác nhận của các doanh nghiệp viễn thông; danh sách các trạm thông tin di động BTS trên địa bàn (Theo mẫu số 4.1).",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(năm 2024 là 100 %)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (100%). Hướng dẫn thực hiện: Tăng cường thông tin, tuyên truyền và hỗ trợ doanh nghiệp viễn thông rà soát triển khai xây dựng hạ tầng viễn thông tại các khu vực dân cư chưa có cáp quang, chưa được phủ sóng thông tin di động.",
}

amend "4.2" {                                                          -- lines 361-372
  responsible = "công chức Văn phòng - Thống kê.",
  evidence = "Quyết định phê duyệt cấp độ an toàn hệ thống thông tin mạng nội bộ. Hồ sơ, tài liệu chứng minh đã thực hiện phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829, \"(đáp ứng)\" — bằng chỉ tiêu năm 2024 của Quyết định 1829 (\"Đáp ứng\"). Hướng dẫn thực hiện: Triển khai thực hiện phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt.",
}

amend "4.3" {                                                          -- lines 374-380
  responsible = "Công chức Văn phòng - Thống kê.",
  evidence = "Danh sách cán bộ công chức có máy tính để phục vụ công tác (Theo mẫu 1.4).",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829 (100%).",
}

amend "4.4" {                                                          -- lines 382-390
  responsible = "Công chức Văn Phòng",
  evidence = "Báo cáo tình hình quản lý và sử dụng hệ thống Hội nghị truyền hình trực tuyến hằng năm.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829. Hướng dẫn thực hiện: Thực hiện theo Quy chế số 35/2021/QĐ-UBND ngày 27/12/2021 của UBND tỉnh về Ban hành Quy chế quản lý, vận hành và sử dụng hệ thống Hội nghị truyền hình trực tuyến trên địa bàn tỉnh Thanh Hóa.",
}

amend "4.5" {                                                          -- lines 392-400
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Danh sách điểm phát wifi công cộng (Theo mẫu 4.5).",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829.",
}

amend "4.6" {                                                          -- lines 402-408
  responsible = "Công an xã.",
  evidence = "Thực hiện theo hướng dẫn của ngành Công an.",
  note = "Yêu cầu chỉ tiêu theo Cẩm Tân: \"Có hệ thống Camera an ninh được kết nối đến UBND xã hoặc Công an xã để quản lý và giám sát.\" (Quyết định 1829 viết \"Camara\"; nội dung như nhau).",
}

amend "4.7" {                                                          -- lines 410-418
  responsible = "Công chức Văn hóa - Xã hội",
  evidence = "Hồ sơ, tài liệu liên quan chứng minh đài truyền thanh của đơn vị là Hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT.",
  note = "Yêu cầu chỉ tiêu như Quyết định 1829 (giao năm 2024). Hướng dẫn thực hiện: Thực hiện theo hướng dẫn tại Thông tư số 39/2020/TT-BTTTT ngày 24/11/2020 của Bộ Thông tin và Truyền thông quy định về quản lý đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông.",
}

amend "4.8" {                                                          -- lines 420-424
  responsible = "Công chức Văn hóa - Xã hội",
  -- The letter lists the requirement and the person in charge only. The target stays that
  -- of 1829 for 2024 ("*", not assigned: see the header).
  note = "Văn bản Cẩm Tân nêu yêu cầu chỉ tiêu (như Quyết định 1829) và người chủ trì, không có hướng dẫn, hồ sơ chứng minh, cũng không ghi \"không thực hiện\". Quyết định 1829 ghi \"*\" cho năm 2022-2024 (hiểu là chưa giao năm 2024): giữ không giao năm 2024.",
}
