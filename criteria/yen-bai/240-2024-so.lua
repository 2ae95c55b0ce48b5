-- =============================================================================
-- Yên Bái 240/QĐ-UBND, 06/02/2024 (by Hướng dẫn 02/HD-UBND, 10/06/2024) — departments
-- =============================================================================
--
-- Decision   Quyết định số 240/QĐ-UBND ngày 06/02/2024 của Chủ tịch Ủy ban nhân dân tỉnh
--            Yên Bái ban hành "Bộ tiêu chí đánh giá, công nhận sở, ban, ngành; huyện, thị xã,
--            thành phố; xã, phường, thị trấn đạt chuyển đổi số/chuyển đổi số nâng cao trên địa
--            bàn tỉnh Yên Bái giai đoạn 2023-2025", as set out for the departments by
--            Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của Ủy ban nhân dân tỉnh Yên Bái (signed
--            "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Ngô Hạnh Phúc"), Phụ lục, Biểu 04.
--            The criteria of 240/QĐ-UBND itself are not in the seeds: this script encodes them
--            as Biểu 04 of 02/HD-UBND restates them ("Thực hiện Quyết định 240/QĐ-UBND ...",
--            line 11).
-- Seed       ../shared/seeds/003_f6c59457de9cd5e6.txt (Yên Bái 02/HD-UBND)
--              lines 7-12     number, date, "Thực hiện Quyết định 240/QĐ-UBND ngày 06/02/2024"
--              line  15       recognition of departments (I.1.a): "được công nhận đạt chuyển đổi
--                             số/chuyển đổi số nâng cao khi đạt 100% đối với các tiêu chí bắt
--                             buộc tương ứng theo Bộ tiêu chí" (encoded: the two `recognition`s)
--              line  16       districts and communes also need "tối thiểu 30% tiêu chí mở rộng":
--                             NOT for departments (not encoded here)
--              line  23       procedure for departments (self-assessment by the department's
--                             steering committee, appraisal by the provincial council via Sở
--                             TT&TT): not encoded, it is procedure
--              lines 157-463  Biểu 04 "Hướng dẫn lấy số liệu, tài liệu kiểm chứng phục vụ đánh giá
--                             thẩm định công nhận sở, ban, ngành đạt chuyển đổi số/chuyển đổi số
--                             nâng cao": header 159-171, group I 172-324, group II 325-426,
--                             group III 427-463
--              line  1519-20  footnotes [1], [2]: they belong to the DISTRICT table (markers at
--                             lines 531 and 567), not to this one; nothing amended here
-- Encoded    3 groups, 27 criteria (I.1-I.15, II.1-II.8, III.1-III.4), each with its text, unit
--            (Đơn vị tính), target and kind per tier (Mục tiêu, Bắt buộc/Mở rộng), the seed's
--            method (Cách lấy số liệu, phương pháp tính) as `source`, evidence (Tài liệu kiểm
--            chứng), the appraising agency (Cơ quan chủ trì, phối hợp thẩm định) and, where the
--            criterion's text cites one, its legal basis. Two tiers (contexts), two
--            recognitions.
--
-- COUNTS: the seed states no count of department criteria. Table: group I 15 rows, group II
--   8, group III 4 = 27. Every criterion of Biểu 04 is "Bắt buộc": there is NO "Mở rộng"
--   (extended) department criterion (grep "Mở rộng" finds none between lines 172 and 463),
--   which agrees with line 15 asking departments for the mandatory criteria only.
--   Tier "cds": 23 criteria, all mandatory. Tier "nang_cao": 27 criteria, all mandatory.
--
-- INTERPRETATIONS (each also commented at its criterion, quoting the seed):
--   * ONE-TIER ROWS. The table has two target columns per row (line 166 "Chuyển đổi số",
--     line 167 "Chuyển đổi số nâng cao", each "Mục tiêu" + "Bắt buộc/ Mở rộng"). The seed is
--     the table flattened one cell per line with EMPTY CELLS DROPPED, so four rows have one
--     (target, kind) pair and the text does not say which column it was in:
--       I.5  "5.000 / Bắt buộc"  (lines 215-216)   I.15  "Có / Bắt buộc"  (321-322)
--       II.7 "50 / Bắt buộc"     (lines 406-407)   III.3 "Có / Bắt buộc"  (450-451)
--     Chosen: the "Chuyển đổi số nâng cao" column for all four (absent from tier cds). Why:
--     (1) "nâng cao" (advanced) is the higher recognition; in every two-column row of this
--     table its target is at least the cds one (80/100, 60/80, 30/50, 90/100 ...) and the
--     kind is the same, so a department at nâng cao meets every cds criterion — a row present
--     only under cds would break that; (2) the district table of the same document gives the
--     virtual assistant (line 612, district II.11, the counterpart of I.15) as "Mở rộng" under
--     cds and "Bắt buộc" under nâng cao: Bắt buộc belongs to nâng cao. This is a SEED DEFECT
--     (lost column information), recorded in `docs/criteria.md`.
--   * Yes/no rows: the target "Có" (unit "Có/Không", "Chương trình/ Kế hoạch", "Trang TTĐT",
--     "Nền tảng") -> a yes/no input, target "yes".
--   * Rate rows: "Tỷ lệ = a/b* 100%" with unit "%" and "Mục tiêu" N -> value a / b, met when
--     a / b >= N % (a target is a level to reach; I.5 and II.7 say so: "đạt tối thiểu").
--     b = 0 has no rule in the seed -> undefined, reported (no rule invented). a > b is a data
--     error the seed does not foresee; it is not capped (a value has no maximum).
--   * II.1-II.8 all have "b = Tổng số công chức của cơ quan": one shared input `cong_chuc`.
--   * I.5 "5.000" is five thousand (Vietnamese thousands separator) -> 5000; "đạt tối thiểu"
--     -> value >= 5000.
--   * Recognition (line 15) per tier: "đạt 100% đối với các tiêu chí bắt buộc" ->
--     all_met('mandatory'): a department that fails one mandatory criterion is not recognised
--     even when another is blank. The extended criteria play no part for departments (and
--     there are none).
--
-- TEXT: criterion texts, units, evidence and agencies are verbatim from Biểu 04, except:
--   double spaces left by the flattening are single; II.3's "được được" is "được" (noted at
--   the criterion). `source` quotes the seed's method cell and `evidence` its evidence cell
--   verbatim, typos included (II.3 "công được được" and "văn bản cừ tham gia"; I.13's
--   unclosed parenthesis). An agency cell of two lines is
--   one line: "X chủ trì." + "Sở Nội vụ phối hợp" -> "X chủ trì. Sở Nội vụ phối hợp" (as II.5
--   writes it), II.1's "... chủ trì (...)" + "Sở Nội vụ phối hợp" joined with "; ". Evidence
--   cells of several lines keep their lines (I.3, III.4).
-- =============================================================================

decision "yen-bai/240-2024-so" {
  title    = "Bộ tiêu chí đánh giá, công nhận sở, ban, ngành đạt chuyển đổi số/chuyển đổi số nâng cao trên địa bàn tỉnh Yên Bái giai đoạn 2023-2025",
  number   = "240/QĐ-UBND",
  issued   = "2024-02-06",
  province = "Yên Bái",
  issuer   = "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
  level    = "so",
  source   = "Hướng dẫn số 02/HD-UBND ngày 10/6/2024 của Ủy ban nhân dân tỉnh Yên Bái, Phụ lục, Biểu 04 (sở, ban, ngành)",
  note     = "Tiêu chí của Quyết định 240/QĐ-UBND ngày 06/02/2024 theo Biểu 04 của Hướng dẫn 02/HD-UBND ngày 10/6/2024 (trình tự, thủ tục, hồ sơ xét, công nhận). Bốn tiêu chí chỉ có một cặp Mục tiêu/Bắt buộc (I.5, I.15, II.7, III.3): được hiểu là thuộc mức Chuyển đổi số nâng cao.",
}

contexts { tiers = { { "cds", "Chuyển đổi số" }, { "nang_cao", "Chuyển đổi số nâng cao" } } }

inputs {
  -- "b = Tổng số công chức của cơ quan" of II.1, II.2, II.3, II.4, II.5, II.6, II.7, II.8
  -- (lines 335, 348, 361, 374, 387, 399, 409, 422): one figure, reported once.
  cong_chuc = count { "Tổng số công chức của cơ quan", unit = "Công chức" },
}

-- Recognition, line 15: "a) Đối với các sở, ban, ngành được công nhận đạt chuyển đổi
-- số/chuyển đổi số nâng cao khi đạt 100% đối với các tiêu chí bắt buộc tương ứng theo Bộ tiêu
-- chí." ("tương ứng": the mandatory criteria of the tier applied for.) Unlike districts and
-- communes (line 16) no share of extended criteria is required.
recognition "dat_cds" { "Đạt chuyển đổi số", tier = "cds",
  rule = "all_met('mandatory')",
  source = "Đối với các sở, ban, ngành được công nhận đạt chuyển đổi số/chuyển đổi số nâng cao khi đạt 100% đối với các tiêu chí bắt buộc tương ứng theo Bộ tiêu chí.",
}

recognition "dat_nang_cao" { "Đạt chuyển đổi số nâng cao", tier = "nang_cao",
  rule = "all_met('mandatory')",
  source = "Đối với các sở, ban, ngành được công nhận đạt chuyển đổi số/chuyển đổi số nâng cao khi đạt 100% đối với các tiêu chí bắt buộc tương ứng theo Bộ tiêu chí.",
}

-- =============================================================================
group "I" { "Chuyển đổi số phục vụ công tác chỉ đạo, điều hành, quản trị và hoạt động chuyên môn" }
-- =============================================================================

indicator "I.1" {   -- lines 174-182
  "Người đứng đầu cơ quan là Trưởng Ban Chỉ đạo chuyển đổi số",
  unit = "Có/Không",
  thu_truong_la_truong_ban = yesno "Người đứng đầu cơ quan là Trưởng Ban Chỉ đạo chuyển đổi số",
  value = "thu_truong_la_truong_ban",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },   -- "Có Bắt buộc Có Bắt buộc"
  evidence = "Quyết định thành lập/kiện toàn Ban Chỉ đạo Chuyển đổi số",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.2" {   -- lines 183-191
  "Xây dựng chương trình, kế hoạch chuyển đổi số hàng năm",
  unit = "Chương trình/ Kế hoạch",
  co_ke_hoach = yesno "Đã xây dựng chương trình, kế hoạch chuyển đổi số năm",
  value = "co_ke_hoach",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = "Chương trình, Kế hoạch chuyển đổi số năm",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.3" {   -- lines 192-202
  "Thành lập và duy trì hoạt động Câu lạc bộ chuyển đổi số",
  unit = "Có/Không",
  co_clb = yesno "Đã thành lập và duy trì hoạt động Câu lạc bộ chuyển đổi số",
  value = "co_clb",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = [[
- Quyết định thành lập/kiện toàn.
- Kế hoạch hoạt động.
- Báo cáo kết quả hoạt động của Câu lạc bộ.]],
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.4" {   -- lines 203-211
  "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định 42/2022/NĐ-CP ngày 24/06/2022 của Chính phủ, có chuyên mục riêng về chuyển đổi số",
  unit = "Trang TTĐT",
  dat_yeu_cau = yesno "Trang thông tin điện tử cung cấp đầy đủ thông tin theo Nghị định 42/2022/NĐ-CP và có chuyên mục riêng về chuyển đổi số",
  value = "dat_yeu_cau",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = "Báo cáo tổng hợp thông tin về trang theo các tiêu chí Nghị định 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ, có chuyên mục riêng về chuyển đổi số (Có hình ảnh kèm theo)",
  agency = "Sở Thông tin và Truyền thông",
  legal = "Nghị định 42/2022/NĐ-CP ngày 24/06/2022 của Chính phủ",
}

indicator "I.5" {   -- lines 212-218
  "Có kênh tương tác 2 chiều với người dân, doanh nghiệp thông qua mạng xã hội, có lượng người quan tâm, theo dõi đạt tối thiểu",
  unit = "Lượng người theo dõi",
  nguoi_theo_doi = count { "Lượng người quan tâm, theo dõi kênh tương tác 2 chiều trên mạng xã hội", unit = "Người" },
  value = "nguoi_theo_doi",
  -- Seed: one pair only, "5.000" "Bắt buộc" (lines 215-216): the column is lost. Read as the
  -- "Chuyển đổi số nâng cao" column (see the header); absent from tier cds.
  -- "5.000" = five thousand; "đạt tối thiểu" -> at least 5000.
  tiers = { nang_cao = { mandatory, ">= 5000" } },
  evidence = "Đường dẫn Fanpage trên nền tảng mạng xã hội (Facebook, Zalo, TikTok, Youtube, Instagram....)",
  agency = "Sở Thông tin và Truyền thông",
  note = "Văn bản chỉ ghi một cặp \"5.000 / Bắt buộc\" (mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao. 5.000 = năm nghìn người theo dõi, tối thiểu.",
}

indicator "I.6" {   -- lines 219-230
  "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình",
  unit = "%",
  a = count "Số lượng dịch vụ công trực tuyến toàn trình",
  b = count "Tổng số dịch vụ công đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 80%" }, nang_cao = { mandatory, ">= 100%" } },   -- "80 Bắt buộc 100 Bắt buộc"
  source = [[
a = Số lượng dịch vụ công trực tuyến toàn trình
b = Tổng số dịch vụ công đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.7" {   -- lines 231-242
  "Tỷ lệ hồ sơ thủ tục hành chính được người dân, doanh nghiệp thực hiện trực tuyến trên Cổng dịch vụ công",
  unit = "%",
  a = count "Tổng số hồ sơ TTHC (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện trực tuyến (không sử dụng bản giấy)",
  b = count "Tổng số hồ sơ TTHC trực tuyến (trực tuyến toàn trình và một phần) của sở, ban, ngành được người dân, doanh nghiệp thực hiện cả bằng hình thức trực tuyến và trực tiếp",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 60%" }, nang_cao = { mandatory, ">= 80%" } },   -- "60 Bắt buộc 80 Bắt buộc"
  source = [[
a = Tổng số hồ sơ TTHC (trực tuyến toàn trình và một phần) được người dân, doanh nghiệp thực hiện trực tuyến (không sử dụng bản giấy)
b = Tổng số hồ sơ TTHC trực tuyến (trực tuyến toàn trình và một phần) của sở, ban, ngành được người dân, doanh nghiệp thực hiện cả bằng hình thức trực tuyến và trực tiếp.
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Sở Thông tin và truyền thông chủ trì; Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công) phối hợp",
}

indicator "I.8" {   -- lines 243-254
  "Tỷ lệ văn bản đi được thực hiện dưới dạng điện tử, được ký số chuyên dùng trực tiếp bởi lãnh đạo (trừ văn bản mật theo quy định)",
  unit = "%",
  a = count "Số văn bản đi (trừ văn bản mật theo quy định) được thực hiện dưới dạng điện tử, được ký số chuyên dùng trực tiếp bởi lãnh đạo",
  b = count "Tổng số văn bản đi (trừ văn bản mật theo quy định)",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 100%" }, nang_cao = { mandatory, ">= 100%" } },  -- "100 Bắt buộc 100 Bắt buộc"
  source = [[
a = Số văn bản đi (trừ văn bản mật theo quy định) được thực hiện dưới dạng điện tử, được ký số chuyên dùng trực tiếp bởi lãnh đạo
b = Tổng số văn bản đi (trừ văn bản mật theo quy định)
Tỷ lệ =a/b*100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Văn phòng UBND tỉnh (Trung tâm Điều hành thông minh tỉnh)",
}

indicator "I.9" {   -- lines 255-264
  "Có ít nhất một cơ sở dữ liệu chuyên môn, nghiệp vụ được cập nhật thông tin, dữ liệu, khai thác sử dụng thường xuyên",
  unit = "Có/Không",
  co_csdl = yesno "Có ít nhất một cơ sở dữ liệu chuyên môn, nghiệp vụ được cập nhật, khai thác sử dụng thường xuyên",
  value = "co_csdl",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  source = "Các sở, ban, ngành có triển khai, ứng dụng ít nhất một cơ sở dữ liệu chuyên môn nghiệp vụ; thông tin, dữ liệu thường xuyên được cập nhật, khai thác sử dụng",
  evidence = "Đường dẫn nền tảng; Báo cáo kết quả khai thác, sử dụng nền tảng (có hình ảnh chụp kết quả sử dụng các chức năng nền tảng)",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.10" {  -- lines 265-274
  "Ứng dụng nền tảng số trong quản trị công việc nội bộ của cơ quan",
  unit = "Có/Không",
  co_nen_tang = yesno "Có triển khai nền tảng số quản trị công việc nội bộ",
  value = "co_nen_tang",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  source = "Các sở, ban, ngành có triển khai nền tảng quản trị công việc nội bộ.",
  evidence = "Đường dẫn nền tảng; Báo cáo kết quả khai thác, sử dụng nền tảng (có hình ảnh chụp kết quả sử dụng các chức năng nền tảng)",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.11" {  -- lines 275-286
  "Tỷ lệ các cuộc sinh hoạt thường kỳ trên nền tảng số \"Sổ tay đảng viên điện tử tỉnh Yên Bái\"",
  unit = "%",
  a = count "Tổng số các cuộc sinh hoạt thường kỳ được thực hiện trên nền tảng số \"Sổ tay đảng viên điện tử tỉnh Yên Bái\"",
  b = count "Tổng số các cuộc sinh hoạt thường kỳ được tổ chức định kỳ theo quy định",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 100%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số các cuộc sinh hoạt thường kỳ được thực hiện trên nền tảng số "Sổ tay đảng viên điện tử tỉnh Yên Bái"
b = Tổng số các cuộc sinh hoạt thường kỳ được tổ chức định kỳ theo quy định
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp (có hình ảnh chụp kết quả các kỳ tổ chức sinh hoạt trên nền tảng)",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.12" {  -- lines 287-296
  "Ứng dụng nền tảng số quản lý cuộc họp",
  unit = "Có/Không",
  co_nen_tang = yesno "Có triển khai nền tảng, ứng dụng phục vụ các cuộc họp của cơ quan",
  value = "co_nen_tang",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  source = "Các sở, ban, ngành có triển khai, nền tảng, ứng dụng phục vụ các cuộc họp của cơ quan.",
  evidence = "Đường dẫn nền tảng; Báo cáo kết quả khai thác, sử dụng nền tảng (có hình ảnh chụp kết quả sử dụng các chức năng nền tảng)",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.13" {  -- lines 297-308
  "Tỷ lệ các cuộc họp do cơ quan chủ trì được thực hiện bằng hình thức trực tuyến, trực tiếp kết hợp trực tuyến",
  unit = "%",
  a = count "Tổng số các cuộc họp của cơ quan được tổ chức bằng hình thức trực tuyến/trực tiếp kết hợp trực tuyến",
  b = count "Tổng số các cuộc họp của cơ quan (bao gồm các hình thức trực tiếp, trực tuyến, trực tiếp kết hợp trực tuyến)",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 30%" }, nang_cao = { mandatory, ">= 50%" } },   -- "30 Bắt buộc 50 Bắt buộc"
  source = [[
a = Tổng số các cuộc họp của cơ quan được tổ chức bằng hình thức trực tuyến/trực tiếp kết hợp trực tuyến
b = Tổng số các cuộc họp của cơ quan (bao gồm các hình thức trực tiếp, trực tuyến, trực tiếp kết hợp trực tuyến
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp (Có hình ảnh chụp các văn bản, giấy mời...)",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.14" {  -- lines 309-317
  "Cơ quan có giao nhiệm vụ cho cán bộ, công chức hoặc viên chức có trình độ công nghệ thông tin phụ trách công tác chuyển đổi số",
  unit = "Có/Không",
  co_giao_nhiem_vu = yesno "Đã giao nhiệm vụ cho cán bộ, công chức hoặc viên chức có trình độ công nghệ thông tin phụ trách công tác chuyển đổi số",
  value = "co_giao_nhiem_vu",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = "Quyết định hoặc văn bản giao nhiệm vụ cho cán bộ, công chức, viên chức có trình độ công nghệ thông tin phụ trách công tác chuyển đổi số.",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "I.15" {  -- lines 318-324
  "Ứng dụng nền tảng số trợ lý ảo hỗ trợ hoạt động chuyên môn của công chức",
  unit = "Nền tảng",
  co_tro_ly_ao = yesno "Có ứng dụng nền tảng số trợ lý ảo hỗ trợ hoạt động chuyên môn của công chức",
  value = "co_tro_ly_ao",
  -- Seed: one pair only, "Có" "Bắt buộc" (lines 321-322). Read as the "Chuyển đổi số nâng
  -- cao" column: the district counterpart (II.11, lines 612-617) is "Có Mở rộng Có Bắt buộc",
  -- mandatory only at nâng cao.
  tiers = { nang_cao = { mandatory, "yes" } },
  evidence = "Báo cáo số liệu tổng hợp (Có hình ảnh sử dụng nền tảng)",
  agency = "Sở Thông tin và Truyền thông",
  note = "Văn bản chỉ ghi một cặp \"Có / Bắt buộc\" (mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao.",
}

-- =============================================================================
group "II" { "Chuyển đổi số trong công chức" }
-- =============================================================================

indicator "II.1" {  -- lines 327-339
  "Tỷ lệ công chức tạo lập hồ sơ công việc trên hệ thống quản lý văn bản và điều hành tác nghiệp của tỉnh",
  unit = "%",
  a = count "Tổng số công chức tạo lập hồ sơ công việc trên hệ thống quản lý văn bản và điều hành tác nghiệp của tỉnh",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 80%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức tạo lập hồ sơ công việc trên hệ thống quản lý văn bản và điều hành tác nghiệp của tỉnh
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b*100%]],
  evidence = "Báo cáo số liệu tổng hợp (Có hình ảnh minh chứng kết quả tạo lập hồ sơ công việc của công chức)",
  agency = "Văn phòng UBND tỉnh chủ trì (Trung tâm Điều hành thông minh tỉnh); Sở Nội vụ phối hợp",
}

indicator "II.2" {  -- lines 340-352
  "Tỷ lệ công chức được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc đáp ứng yêu cầu Chỉ thị 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
  unit = "%",
  a = count "Tổng số công chức được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 90%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  legal = "Chỉ thị 14/CT-TTg ngày 25/5/2018 của Thủ tướng Chính phủ",
}

indicator "II.3" {  -- lines 353-365
  -- Seed: "Tỷ lệ công chức được được tập huấn, ..." (line 354): the doubled "được" is a typo.
  "Tỷ lệ công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản",
  unit = "%",
  a = count "Tổng số công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 80%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công được được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp (Có các văn bản cừ tham gia, giấy mời, giấy triệu tập, kế hoạch tổ chức...)",
  agency = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  note = "Sửa lỗi chính tả của văn bản: \"được được\" thành \"được\" (tên tiêu chí). Nguồn trích nguyên văn (\"công được được\", \"cừ\").",
}

indicator "II.4" {  -- lines 366-378
  "Tỷ lệ công chức có điện thoại thông minh, kết nối Internet, được cấp mã định danh và xác thực điện tử mức độ 2 trên nền tảng VNeID",
  unit = "%",
  a = count "Tổng số công chức có điện thoại thông minh, kết nối Internet, được cấp mã định danh và xác thực điện tử mức độ 2 trên nền tảng VNeID",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 100%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức có điện thoại thông minh, kết nối Internet, được cấp mã định danh và xác thực điện tử mức độ 2 trên nền tảng VNeID.
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency = "Công an tỉnh chủ trì. Sở Nội vụ phối hợp",
}

indicator "II.5" {  -- lines 379-390
  "Tỷ lệ công chức thực hiện thanh toán không dùng tiền mặt định kỳ đối với đảng phí, công đoàn phí và các hoạt động khác có phương thức thanh toán không dùng tiền mặt",
  unit = "%",
  a = count "Tổng số công chức sử dụng các phương thức thanh toán điện tử, không dùng tiền mặt",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 100%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức sử dụng các phương thức thanh toán điện tử, không dùng tiền mặt.
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo số liệu tổng hợp",
  agency = "Ngân hàng nhà nước chi nhánh Yên Bái chủ trì. Sở Nội vụ phối hợp",
}

indicator "II.6" {  -- lines 391-402
  "Tỷ lệ hồ sơ công chức được tạo lập, xác thực, cập nhật lưu trữ trên kho dữ liệu số và được chia sẻ sử dụng giữa các cơ quan nhà nước phục vụ công tác quản lý tổ chức cán bộ",
  unit = "%",
  a = count "Tổng số công chức được tạo lập, xác thực, cập nhật lưu trữ trên kho dữ liệu số thông qua nền tảng quản lý tổ chức cán bộ",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 90%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức được tạo lập, xác thực, cập nhật lưu trữ trên kho dữ liệu số thông qua nền tảng quản lý tổ chức cán bộ
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Sở Nội vụ",
}

indicator "II.7" {  -- lines 403-413
  "Tỷ lệ công chức có máy tính xách tay hoặc máy tính bảng phục vụ công việc đạt tối thiểu",
  unit = "%",
  a = count "Tổng số công chức có máy tính xách tay hoặc máy tính bảng",
  b = shared "cong_chuc",
  value = "a / b",
  -- Seed: one pair only, "50" "Bắt buộc" (lines 406-407). Read as the "Chuyển đổi số nâng
  -- cao" column (see the header); "đạt tối thiểu" -> at least 50 %.
  tiers = { nang_cao = { mandatory, ">= 50%" } },
  source = [[
a = Tổng số công chức có máy tính xách tay hoặc máy tính bảng
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  note = "Văn bản chỉ ghi một cặp \"50 / Bắt buộc\" (mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao.",
}

indicator "II.8" {  -- lines 414-426
  "Tỷ lệ công chức đảm bảo điều kiện là công dân số theo Quyết định số 590/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh",
  unit = "%",
  a = count "Tổng số công chức bảo đảm hoàn thành 11 tiêu chí theo Quyết định số 590/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh",
  b = shared "cong_chuc",
  value = "a / b",
  tiers = { cds = { mandatory, ">= 90%" }, nang_cao = { mandatory, ">= 100%" } },
  source = [[
a = Tổng số công chức bảo đảm hoàn thành 11 tiêu chí theo Quyết định số 590/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh
b = Tổng số công chức của cơ quan
Tỷ lệ = a/b* 100%]],
  evidence = "Báo cáo tổng hợp số liệu",
  agency = "Sở Thông tin và Truyền thông chủ trì. Sở Nội vụ phối hợp",
  legal = "Quyết định số 590/QĐ-UBND ngày 20/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh Yên Bái",
}

-- =============================================================================
group "III" { "Hạ tầng và an toàn thông tin phục vụ chuyển đổi số" }
-- =============================================================================

indicator "III.1" { -- lines 429-437
  "Hệ thống thông tin của cơ quan được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  unit = "Có/Không",
  da_phe_duyet = yesno "Hệ thống thông tin của cơ quan đã được phê duyệt cấp độ an toàn thông tin mạng",
  value = "da_phe_duyet",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = "Quyết định phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
  agency = "Sở Thông tin và Truyền thông",
  legal = "Nghị định số 85/2016/NĐ-CP của Chính phủ",
}

indicator "III.2" { -- lines 438-446
  "Hệ thống thông tin của cơ quan được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
  unit = "Có/Không",
  da_trien_khai = yesno "Hệ thống thông tin của cơ quan đã được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ cấp độ đã được phê duyệt",
  value = "da_trien_khai",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency = "Sở Thông tin và Truyền thông",
}

indicator "III.3" { -- lines 447-453
  "Hệ thống thông tin của cơ quan được kiểm tra, đánh giá an toàn thông tin (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  unit = "Có/Không",
  da_kiem_tra = yesno "Hệ thống thông tin của cơ quan đã được kiểm tra, đánh giá an toàn thông tin (trong 02 năm)",
  value = "da_kiem_tra",
  -- Seed: one pair only, "Có" "Bắt buộc" (lines 450-451). Read as the "Chuyển đổi số nâng
  -- cao" column (see the header). "01 lần kiểm tra, đánh giá được tính cho 02 năm": a check
  -- in the previous year counts -> the input asks whether one was made in the two years.
  tiers = { nang_cao = { mandatory, "yes" } },
  evidence = "Báo cáo kiểm tra đánh giá hệ thống an toàn thông tin của cơ quan/đơn vị có chức năng, thẩm quyền.",
  agency = "Sở Thông tin và Truyền thông",
  note = "Văn bản chỉ ghi một cặp \"Có / Bắt buộc\" (mất cột khi chuyển bảng): hiểu là mục tiêu của mức Chuyển đổi số nâng cao.",
}

indicator "III.4" { -- lines 454-463
  "Tham gia đầy đủ các lớp đào tạo, tập huấn, các cuộc diễn tập an toàn thông tin do tỉnh tổ chức",
  unit = "Có/Không",
  tham_gia_day_du = yesno "Cơ quan tham gia đầy đủ các lớp đào tạo, tập huấn, các cuộc diễn tập an toàn thông tin do tỉnh tổ chức",
  value = "tham_gia_day_du",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  evidence = [[
Văn bản cử công chức tham gia;
Báo cáo số liệu tổng hợp]],
  agency = "Sở Thông tin và Truyền thông",
}
