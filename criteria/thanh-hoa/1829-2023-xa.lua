-- =============================================================================
-- Thanh Hóa 1829/QĐ-UBND, 30/05/2023 — digital-transformation criteria for communes
-- =============================================================================
--
-- Decision   Quyết định số 1829/QĐ-UBND ngày 30/5/2023 của Chủ tịch Ủy ban nhân dân tỉnh
--            Thanh Hóa "Về việc ban hành các tiêu chí chuyển đổi số cấp xã đến năm 2025 trên
--            địa bàn tỉnh Thanh Hóa" (signed "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Mai Xuân Liêm").
-- Seed       ../shared/seeds/000_863320d33cfbb4b6.txt. The web page holds the document
--            twice (lines 14-815 and 816-1615, identical text); the FIRST copy is used and
--            cited:
--              lines 26-28    number and date
--              lines 36-58    legal bases (căn cứ), among them QĐ 969/QĐ-UBND (communes
--                             assigned per year) and QĐ 3853/QĐ-UBND (the ranking index)
--              lines 62-64    Điều 1: the criteria (Phụ lục 01)
--              lines 66-70    Điều 2: the recognition rule (encoded: recognition "hoan_thanh")
--              lines 72-74    Điều 3 -> Phụ lục 02 (procedure, not encoded: see below)
--              lines 128-771  Phụ lục 01: the table of criteria, columns (lines 133-149)
--                             TT | Tên chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Năm 2024 |
--                             Năm 2025 | Đơn vị chủ trì hướng dẫn, đôn đốc hoàn thành chỉ
--                             tiêu | Ghi chú
--              lines 773-814  Phụ lục 02: dossier and procedure (self-assessment by the
--                             commune, appraisal by the district, opinion of the provincial
--                             steering-committee member, verification by Sở TTTT,
--                             recognition by the Chairman of the provincial People's
--                             Committee). Not encoded: it is a procedure, not a rule on
--                             values. A dataset row is one assessment (self-assessed,
--                             appraised or verified figures): see examples/thanh-hoa/.
-- Encoded    4 groups, 37 criteria (Chính quyền số 1.1-1.11, Kinh tế số 2.1-2.6, Xã hội số
--            3.1-3.12, Hạ tầng số 4.1-4.8), each with its unit, a target per year 2022-2025
--            and the two last columns: "Đơn vị chủ trì ..." -> `agency`, "Ghi chú" -> `legal`
--            (the "Ghi chú" column of this table holds only legal bases: decisions, plans,
--            directives; it is empty for 1.1, 1.11, 3.9, 4.2, 4.3 and 4.8).
--            The decision gives no evidence per criterion (Phụ lục 02 line 780 asks for
--            "Báo cáo kết quả thực hiện các tiêu chí chuyển đổi số, tài liệu chứng minh của
--            các đơn vị cấp xã" as a whole), so no `evidence` field is set here; a commune's
--            plan adds it (cam-tan-2024.lua).
--
-- COUNTS STATED BY THE SEED: none. Neither Điều 1 nor Phụ lục 01 states how many groups or
-- criteria there are (no "37" in the text), so there is no `stated` table. The table itself
-- has 4 group rows (lines 151, 333, 445, 663) and 11 + 6 + 12 + 8 = 37 criterion rows.
--
-- HOW THE TABLE WAS READ. The seed is the table flattened one non-empty cell per line: an
-- EMPTY cell leaves no line at all. A criterion row therefore shows 0, 1, 3 or 4 year cells
-- and which years they belong to must be inferred:
--   * 4 year cells (most rows): 2022, 2023, 2024, 2025 in order.
--   * no year cell (1.1, 1.7, 4.4, 4.5, 4.6): the four year cells are empty. These are the
--     qualitative criteria stated by their own wording ("Xây dựng và tổ chức triển khai...",
--     "Có hệ thống...", "Có điểm phát wifi..."); an empty cell is not a "*" (the table marks
--     unassigned years with "*"), so they are assigned EVERY year, with the target "the
--     criterion is done": a yes/no value, target "yes".
--   * 1.11 "Triển khai sử dụng | *1 | * | *": 2022 assigned, 2023-2025 not ("*"). The "1"
--     after the 2023 star looks like a footnote mark whose footnote is not in the seed
--     (DEFECT, see 1.11). Cẩm Tân's 2024 plan (seed 004 line 163) confirms 2024: "Chỉ tiêu
--     này năm 2024 không thực hiện".
--   * 4.7 "Đài | * |" (ONE star, three empty cells): the star is read as 2022 and 2023-2025
--     as empty = qualitative, assigned. Reason: everywhere else in the table the stars of a
--     row stand in the FIRST years (2.5, 3.3, 3.6-3.12, 4.2: "*" in 2022, then targets), i.e.
--     criteria are introduced from 2023, never dropped (except 1.11, the anti-epidemic
--     platforms, explicitly). Cẩm Tân's 2024 plan assigns 4.7 in 2024 (seed 004 lines 410-418).
--   * 4.8 "Điểm | * | * | *" (three stars, one empty cell): by the same reading 2022-2024 are
--     "*" and 2025 is the empty cell (qualitative, assigned in 2025). This is the weakest
--     reading of the table (DEFECT: the position of the empty cell is lost). Note that
--     Cẩm Tân's 2024 plan lists 4.8 with a person in charge but no guidance, no evidence and
--     no "không thực hiện" (seed 004 lines 420-424); see cam-tan-2024.lua.
--
-- INTERPRETATIONS (each commented at its criterion, quoting the seed):
--   Rates ("%" rows): the value is a / b, the two counts a commune reports (the forms of the
--     Cẩm Tân plan, seed 004 Mẫu 1.4, 2.5, 2.6, 3.3, 4.1, 4.5, compute the rates this way).
--     A target "75%" of the table means "at least 75 %" (value >= 75%). b = 0 leaves the value
--     undefined (reported); no rule is invented. a > b is not checked (the value then
--     exceeds 100 % and meets any target): the decision has no rule for it.
--   Rates whose base the seed does not state: 2.1 (businesses and households reached), 3.9
--     (people eligible for an electronic identification account) — see there.
--   Shared bases (`inputs`): the commune's CBCC (1.2, 1.4, 4.3: Mẫu 1.4 "Tổng số CBCC của cơ
--     quan"), TTHC dossiers received (1.5, 1.6), adult population and adults with a smartphone
--     (3.3, 3.4, 3.6, 3.10, 3.11: Mẫu 3.3), households (3.12, 4.1).
--   Qualitative targets "Sử dụng hiệu quả" (1.8), "Cung cấp đầy đủ thông tin theo quy định"
--     (1.9), "Triển khai sử dụng" (1.11), "Đáp ứng" (4.2) and empty cells (1.1, 1.7, 4.4-4.8):
--     a yes/no value, target "yes". Where the unit is a count ("Kênh giao tiếp" 1.7, "Điểm
--     phát" 4.5, "Điểm" 4.8) the commune reports the count and the value is the yes/no
--     statement of the criterion computed from it (at least one channel; at least one wifi
--     point; every post/telecom point has become a consulting point).
--   Recognition (Điều 2, lines 66-70): ALL criteria assigned for the year met AND the ranking
--     index of QĐ 3853/QĐ-UBND (09/11/2022, NOT in the seeds) at least 70 % of its total
--     points. 3853 is not encoded: its result is read from the dataset column
--     `ty_le_diem_3853` (the commune's points / the index's total, in percent points,
--     e.g. 72.5), taken from "Kết quả xếp hạng mức độ chuyển đổi số của cấp xã" (Phụ lục 02,
--     line 784) that the district computes under 3853 (Điều 4 khoản 5, line 98).
--
-- TEXT: criterion texts, units, targets, agencies and legal bases are verbatim from Phụ lục 01,
-- except one systematic scraping artefact: the web page lost the spaces around hyperlinked
-- document numbers ("Quyết định số942/QĐ-TTgngày 15/6/2021", "Nghị định số42/2022/NĐ-CPquy
-- định", "Quyết định3853/QĐ-UBNDngày"); the spaces are restored ("Quyết định số 942/QĐ-TTg
-- ngày 15/6/2021"). Everything else is kept as written, typos included ("Camara" in 4.6, the
-- space before the final "." of 3.6, "KH- UBND", "QĐ- TTg").
-- =============================================================================

decision "thanh-hoa/1829-2023-xa" {
  title    = "Các tiêu chí chuyển đổi số cấp xã đến năm 2025 trên địa bàn tỉnh Thanh Hóa",
  number   = "1829/QĐ-UBND",
  issued   = "2023-05-30",
  province = "Thanh Hóa",
  issuer   = "Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
  level    = "xa",
  source   = "Phụ lục 01",
}

-- Targets per year (Phụ lục 01, columns "Năm 2022" ... "Năm 2025", lines 139-145).
contexts { periods = { 2022, 2023, 2024, 2025 } }

-- Values several criteria share. Reported once, so that two criteria cannot use different
-- figures for the same base.
inputs {
  -- Mẫu 1.4 of the Cẩm Tân plan (seed 004 lines 1108-1120): "Tổng số CBCC của cơ quan",
  -- the base of 1.4 (e-mail) and 4.3 (computers); also of 1.2 ("Lãnh đạo, cán bộ, công
  -- chức": the commune's leaders are among its cán bộ).
  tong_cbcc = count { "Tổng số cán bộ, công chức (CBCC) của UBND xã", unit = "Người" },
  -- 1.5 and 1.6: the dossiers of administrative procedures the commune received.
  tong_ho_so_tthc = count { "Tổng số hồ sơ thủ tục hành chính (TTHC) tiếp nhận tại UBND xã trong năm", unit = "Hồ sơ" },
  -- Mẫu 3.3 (seed 004 lines 1163-1175): "Tổng dân số trưởng thành", base of 3.4, 3.6, 3.10, 3.11.
  dan_so_truong_thanh = count { "Tổng dân số trưởng thành của xã", unit = "Người" },
  -- Mẫu 3.3: people with a smartphone (column "Có điện thoại thông minh"): 3.4's numerator,
  -- and the base of 3.3 ("Tỷ lệ thuê bao điện thoại thông minh được cài đặt phần mềm ATTT").
  so_co_dttm = count { "Số người trưởng thành có điện thoại di động thông minh (thuê bao điện thoại di động thông minh)", unit = "Người" },
  -- 3.12 (households paying electricity) and 4.1 (households reached by broadband / 4G-5G).
  so_ho_gia_dinh = count { "Tổng số hộ gia đình trên địa bàn xã", unit = "Hộ" },
  -- Điều 2, second condition (line 70). The ranking index of QĐ 3853/QĐ-UBND is not in the
  -- seeds and not encoded: the dataset gives its result as a share of the index's total
  -- points, in percent points (72.5 means 72.5 %).
  ty_le_diem_3853 = percent "Chỉ số xếp hạng mức độ chuyển đổi số cấp xã theo Quyết định số 3853/QĐ-UBND ngày 09/11/2022: điểm đạt được / tổng số điểm của Bộ chỉ số (%)",
}

-- =============================================================================
group "1" { "Chính quyền số" }                                      -- lines 151-153
-- =============================================================================

indicator "1.1" {                                                     -- lines 155-161
  "Xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số theo giai đoạn và hàng năm.",
  unit = "Văn bản",
  co_van_ban = yesno "Đã ban hành văn bản (kế hoạch giai đoạn và hàng năm) xây dựng và tổ chức triển khai thực hiện các chỉ tiêu về chuyển đổi số",
  value = "co_van_ban",
  -- The four year cells are empty (the row is "1.1 | text | Văn bản | Sở TTTT"): a
  -- qualitative criterion, assigned every year.
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  note = "Ô chỉ tiêu các năm để trống (tiêu chí định tính, giao hằng năm): đạt khi đã có văn bản.",
}

indicator "1.2" {                                                     -- lines 163-179
  "Lãnh đạo, cán bộ, công chức trên địa bàn cấp xã chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử",
  unit = "%",
  a = count "Số lãnh đạo, cán bộ, công chức chỉ đạo, điều hành, xử lý công việc hoàn toàn trên môi trường điện tử",
  b = shared "tong_cbcc",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 15/CT-UBND ngày 18/5/2020",
}

indicator "1.3" {                                                     -- lines 181-197
  "Các văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường điện tử (trừ văn bản mật theo quy định).",
  unit = "%",
  a = count "Số văn bản, hồ sơ công việc được tạo lập, xử lý, ký số trên môi trường điện tử",
  b = count "Tổng số văn bản, hồ sơ công việc (trừ văn bản mật theo quy định)",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 15/CT-UBND ngày 18/5/2020",
}

indicator "1.4" {                                                     -- lines 199-215
  "Cán bộ, công chức xã có hộp thư điện tử công vụ của các cơ quan Nhà nước cấp.",
  unit = "%",
  a = count "Số cán bộ, công chức có hộp thư điện tử công vụ",
  b = shared "tong_cbcc",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "VP UBND tỉnh",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021",
}

indicator "1.5" {                                                     -- lines 217-233
  "Hồ sơ TTHC tại UBND cấp xã tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa điện tử.",
  unit = "%",
  a = count "Số hồ sơ TTHC tiếp nhận, cập nhật, xử lý trên Hệ thống thông tin một cửa điện tử",
  b = shared "tong_ho_so_tthc",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Trung tâm Phục vụ HCC tỉnh",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Chỉ thị số 12/CT-UBND ngày 01/4/2020",
}

indicator "1.6" {                                                     -- lines 235-251
  "Tỷ lệ hồ sơ TTHC tiếp nhận, giải quyết trực tuyến.",
  unit = "%",
  a = count "Số hồ sơ TTHC tiếp nhận, giải quyết trực tuyến",
  b = shared "tong_ho_so_tthc",
  value = "a / b",
  -- "65% | 70% | 75% | 80%": at least that share each year.
  target = { [2022] = "65%", [2023] = "70%", [2024] = "75%", [2025] = "80%" },
  agency = "Trung tâm Phục vụ HCC tỉnh",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Quyết định số 169/QĐ-UBND ngày 12/01/2023",
}

indicator "1.7" {                                                     -- lines 253-261
  "Ứng dụng nền tảng số hỗ trợ chính quyền cấp xã giao tiếp, tương tác và tiếp nhận các ý kiến, phản ánh, kiến nghị của người dân (Kênh zalo, Trang Thông tin điện tử, ...)",
  unit = "Kênh giao tiếp",
  so_kenh = count "Số kênh giao tiếp (nền tảng số) chính quyền xã dùng để giao tiếp, tương tác, tiếp nhận ý kiến, phản ánh, kiến nghị của người dân",
  -- Year cells empty (the row is "1.7 | text | Kênh giao tiếp | Sở TTTT | legal"): assigned
  -- every year; the unit counts channels and no number is set, so the criterion is done
  -- with at least one channel (Cẩm Tân words it "Có ứng dụng nền tảng số ...", seed 004 l. 99).
  value = "so_kenh >= 1",
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021;",
  note = "Ô chỉ tiêu các năm để trống (tiêu chí định tính, giao hằng năm): đạt khi có ít nhất 01 kênh giao tiếp.",
}

indicator "1.8" {                                                     -- lines 263-279
  "Khai thác, sử dụng các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung từ Trung ương đến địa phương đảm bảo thông suốt, hiệu quả.",
  unit = "Hệ thống",
  su_dung_hieu_qua = yesno "Khai thác, sử dụng hiệu quả các cơ sở dữ liệu chuyên ngành, phần mềm, nền tảng ứng dụng dùng chung",
  value = "su_dung_hieu_qua",
  -- "Sử dụng hiệu quả" in each of the four years.
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021;",
  note = "Chỉ tiêu các năm: \"Sử dụng hiệu quả\".",
}

indicator "1.9" {                                                     -- lines 281-297
  "Trang thông tin điện tử hoạt động tuân theo quy định Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
  unit = "Có trang",
  co_trang = yesno "Xã có Trang thông tin điện tử",
  day_du_thong_tin = yesno "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định (Nghị định số 42/2022/NĐ-CP)",
  -- Unit "Có trang", target "Cung cấp đầy đủ thông tin theo quy định" each year: both.
  value = "co_trang and day_du_thong_tin",
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định số 942/QĐ-TTg ngày 15/6/2021; Nghị định số 42/2022/NĐ-CP",
  note = "Chỉ tiêu các năm: \"Cung cấp đầy đủ thông tin theo quy định\" (đơn vị tính \"Có trang\"): đạt khi có trang và cung cấp đầy đủ thông tin.",
}

indicator "1.10" {                                                    -- lines 299-315
  "Tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số cho đội ngũ cán bộ công chức, người lao động của cơ quan.",
  unit = "%",
  -- The base is the staff the text names ("cán bộ công chức, người lao động"), larger than
  -- the CBCC of tong_cbcc, hence an input of its own.
  a = count "Số cán bộ công chức, người lao động của cơ quan được tuyên truyền, đào tạo, tập huấn nâng cao nhận thức và kỹ năng số",
  b = count "Tổng số cán bộ công chức, người lao động của cơ quan",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 146/QĐ-TTg ngày 28/01/2022 ; Kế hoạch số 53/KH- UBND ngày 03/3/2022",
}

indicator "1.11" {                                                    -- lines 317-331
  "Triển khai các nền tảng công nghệ, ứng dụng phòng, chống dịch theo các hướng dẫn của Bộ Y tế và Bộ Thông tin và Truyền thông.",
  unit = "Nền tảng",
  trien_khai = yesno "Đã triển khai sử dụng các nền tảng công nghệ, ứng dụng phòng, chống dịch",
  value = "trien_khai",
  -- Year cells "Triển khai sử dụng | *1 | * | *": 2022 "Triển khai sử dụng", then "*".
  -- "*1": a star followed by "1", most likely a footnote mark; the footnote is not in the
  -- seed (DEFECT). Read as "*" (not assigned in 2023).
  target = { [2022] = "yes", [2023] = na, [2024] = na, [2025] = na },
  agency = "Sở Y tế (chủ trì), Sở TTTT",
  note = "Năm 2022: \"Triển khai sử dụng\"; năm 2023 ghi \"*1\" (dấu * kèm số 1, chú thích không có trong văn bản), năm 2024, 2025: \"*\" (không giao).",
}

-- =============================================================================
group "2" { "Kinh tế số" }                                          -- lines 333-335
-- =============================================================================

indicator "2.1" {                                                     -- lines 337-353
  "Tuyên truyền, nâng cao nhận thức cho doanh nghiệp, hộ kinh doanh, sản xuất và người dân về chuyển đổi số, phát triển kinh tế, mua bán, phân phối hàng hóa dựa trên môi trường mạng.",
  unit = "%",
  -- The seed gives a rate (%) without its base. Chosen: the businesses and production /
  -- business households of the commune (those the text names first; "người dân" are
  -- counted by 3.1). Stated in the note.
  a = count "Số doanh nghiệp, hộ kinh doanh, sản xuất được tuyên truyền, nâng cao nhận thức về chuyển đổi số, kinh tế số",
  b = count "Tổng số doanh nghiệp, hộ kinh doanh, sản xuất trên địa bàn xã",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
  legal = "KH số 195/KH-UBND ngày 27/8/2021",
  note = "Văn bản không nêu cơ sở của tỷ lệ: tính trên tổng số doanh nghiệp, hộ kinh doanh, sản xuất của xã.",
}

indicator "2.2" {                                                     -- lines 355-371
  "Các sản phẩm, dịch vụ có lợi thế của xã, sản phẩm OCOP được quảng bá, giới thiệu trên mạng internet (trang thông tin điện tử, mạng xã hội,…)",
  unit = "%",
  a = count "Số sản phẩm, dịch vụ có lợi thế, sản phẩm OCOP được quảng bá, giới thiệu trên mạng internet",
  b = count "Tổng số sản phẩm, dịch vụ có lợi thế, sản phẩm OCOP của xã",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở NN&PTNT (chủ trì), Sở Công thương",
  legal = "KH số 195/KH-UBND ngày 27/8/2021",
}

indicator "2.3" {                                                     -- lines 373-389
  "Hướng dẫn, hỗ trợ doanh nghiệp, hợp tác xã, hộ kinh doanh, sản xuất có sản phẩm OCOP, sản phẩm có lợi thế được đưa lên sàn thương mại điện tử postmart.vn, voso.vn và các sàn thương mại điện tử khác.",
  unit = "%",
  a = count "Số doanh nghiệp, hợp tác xã, hộ kinh doanh, sản xuất có sản phẩm OCOP, sản phẩm có lợi thế được hướng dẫn, hỗ trợ đưa sản phẩm lên sàn thương mại điện tử",
  b = count "Tổng số doanh nghiệp, hợp tác xã, hộ kinh doanh, sản xuất có sản phẩm OCOP, sản phẩm có lợi thế",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở Công thương (chủ trì), Sở TTTT",
  legal = "KH số 157/KH-UBND ngày 10/6/2022; KH số 195/KH-UBND ngày 27/8/2021",
}

indicator "2.4" {                                                     -- lines 391-407
  "Tỷ lệ doanh nghiệp, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh thanh toán điện tử",
  unit = "%",
  a = count "Số doanh nghiệp, tổ chức sử dụng phương tiện thanh toán không dùng tiền mặt qua các kênh thanh toán điện tử",
  b = count "Tổng số doanh nghiệp, tổ chức trên địa bàn xã",
  value = "a / b",
  target = { [2022] = "50%", [2023] = "60%", [2024] = "70%", [2025] = "80%" },
  agency = "NH NNVN Chi nhánh Thanh Hóa",
  legal = "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022",
}

indicator "2.5" {                                                     -- lines 409-425
  "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
  unit = "%",
  a = count "Số doanh nghiệp sử dụng hợp đồng điện tử",
  b = count "Tổng số doanh nghiệp trên địa bàn xã",
  value = "a / b",
  target = { [2022] = na, [2023] = "50%", [2024] = "70%", [2025] = "80%" },
  agency = "Sở TTTT (chủ trì), Sở LĐTBXH",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023",
}

indicator "2.6" {                                                     -- lines 427-443
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  unit = "%",
  a = count "Số doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  b = count "Tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã",
  value = "a / b",
  target = { [2022] = "50%", [2023] = "55%", [2024] = "60%", [2025] = "70%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

-- =============================================================================
group "3" { "Xã hội số" }                                           -- lines 445-447
-- =============================================================================

indicator "3.1" {                                                     -- lines 449-465
  "Tỷ lệ người dân trong độ tuổi lao động được thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản",
  unit = "%",
  a = count "Số người dân trong độ tuổi lao động được thông tin, tuyên truyền, đào tạo kỹ năng số cơ bản",
  b = count "Tổng số người dân trong độ tuổi lao động",
  value = "a / b",
  target = { [2022] = "50%", [2023] = "60%", [2024] = "70%", [2025] = "80%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.2" {                                                     -- lines 467-483
  "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
  unit = "%",
  a = count "Số người từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác",
  b = count "Dân số từ 15 tuổi trở lên",
  value = "a / b",
  target = { [2022] = "60%", [2023] = "75%", [2024] = "80%", [2025] = "85%" },
  agency = "NH NNVN Chi nhánh Thanh Hóa",
  legal = "KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.3" {                                                     -- lines 485-501
  "Tỷ lệ thuê bao điện thoại di động thông minh có sử dụng phần mềm an toàn thông tin mạng cơ bản",
  unit = "%",
  a = count "Số thuê bao điện thoại di động thông minh có sử dụng (cài đặt) phần mềm an toàn thông tin mạng cơ bản",
  -- Base: the smartphone subscribers. Mẫu 3.3 (seed 004 lines 1163-1171) counts them as the
  -- adults with "Có điện thoại thông minh": the same figure as 3.4's numerator.
  b = shared "so_co_dttm",
  value = "a / b",
  target = { [2022] = na, [2023] = "55%", [2024] = "65%", [2025] = "75%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023.",
}

indicator "3.4" {                                                     -- lines 503-519
  "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
  unit = "%",
  a = shared "so_co_dttm",
  b = shared "dan_so_truong_thanh",
  value = "a / b",
  target = { [2022] = "60%", [2023] = "65%", [2024] = "70%", [2025] = "80%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.5" {                                                     -- lines 521-537
  "Tỷ lệ người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên.",
  unit = "%",
  a = count "Số người dân có hồ sơ sức khỏe điện tử, được cập nhật, bổ sung thông tin thường xuyên",
  b = count "Tổng dân số của xã",
  value = "a / b",
  target = { [2022] = "60%", [2023] = "95%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở Y tế",
  legal = "KH số 236/KH-UBND ngày 09/11/2020; Kế hoạch số 100/KH-BCĐ ngày 26/4/2023",
}

indicator "3.6" {                                                     -- lines 539-555
  "Tỷ lệ dân số trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa .",
  unit = "%",
  a = count "Số người trưởng thành dùng dịch vụ tư vấn sức khỏe trực tuyến, khám chữa bệnh từ xa",
  b = shared "dan_so_truong_thanh",
  value = "a / b",
  target = { [2022] = na, [2023] = "10%", [2024] = "20%", [2025] = "30%" },
  agency = "Sở Y tế",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.7" {                                                     -- lines 557-573
  "Các trường tiểu học đến trung học cơ sở hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở.",
  unit = "%",
  a = count "Số trường tiểu học, trung học cơ sở hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở",
  b = count "Tổng số trường tiểu học, trung học cơ sở trên địa bàn xã",
  value = "a / b",
  target = { [2022] = na, [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở GD&ĐT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.8" {                                                     -- lines 575-591
  "Tỷ lệ cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
  unit = "%",
  a = count "Số cơ sở giáo dục và đào tạo chấp nhận thanh toán học phí bằng phương thức thanh toán không dùng tiền mặt",
  b = count "Tổng số cơ sở giáo dục và đào tạo trên địa bàn xã",
  value = "a / b",
  target = { [2022] = na, [2023] = "50%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở GD&ĐT, Sở LĐTBXH",
  legal = "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022; KH số 97/KH-UBND ngày 04/4/2022",
}

indicator "3.9" {                                                     -- lines 593-607
  "Số lượng người dân có tài khoản định danh điện tử",
  unit = "%",
  -- DEFECT: the text names a count ("Số lượng") but the unit is "%" and the targets are
  -- 50 % / 100 % / 100 %: encoded as a rate. The seed does not say of what: "100 %" of the
  -- whole population (infants included) cannot be meant, so the base is the people the
  -- electronic identification account is issued to, as counted by the commune police
  -- (Cẩm Tân refers to "Công văn số 2705/CAT-PV01 ngày 30/8/2023 của Công an tỉnh", seed 004
  -- line 315, for the forms).
  a = count "Số người dân có tài khoản định danh điện tử",
  b = count "Tổng số người dân thuộc đối tượng được cấp tài khoản định danh điện tử",
  value = "a / b",
  target = { [2022] = na, [2023] = "50%", [2024] = "100%", [2025] = "100%" },
  agency = "Công an tỉnh",
  note = "Tên chỉ tiêu ghi \"Số lượng\" nhưng đơn vị tính là % và chỉ tiêu 50%, 100%: tính tỷ lệ số người có tài khoản định danh điện tử trên số người thuộc đối tượng được cấp.",
}

indicator "3.10" {                                                    -- lines 609-625
  "Tỷ lệ dân số ở độ tuổi trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
  unit = "%",
  a = count "Số người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
  b = shared "dan_so_truong_thanh",
  value = "a / b",
  target = { [2022] = na, [2023] = "30%", [2024] = "40%", [2025] = "50%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.11" {                                                    -- lines 627-643
  "Tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến",
  unit = "%",
  a = count "Số người trưởng thành có sử dụng dịch vụ công trực tuyến",
  b = shared "dan_so_truong_thanh",
  value = "a / b",
  target = { [2022] = na, [2023] = "20%", [2024] = "30%", [2025] = "50%" },
  agency = "Trung tâm Phục vụ HCC tỉnh",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; KH số 134/KH-UBND ngày 16/5/2022",
}

indicator "3.12" {                                                    -- lines 645-661
  "Tỷ lệ hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt.",
  unit = "%",
  a = count "Số hộ gia đình thanh toán tiền điện bằng phương thức thanh toán không dùng tiền mặt",
  b = shared "so_ho_gia_dinh",
  value = "a / b",
  target = { [2022] = na, [2023] = "60%", [2024] = "70%", [2025] = "90%" },
  agency = "Sở Công thương (chủ trì), NH NNVN Chi nhánh Thanh Hóa",
  legal = "Quyết định số 1813/QĐ-TTg ngày 28/10/2021; KH số 106/KH-UBND ngày 12/4/2022",
}

-- =============================================================================
group "4" { "Hạ tầng số" }                                          -- lines 663-665
-- =============================================================================

indicator "4.1" {                                                     -- lines 667-683
  "Hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ đến các hộ gia đình.",
  unit = "%",
  -- "% ... đến các hộ gia đình": the share of households that broadband fibre and 4G/5G can
  -- serve. (Mẫu 4.1 of the Cẩm Tân plan lists fibre boxes and BTS stations per thôn, from
  -- which the commune counts these households.)
  a = count "Số hộ gia đình được hạ tầng mạng băng rộng cáp quang, mạng thông tin di động 4G/5G sẵn sàng cung cấp dịch vụ",
  b = shared "so_ho_gia_dinh",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
  legal = "Quyết định số 411/QĐ-TTg ngày 31/3/2022; Kế hoạch số 134/KH-UBND ngày 16/5/2022",
}

indicator "4.2" {                                                     -- lines 685-699
  "Hạ tầng và trang thiết bị CNTT tại UBND xã đáp ứng phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt.",
  unit = "Hệ thống",
  dap_ung = yesno "Hạ tầng và trang thiết bị CNTT tại UBND xã đáp ứng phương án đảm bảo an toàn thông tin theo cấp độ đã được phê duyệt",
  value = "dap_ung",
  -- "* | Đáp ứng | Đáp ứng | Đáp ứng".
  target = { [2022] = na, [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  note = "Năm 2022: \"*\" (không giao); năm 2023-2025: \"Đáp ứng\".",
}

indicator "4.3" {                                                     -- lines 701-715
  "100% CBCC có máy tính phục vụ công việc",
  unit = "%",
  a = count "Số cán bộ, công chức có máy tính phục vụ công việc",
  b = shared "tong_cbcc",
  value = "a / b",
  target = { [2022] = "100%", [2023] = "100%", [2024] = "100%", [2025] = "100%" },
  agency = "Sở TTTT",
}

indicator "4.4" {                                                     -- lines 717-725
  "Có hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt từ cấp xã đến cấp huyện, tỉnh và Trung ương (Khuyến khích đến cấp thôn).",
  unit = "Hệ thống",
  co_he_thong = yesno "Có hệ thống hội nghị truyền hình trực tuyến kết nối thông suốt từ cấp xã đến cấp huyện, tỉnh và Trung ương",
  value = "co_he_thong",
  -- Year cells empty: qualitative, assigned every year. "(Khuyến khích đến cấp thôn)" is
  -- encouraged, not required: not part of the value.
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
  note = "Ô chỉ tiêu các năm để trống (tiêu chí định tính, giao hằng năm). Kết nối đến cấp thôn chỉ là khuyến khích.",
}

indicator "4.5" {                                                     -- lines 727-735
  "Có điểm phát wifi công cộng tại các địa điểm quan trọng trong xã tuỳ thuộc điều kiện (như tại UBND xã, nhà văn hoá, các điểm du lịch,…).",
  unit = "Điểm phát",
  so_diem_wifi = count "Số điểm phát wifi công cộng tại các địa điểm quan trọng trong xã",
  -- Year cells empty: qualitative, assigned every year; "Có điểm phát wifi": at least one
  -- point (Mẫu 4.5 of the Cẩm Tân plan totals "Tổng số điểm công cộng có wifi").
  value = "so_diem_wifi >= 1",
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
  note = "Ô chỉ tiêu các năm để trống (tiêu chí định tính, giao hằng năm): đạt khi có ít nhất 01 điểm phát wifi công cộng.",
}

indicator "4.6" {                                                     -- lines 737-745
  "Có hệ thống Camara an ninh được kết nối đến UBND xã hoặc công an xã để quản lý và giám sát",
  unit = "Hệ thống",
  co_camera = yesno "Có hệ thống camera an ninh được kết nối đến UBND xã hoặc công an xã",
  value = "co_camera",
  target = { [2022] = "yes", [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Công an tỉnh",
  legal = "Quyết định 3853/QĐ-UBND ngày 09/11/2022",
  note = "Ô chỉ tiêu các năm để trống (tiêu chí định tính, giao hằng năm).",
}

indicator "4.7" {                                                     -- lines 747-757
  "Hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT",
  unit = "Đài",
  ung_dung_cntt = yesno "Đài truyền thanh xã là hệ thống đài truyền thanh có ứng dụng viễn thông - CNTT",
  value = "ung_dung_cntt",
  -- The row has ONE year cell, "*" (line 753), and three empty ones. Read as 2022 "*",
  -- 2023-2025 empty = qualitative, assigned (see the header: stars stand in the first
  -- years everywhere else; Cẩm Tân's 2024 plan assigns it).
  target = { [2022] = na, [2023] = "yes", [2024] = "yes", [2025] = "yes" },
  agency = "Sở TTTT",
  legal = "Quyết định số 135/QĐ- TTg ngày 20/01/2020; Quyết định 3853/QĐ-UBND ngày 09/11/2022",
  note = "Dòng chỉ có một ô \"*\" và ba ô trống: hiểu là năm 2022 không giao, năm 2023-2025 giao (định tính).",
}

indicator "4.8" {                                                     -- lines 759-771
  "Điểm cung cấp dịch vụ bưu chính, viễn thông tại xã (nếu có) trở thành điểm tư vấn, hỗ trợ, triển khai các dịch vụ chuyển đổi số",
  unit = "Điểm",
  so_diem = count "Số điểm cung cấp dịch vụ bưu chính, viễn thông tại xã",
  so_diem_tu_van = count "Số điểm cung cấp dịch vụ bưu chính, viễn thông đã trở thành điểm tư vấn, hỗ trợ, triển khai các dịch vụ chuyển đổi số",
  -- "(nếu có)": every such point has become a consulting point; a commune without any
  -- point meets it (0 >= 0).
  value = "so_diem_tu_van >= so_diem",
  -- Three "*" and one empty cell (lines 765-769): read as 2022-2024 "*", 2025 empty =
  -- qualitative, assigned (the position of the empty cell is lost: see the header).
  target = { [2022] = na, [2023] = na, [2024] = na, [2025] = "yes" },
  agency = "Sở TTTT",
  note = "Dòng có ba ô \"*\" và một ô trống: hiểu là năm 2022-2024 không giao, năm 2025 giao (định tính). \"(nếu có)\": xã không có điểm bưu chính, viễn thông thì đạt.",
}

-- =============================================================================
-- Điều 2 (lines 66-70): recognition of a commune for the year.
--   "- Xã, phường, thị trấn được công nhận hoàn thành tiêu chí chuyển đổi số phải đạt toàn
--    bộ các tiêu chí được giao trong năm theo Điều 1 Quyết định này.
--    - Chỉ số xếp hạng mức độ chuyển đổi số: Đạt từ 70% tổng số điểm trở lên của Bộ chỉ số
--    đánh giá, xếp hạng mức độ chuyển đổi số cấp xã ban hành kèm theo Quyết định số
--    3853/QĐ-UBND ngày 09/11/2022 ..."
-- "Đạt từ 70% ... trở lên": 70 % itself is enough (>=).
-- =============================================================================
recognition "hoan_thanh" {
  -- The text says where the second condition's figure comes from: `run` and `explain`
  -- print the text and the rule, not the note.
  "Công nhận hoàn thành tiêu chí chuyển đổi số cấp xã trong năm (Điều 2): đạt toàn bộ tiêu chí được giao trong năm và chỉ số xếp hạng theo Quyết định số 3853/QĐ-UBND đạt từ 70% tổng số điểm trở lên (tỷ lệ điểm 3853 lấy từ cột ty_le_diem_3853 của dữ liệu)",
  rule = "all_met() and ty_le_diem_3853 >= 70%",
  note = "Điều kiện thứ hai lấy từ cột ty_le_diem_3853 của tập dữ liệu: tỷ lệ điểm của xã theo Bộ chỉ số xếp hạng mức độ chuyển đổi số cấp xã (Quyết định số 3853/QĐ-UBND ngày 09/11/2022, không mã hóa trong kịch bản này), do UBND cấp huyện đánh giá.",
  source = [[Điều 2. Điều kiện để công nhận xã, phường, thị trấn hoàn thành tiêu chí chuyển đổi số hàng năm, cụ thể như sau:
- Xã, phường, thị trấn được công nhận hoàn thành tiêu chí chuyển đổi số phải đạt toàn bộ các tiêu chí được giao trong năm theo Điều 1 Quyết định này.
- Chỉ số xếp hạng mức độ chuyển đổi số: Đạt từ 70% tổng số điểm trở lên của Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số cấp xã ban hành kèm theo Quyết định số 3853/QĐ-UBND ngày 09/11/2022 của Chủ tịch UBND tỉnh về Ban hành Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số của các sở, ban, ngành cấp tỉnh và UBND cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa.]],
}
