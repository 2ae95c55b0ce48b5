-- =============================================================================
-- Kon Tum 121/QĐ-UBND, 10/03/2025 — commune criteria (mức độ chuyển đổi số cấp xã)
-- =============================================================================
--
-- Decision   Quyết định số 121/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh Kon Tum
--            "Ban hành Bộ tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi
--            số cấp huyện và cấp xã trên địa bàn tỉnh Kon Tum (Phiên bản 1.0)" (signed
--            "TM. Ủy ban nhân dân, Chủ tịch Lê Ngọc Tuấn"); it is built on the national
--            framework, Quyết định số 2361/QĐ-BTTTT ngày 31/12/2024 (seed line 13), and
--            replaces Kon Tum 966/QĐ-UBND (21/10/2021).
-- Seed       ../shared/seeds/002_85a6a048cafd9f2d.txt (Kon Tum 121/QĐ-UBND)
--              lines 7-18     the decision (number, date, Điều 1-3); signature lines 33-35
--              lines 54-57    structure of the commune criteria: "03 nhóm tiêu chí với 38 tiêu
--                             chí thành phần" (Chính quyền số 24, Kinh tế số 05, Xã hội số 09)
--              lines 66-70    the five levels: 1 Khởi động, 2 Kết nối, 3 Cơ bản, 4 Nâng cao,
--                             5 Toàn diện
--              lines 72-76    procedure for communes: registration of a level with the Phòng Văn
--                             hóa, Khoa học và Thông tin before 20/01 (73); self-assessment
--                             (Phụ lục 01, with "tài liệu kiểm chứng") before 30/11 (74);
--                             appraisal by the district council before 15/12 (75); recognition
--                             by the district People's Committee before 20/12 (76)
--              lines 101-502  Phụ lục 01: the table (STT, tên chỉ tiêu, đơn vị tính, the five
--                             levels, phương pháp tính / nguồn thu thập số liệu, căn cứ)
-- Encoded    3 groups, 38 criteria, each with its unit, a value, one target per level (na for
--            "Không áp dụng"), the method / data source (`source`, verbatim) and the legal
--            basis (`legal`, verbatim). The seed has no evidence or agency column: evidence is
--            "tài liệu kiểm chứng liên quan" for the whole self-assessment (line 74), checked by
--            the Phòng Văn hóa, Khoa học và Thông tin and the district appraisal council (75).
--
-- COUNTS STATED BY THE SEED (consistent; recorded in `stated` below):
--   * lines 54-57: "03 nhóm tiêu chí với 38 tiêu chí thành phần", 24 + 05 + 09.
--   * the table (lines 115-502): groups I (24 rows, 1-24), II (5 rows), III (9 rows) = 38.
--   Criteria applicable per level, counted from the table: 14, 18, 34, 38, 38.
--
-- THE LEVEL RULE. The seed never says how the criteria combine into a level: it lists the
-- levels (lines 66-70) and one target per level per criterion. The rule encoded is the
-- national framework's (2361/QĐ-BTTTT, which this decision adapts, seed line 13): a commune is
-- at level k when it meets every criterion applicable at k, and is at level k - 1 (so every
-- applicable criterion at every level up to k). A commune that meets level 4's targets but
-- not level 3's is at level 2. The registered level (đăng ký, line 73) is the shared input
-- muc_do_dang_ky; the results say whether it was reached.
--
-- INTERPRETATIONS (each is also commented at its criterion, quoting the seed):
--   Rates ("%", "Tỷ lệ phần trăm của số X trên tổng số Y"): two counts a (X) and b (Y), value
--        a / b, met at a level when a / b >= the level's percentage. I.1 and I.2 give only
--        the data source (the provincial public-service portal, the monitoring system): read
--        the same way. b = 0: the seed gives no rule -> undefined (reported), criterion unknown.
--   "Có …" targets (Có sử dụng hệ thống, Có triển khai nền tảng, Có hệ thống, Có điểm phục vụ,
--        Có kết nối, Có trang thông tin điện tử, Có ứng dụng hệ thống, Có nền tảng, Có kế
--        hoạch, Có diễn đàn, nhóm công tác, Có sản phẩm, Có mô hình): a yes/no input (worded
--        as the criterion's method), target "yes".
--   I.7  "Tối thiểu 01 nhân sự" (1-4) / "Tối thiểu 02 nhân sự" (5): a count, >= 1 / >= 2.
--   I.8  title counts officials, method counts computers: the method is followed.
--   I.9-I.11  one denominator, the commune's information systems (shared input so_httt).
--   II.4 "Có 1" / "Có 2 doanh nghiệp, hợp tác xã" (levels 3, 4): at least 1 / 2. Level 5
--        "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa
--        bàn" is a SEED DEFECT (a count criterion with a percentage alternative at one level
--        only): read as a >= 3, or b > 0 and a >= b. See the criterion.
--
-- TEXT: criterion texts are verbatim from Phụ lục 01 except one obvious typo, said in the
-- criterion's note: III.5 "được được" -> "được". `source` and `legal` are verbatim, typos
-- included (I.5 "58/QĐUBQGCĐS", I.6 "146/QĐ- TTg", II.5 "241/QĐ- TTg", III.4 "độ tuổi trường
-- thành"). Input labels are worded from the methods, typos corrected.
-- =============================================================================

decision "kon-tum/121-2025-xa" {
  title    = "Bộ tiêu chí đánh giá mức độ chuyển đổi số cấp xã",
  number   = "121/QĐ-UBND",
  issued   = "2025-03-10",
  province = "Kon Tum",
  issuer   = "Ủy ban nhân dân tỉnh Kon Tum",
  level    = "xa",
  source   = "Phụ lục 01",
  stated   = {
    { groups = 3, indicators = 38,
      where = "Mục II.1 (seed lines 54-57): \"Gồm 03 nhóm tiêu chí với 38 tiêu chí thành phần\" (Chính quyền số 24, Kinh tế số 05, Xã hội số 09)" },
  },
}

-- Seed lines 66-70: "Mức độ 1 - Khởi động", "Mức độ 2 - Kết nối", "Mức độ 3 - Cơ bản",
-- "Mức độ 4 - Nâng cao", "Mức độ 5 - Toàn diện".
contexts { levels = { "Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện" } }

inputs {
  -- Line 73: "thực hiện đăng ký chuyển đổi số tương ứng với các mức độ phù hợp ... (trước ngày
  -- 20 tháng 01 hằng năm)": the level (1-5) the commune registered for the year.
  muc_do_dang_ky = count { "Mức độ chuyển đổi số đã đăng ký (1-5)", unit = "Mức độ" },
  -- The denominator of I.9, I.10 and I.11: "tổng số hệ thống thông tin của (cơ quan) chính
  -- quyền cấp xã".
  so_httt        = count { "Tổng số hệ thống thông tin của cơ quan chính quyền cấp xã", unit = "Hệ thống" },
}

-- =============================================================================
group "I" { "Chính quyền số" }   -- seed line 115
-- =============================================================================

-- seed lines 117-126
-- The seed gives only the data source ("Cổng dịch vụ công cấp tỉnh."): the rate is read
-- as the two counts the portal shows, a / b.
indicator "I.1" {
  "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  unit   = "%",
  a      = count "Số thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  b      = count "Tổng số thủ tục hành chính đủ điều kiện theo quy định của pháp luật",
  value  = "a / b",
  levels = { "50%", "60%", "70%", "100%", "100%" },
  source = "Cổng dịch vụ công cấp tỉnh.",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ.",
}

-- seed lines 127-136
-- The seed gives only the data source (the government's monitoring system): a / b.
indicator "I.2" {
  "Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình",
  unit   = "%",
  a      = count "Số hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình",
  b      = count "Tổng số hồ sơ thủ tục hành chính",
  value  = "a / b",
  levels = { "20%", "30%", "50%", "80%", "90%" },
  source = "Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số.",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ.",
}

-- seed lines 137-147
indicator "I.3" {
  "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
  unit   = "%",
  a      = count "Số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành",
  b      = count "Tổng số văn bản đến và đi của cơ quan cấp xã",
  value  = "a / b",
  levels = { "60%", "70%", "80%", "90%", "100%" },
  source = "Tỷ lệ phần trăm của số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành trên tổng số văn bản đến và đi của cơ quan cấp xã.",
  legal  = [[- Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ.
- Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ.]],
}

-- seed lines 148-157
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có sử dụng hệ thống" | 4 "Có sử dụng hệ thống" | 5 "Có sử dụng hệ thống"
indicator "I.4" {
  "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
  unit   = "Chế độ báo cáo",
  co_su_dung = yesno "Địa phương cấp xã có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ",
  value  = "co_su_dung",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Địa phương cấp xã có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ.",
  legal  = "Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ.",
}

-- seed lines 158-167
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có triển khai nền tảng" | 5 "Có triển khai nền tảng"
indicator "I.5" {
  "Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức và phục vụ người dân",
  unit   = "Nền tảng",
  co_trien_khai = yesno "Cán bộ, công chức cấp xã có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn",
  value  = "co_trien_khai",
  levels = { na, na, na, "yes", "yes" },
  source = "Cán bộ, công chức cấp xã có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn.",
  legal  = "Quyết định số 58/QĐUBQGCĐS ngày 19 tháng 4 năm 2024 về việc ban hành Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số.",
  note   = [[Văn bản ghi "Quyết định số 58/QĐUBQGCĐS" (thiếu dấu gạch); Phụ lục 02 ghi "58/QĐ-UBQGCĐS".]],
}

-- seed lines 168-177
indicator "I.6" {
  "Tỷ lệ cán bộ, công chức cấp xã tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
  unit   = "%",
  a      = count "Số cán bộ, công chức cấp xã được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
  b      = count "Tổng số cán bộ, công chức của địa phương cấp xã tại thời điểm đánh giá",
  value  = "a / b",
  levels = { "50%", "60%", "80%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số cán bộ, công chức cấp xã được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số trên tổng số cán bộ, công chức của địa phương cấp xã tại thời điểm đánh giá.",
  legal  = "Quyết định số 146/QĐ- TTg ngày 28 tháng 01 năm 2022 của Thủ tướng Chính phủ.",
}

-- seed lines 178-187
-- "Tối thiểu 01 nhân sự" (levels 1-4), "Tối thiểu 02 nhân sự" (level 5): the number of people
-- the commune's decision assigns (the method: "Địa phương có Quyết định phân công người ...").
-- A commune without such a decision reports 0.
-- levels: 1 "Tối thiểu 01 nhân sự" | 2 "Tối thiểu 01 nhân sự" | 3 "Tối thiểu 01 nhân sự" | 4 "Tối thiểu 01 nhân sự" | 5 "Tối thiểu 02 nhân sự"
indicator "I.7" {
  "Có bố trí người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin",
  unit   = "Nhân sự",
  so_nhan_su = count "Số người được phân công (theo Quyết định của địa phương) làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin",
  value  = "so_nhan_su",
  levels = { ">= 1", ">= 1", ">= 1", ">= 1", ">= 2" },   -- "Tối thiểu 01" x 4, "Tối thiểu 02"
  source = "Địa phương có Quyết định phân công người làm công tác chuyên trách hoặc đầu mối thực hiện nhiệm vụ chuyển đổi số và an toàn thông tin",
  legal  = "Chỉ thị số 18/CT-TTg ngày 13 tháng 10 năm 2022 của Thủ tướng Chính phủ.",
}

-- seed lines 188-197
-- The title counts officials ("Tỷ lệ công chức cấp xã được trang bị máy tính ...") but the method
-- counts computers ("số máy tính được trang bị cho công chức cấp xã có kết nối mạng LAN được cài
-- đặt phần mềm chống virus, mã độc trên tổng số máy tính hiện có"): the method is followed.
indicator "I.8" {
  "Tỷ lệ công chức cấp xã được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
  unit   = "%",
  a      = count "Số máy tính được trang bị cho công chức cấp xã có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc",
  b      = count "Tổng số máy tính hiện có của cơ quan chính quyền cấp xã",
  value  = "a / b",
  levels = { "50%", "60%", "70%", "80%", "90%" },
  source = "Tỷ lệ phần trăm của số máy tính được trang bị cho công chức cấp xã có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc trên tổng số máy tính hiện có của cơ quan chính quyền cấp xã.",
  legal  = "Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2018 của Thủ tướng Chính phủ.",
  note   = "Tên tiêu chí tính theo công chức, phương pháp tính theo máy tính: áp dụng phương pháp tính (số máy tính đạt yêu cầu / tổng số máy tính hiện có).",
}

-- seed lines 198-207
-- b: the commune's information systems, shared with I.10 and I.11 (the three methods
-- divide by the same "tổng số hệ thống thông tin của (cơ quan) chính quyền cấp xã").
-- A commune with no information system of its own (so_httt = 0): the seed gives no rule, the
-- value is undefined (reported) and the criterion unknown.
indicator "I.9" {
  "Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  unit   = "%",
  a      = count "Số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { na, na, "100%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã.",
  legal  = "Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ.",
}

-- seed lines 208-217
indicator "I.10" {
  "Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp xã được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
  unit   = "%",
  a      = count "Số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { na, na, "50%", "70%", "100%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt trên tổng số hệ thống thông tin của chính quyền cấp xã.",
  legal  = "Chỉ thị số 09/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ.",
}

-- seed lines 218-227
indicator "I.11" {
  "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  unit   = "%",
  a      = count "Số hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { na, "40%", "60%", "80%", "100%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm) trên tổng số hệ thống thông tin của cơ quan chính quyền cấp xã.",
  legal  = "Chỉ thị số 09/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ.",
}

-- seed lines 228-237
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "I.12" {
  "Hệ thống camera giám sát an ninh, trật tự xã hội",
  unit   = "Hệ thống",
  co_he_thong = yesno "Chính quyền cấp xã có triển khai và sử dụng Hệ thống camera giám sát an ninh, trật tự xã hội",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp xã có triển khai và sử dụng Hệ thống camera giám sát an ninh, trật tự xã hội.",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 238-247
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "I.13" {
  "Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông",
  unit   = "Hệ thống",
  co_he_thong = yesno "Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông trong hoạt động",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Đài truyền thanh xã, phường, thị trấn có ứng dụng công nghệ thông tin - viễn thông trong hoạt động.",
  legal  = "Quyết định số 1381/QĐ-BTTTT ngày 07 tháng 9 năm 2021 của Bộ trưởng Bộ Thông tin và Truyền thông.",
}

-- seed lines 248-257
-- levels: 1 "Không áp dụng" | 2 "Có điểm phục vụ" | 3 "Có điểm phục vụ" | 4 "Có điểm phục vụ" | 5 "Có điểm phục vụ"
indicator "I.14" {
  "Điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  unit   = "Điểm phục vụ",
  co_diem_phuc_vu = yesno "Điểm phục vụ bưu chính tại xã có ít nhất 01 máy tính được kết nối Internet và sẵn sàng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  value  = "co_diem_phuc_vu",
  levels = { na, "yes", "yes", "yes", "yes" },
  source = "Điểm phục vụ bưu chính tại xã có ít nhất 01 máy tính được kết nối Internet và sẵn sàng phục vụ người dân sử dụng dịch vụ công trực tuyến.",
  legal  = "Quyết định số 654/QĐ-TTg ngày 30 tháng 5 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 258-267
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có kết nối" | 4 "Có kết nối" | 5 "Có kết nối"
indicator "I.15" {
  "UBND cấp xã kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
  unit   = "Kết nối",
  co_ket_noi = yesno "Hệ thống mạng của trụ sở UBND cấp xã có kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
  value  = "co_ket_noi",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Hệ thống mạng của trụ sở UBND cấp xã có kết nối và sử dụng mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước.",
  legal  = "Yêu cầu về hạ tầng mạng, đường truyền kết nối của Đề án 06",
}

-- seed lines 268-277
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có trang thông tin điện tử" | 4 "Có trang thông tin điện tử" | 5 "Có trang thông tin điện tử"
indicator "I.16" {
  "Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023",
  unit   = "Trang",
  co_trang = yesno "UBND cấp xã có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023",
  value  = "co_trang",
  levels = { na, na, "yes", "yes", "yes" },
  source = "UBND cấp xã có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023.",
  legal  = "Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Thông tin và Truyền thông",
}

-- seed lines 278-287
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "I.17" {
  "Chính quyền cấp xã sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp",
  unit   = "Hệ thống",
  co_he_thong = yesno "Chính quyền cấp xã có sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp xã có sử dụng hệ thống, nền tảng họp không giấy tờ trong các cuộc họp.",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 288-298
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có ứng dụng hệ thống" | 4 "Có ứng dụng hệ thống" | 5 "Có ứng dụng hệ thống"
indicator "I.18" {
  "Chính quyền cấp xã có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
  unit   = "Hệ thống",
  co_ung_dung = yesno "Chính quyền cấp xã có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
  value  = "co_ung_dung",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp xã có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
  legal  = [[- Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn;
- Quyết định số 83/QĐ-BNV ngày 15 tháng 02 năm 2023 của Bộ trưởng Bộ Nội vụ]],
}

-- seed lines 299-308
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có nền tảng" | 4 "Có nền tảng" | 5 "Có nền tảng"
indicator "I.19" {
  "Phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân thông qua các nền tảng số hoặc mạng xã hội",
  unit   = "Nền tảng",
  co_nen_tang = yesno "Chính quyền cấp xã có sử dụng nền tảng số hoặc mạng xã hội để phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân",
  value  = "co_nen_tang",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp xã có sử dụng nền tảng số hoặc mạng xã hội để phổ biến thông tin (pháp luật, thông báo, hướng dẫn…) đến người dân.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 309-318
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có kế hoạch" | 4 "Có kế hoạch" | 5 "Có kế hoạch"
indicator "I.20" {
  "Xây dựng và triển khai kế hoạch của địa phương để hỗ trợ, hướng dẫn người dân trong chuyển đổi số",
  unit   = "Chương trình, kế hoạch",
  co_ke_hoach = yesno "UBND cấp xã có ban hành Kế hoạch để hỗ trợ, hướng dẫn người dân trong chuyển đổi số",
  value  = "co_ke_hoach",
  levels = { na, na, "yes", "yes", "yes" },
  source = "UBND cấp xã có ban hành Kế hoạch để hỗ trợ, hướng dẫn người dân trong chuyển đổi số.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 319-328
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có diễn đàn, nhóm công tác" | 4 "Có diễn đàn, nhóm công tác" | 5 "Có diễn đàn, nhóm công tác"
indicator "I.21" {
  "Sử dụng nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân trong xã trên nền tảng số, mạng xã hội",
  unit   = "Diễn đàn",
  co_dien_dan = yesno "UBND cấp xã có chỉ đạo, hình thành nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân trong xã trên nền tảng số, mạng xã hội",
  value  = "co_dien_dan",
  levels = { na, na, "yes", "yes", "yes" },
  source = "UBND cấp xã có chỉ đạo, hình thành nhóm, diễn đàn chia sẻ, trao đổi thông tin giữa cán bộ/công chức và người dân trong xã trên nền tảng số, mạng xã hội.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 329-338
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có ứng dụng hệ thống" | 5 "Có ứng dụng hệ thống"
indicator "I.22" {
  "Có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội của xã, phường, thị trấn",
  unit   = "Hệ thống",
  co_ung_dung = yesno "UBND cấp xã có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội để thu thập, phân tích, hiển thị số liệu kinh tế - xã hội",
  value  = "co_ung_dung",
  levels = { na, na, na, "yes", "yes" },
  source = "UBND cấp xã có ứng dụng hệ thống quản lý thông tin dữ liệu kinh tế - xã hội để thu thập, phân tích, hiển thị số liệu kinh tế - xã hội.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 339-348
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có nền tảng" | 5 "Có nền tảng"
indicator "I.23" {
  "Có ứng dụng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã",
  unit   = "Nền tảng",
  co_nen_tang = yesno "Chính quyền cấp xã có sử dụng nền tảng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã",
  value  = "co_nen_tang",
  levels = { na, na, na, "yes", "yes" },
  source = "Chính quyền cấp xã có sử dụng nền tảng tương tác và xử lý phản ánh kiến nghị của người dân cho chính quyền cấp xã.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 349-358
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có nền tảng" | 5 "Có nền tảng"
indicator "I.24" {
  "Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị",
  unit   = "Nền tảng",
  co_nen_tang = yesno "Chính quyền cấp xã có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị",
  value  = "co_nen_tang",
  levels = { na, na, na, "yes", "yes" },
  source = "Chính quyền cấp xã có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng xã/phường/thị trấn văn minh đô thị.",
  legal  = "Thực tế tại địa phương.",
}


-- =============================================================================
group "II" { "Kinh tế số" }   -- seed line 359
-- =============================================================================

-- seed lines 361-370
indicator "II.1" {
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  unit   = "%",
  a      = count "Số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  b      = count "Tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã",
  value  = "a / b",
  levels = { "20%", "30%", "40%", "50%", "70%" },
  source = "Tỷ lệ phần trăm số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 371-380
indicator "II.2" {
  "Tỷ lệ thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh",
  unit   = "%",
  a      = count "Số thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh",
  b      = count "Tổng số thành viên của hợp tác xã, doanh nghiệp trên địa bàn xã",
  value  = "a / b",
  levels = { "30%", "40%", "50%", "70%", "90%" },
  source = "Tỷ lệ phần trăm của số thành viên của hợp tác xã, doanh nghiệp được định hướng, tập huấn ứng dụng công nghệ số phục vụ sản xuất, kinh doanh trên tổng số thành viên của hợp tác xã, doanh nghiệp trên địa bàn xã.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn.",
}

-- seed lines 381-390
-- levels: 1 "Không áp dụng" | 2 "Có sản phẩm" | 3 "Có sản phẩm" | 4 "Có sản phẩm" | 5 "Có sản phẩm"
indicator "II.3" {
  "Có sản phẩm chủ lực, đặc trưng hoặc sản phẩm OCOP (nếu có) của địa phương được đưa lên sàn thương mại điện tử",
  unit   = "Sản phẩm",
  co_san_pham = yesno "Địa phương cấp xã có sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử",
  value  = "co_san_pham",
  levels = { na, "yes", "yes", "yes", "yes" },
  source = "Địa phương cấp xã có sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 391-400
-- Levels 3 and 4, "Có 1" / "Có 2 doanh nghiệp, hợp tác xã": AT LEAST 1 / 2 (a commune with more
-- meets them too; level 5 says "trở lên").
-- SEED DEFECT, level 5: "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã
-- trên địa bàn" (seed line 398) mixes a count and a percentage in a criterion whose unit is
-- "Doanh nghiệp, hợp tác xã" (line 393), and offers the "100 %" way out at level 5 only: a commune
-- with a single enterprise/cooperative that applies digital technology meets level 5 (1/1 = 100 %)
-- but never level 4 ("Có 2"), so under the cumulative rule the 100 % clause only matters for a
-- commune with exactly 2 (meets level 4 with 2 and level 5 with 2/2).
-- Reading: met at level 5 when a >= 3, or when there is at least one enterprise/cooperative on the
-- territory and all of them apply it (b > 0 and a >= b). b = 0 (none on the territory) is not
-- "100 %" of anything: level 5 is then met only with a >= 3, which cannot happen.
-- levels:
--   1 "Không áp dụng"
--   2 "Không áp dụng"
--   3 "Có 1 doanh nghiệp, hợp tác xã"
--   4 "Có 2 doanh nghiệp, hợp tác xã"
--   5 "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn"
indicator "II.4" {
  "Doanh nghiệp, hợp tác xã ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh",
  unit   = "Doanh nghiệp, hợp tác xã",
  a      = count "Số doanh nghiệp, hợp tác xã có ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh",
  b      = count "Tổng số doanh nghiệp, hợp tác xã trên địa bàn xã",
  value  = "a",
  levels = { na, na, ">= 1", ">= 2", "value >= 3 or (b > 0 and value >= b)" },
  -- Level 5 as the decision writes it ("Có 3 … trở lên hoặc 100% …"), for tieuchi check.
  as_written = { [5] = "value >= 3 or value >= 100%" },
  source = "Doanh nghiệp, hợp tác xã có ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
  note   = [[Mức 5 "Có 3 doanh nghiệp, hợp tác xã trở lên hoặc 100% doanh nghiệp, hợp tác xã trên địa bàn": đạt khi a >= 3, hoặc khi trên địa bàn có doanh nghiệp, hợp tác xã (b > 0) và tất cả đều ứng dụng (a >= b). Mức 3, 4 "Có 1", "Có 2": tối thiểu 1, 2.]],
}

-- seed lines 401-410
indicator "II.5" {
  "Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
  unit   = "%",
  a      = count "Số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
  b      = count "Tổng số doanh nghiệp, tổ chức có hoạt động trên địa bàn xã",
  value  = "a / b",
  levels = { na, na, "50%", "70%", "100%" },
  source = "Tỷ lệ phần trăm của số các tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí trên tổng số các doanh nghiệp, tổ chức có hoạt động trên địa bàn xã.",
  legal  = "Quyết định số 241/QĐ- TTg ngày 23 tháng 02 năm 2018 của Thủ tướng Chính phủ",
}


-- =============================================================================
group "III" { "Xã hội số" }   -- seed line 411
-- =============================================================================

-- seed lines 413-422
indicator "III.1" {
  "Tỷ lệ dân số trưởng thành từ 15 tuổi trở lên có điện thoại thông minh",
  unit   = "%",
  a      = count "Số người từ 15 tuổi trở lên có điện thoại thông minh",
  b      = count "Tổng dân số từ 15 tuổi trở lên tại địa phương cấp xã",
  value  = "a / b",
  levels = { "50%", "60%", "70%", "80%", "100%" },
  source = "Tỷ lệ phần trăm dân số trưởng thành từ 15 tuổi trở lên có điện thoại thông minh trên tổng dân số từ 15 tuổi trở lên tại địa phương cấp xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 423-432
indicator "III.2" {
  "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang",
  unit   = "%",
  a      = count "Số hộ gia đình được phủ mạng Internet băng rộng cáp quang",
  b      = count "Tổng số hộ gia đình tại địa phương cấp xã",
  value  = "a / b",
  levels = { "50%", "60%", "70%", "80%", "100%" },
  source = "Tỷ lệ phần trăm của số hộ gia đình được phủ mạng Internet băng rộng cáp quang trên tổng số hộ gia đình tại địa phương cấp xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 433-442
indicator "III.3" {
  "Tỷ lệ dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân",
  unit   = "%",
  a      = count "Số người từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân",
  b      = count "Tổng dân số từ 18 tuổi trở lên tại địa phương cấp xã",
  value  = "a / b",
  levels = { "20%", "30%", "40%", "50%", "60%" },
  source = "Tỷ lệ phần trăm dân số trưởng thành từ 18 tuổi trở lên có chữ ký số hoặc chữ ký điện tử cá nhân trên tổng dân số từ 18 tuổi trở lên tại địa phương cấp xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 443-452
-- The method's "độ tuổi trường thành" is a typo for "trưởng thành" (kept in `source`).
indicator "III.4" {
  "Tỷ lệ người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử",
  unit   = "%",
  a      = count "Số người dân trong độ tuổi trưởng thành được thiết lập tài khoản định danh điện tử",
  b      = count "Tổng số người dân trong độ tuổi trưởng thành tại địa phương cấp xã",
  value  = "a / b",
  levels = { "40%", "50%", "60%", "70%", "80%" },
  source = "Tỷ lệ phần trăm của số người dân trong độ tuổi trường thành được thiết lập tài khoản định danh điện tử trên tổng số người dân trong độ tuổi trưởng thành tại địa phương cấp xã.",
  legal  = "Nghị định số 69/2024/NĐ-CP ngày 25 tháng 6 năm 2024 của Chính phủ",
}

-- seed lines 453-462
indicator "III.5" {
  "Tỷ lệ người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội",
  unit   = "%",
  a      = count "Số người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội",
  b      = count "Tổng số người dân trong độ tuổi lao động tại địa phương cấp xã",
  value  = "a / b",
  levels = { "10%", "30%", "50%", "70%", "90%" },
  source = "Tỷ lệ phần trăm của số người dân trong độ tuổi lao động được tập huấn, hướng dẫn kỹ năng số cơ bản, an toàn thông tin trên không gian mạng và hành vi ứng xử trên các mạng xã hội trên tổng số người dân trong độ tuổi lao động tại địa phương cấp xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
  note   = [[Sửa lỗi chính tả của văn bản: "được được" thành "được".]],
}

-- seed lines 463-472
indicator "III.6" {
  "Tỷ lệ người dân có hồ sơ sức khỏe điện tử",
  unit   = "%",
  a      = count "Số người dân đã được thiết lập hồ sơ sức khỏe điện tử",
  b      = count "Tổng số người dân của địa phương cấp xã",
  value  = "a / b",
  levels = { "60%", "70%", "80%", "90%", "100%" },
  source = "Tỷ lệ phần trăm của số người dân đã được thiết lập hồ sơ sức khỏe điện tử trên tổng số người dân của địa phương cấp xã.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 473-482
indicator "III.7" {
  "Tỷ lệ nhà văn hóa tại thôn, bản, tổ dân phố có kết nối Internet cáp quang băng rộng",
  unit   = "%",
  a      = count "Số nhà văn hóa tại địa phương có kết nối Internet cáp quang băng rộng",
  b      = count "Tổng số nhà văn hóa tại khu dân cư của địa phương cấp xã",
  value  = "a / b",
  levels = { na, "80%", "90%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số nhà văn hóa tại địa phương có kết nối Internet cáp quang băng rộng trên tổng số nhà văn hóa tại khu dân cư của địa phương cấp xã.",
  legal  = "Quyết định số 816/QĐ-BTTTT ngày 18 tháng 5 năm 2024 của Bộ trưởng Bộ Thông tin và Truyền thông",
}

-- seed lines 483-492
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "III.8" {
  "Trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế",
  unit   = "Hệ thống",
  co_he_thong = yesno "Trạm y tế xã có triển khai thực hiện hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Trạm y tế xã có triển khai thực hiện hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT.",
  legal  = "Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế",
}

-- seed lines 493-502
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có mô hình" | 4 "Có mô hình" | 5 "Có mô hình"
indicator "III.9" {
  "Có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo",
  unit   = "Mô hình",
  co_mo_hinh = yesno "Tại địa phương có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo",
  value  = "co_mo_hinh",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Tại địa phương có cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo.",
  legal  = "Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo",
}


-- =============================================================================
-- The level reached
-- =============================================================================
-- The seed (Kon Tum 121) lists five levels and a target per level, but does not state how they
-- combine. The cumulative reading is the national framework's, Quyết định 2361/QĐ-BTTTT
-- (31/12/2024), "Khung tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi số cấp
-- huyện và cấp xã", on which this decision is based (seed line 13); its text is not in the seed.
level_rule {
  "cumulative",
  registered = "muc_do_dang_ky",
  source = "Đạt mức độ k khi đạt tất cả các tiêu chí áp dụng ở mức độ k và đã đạt mức độ k - 1 "
    .. "(phương pháp đánh giá theo Khung tiêu chí của Quyết định số 2361/QĐ-BTTTT ngày 31/12/2024, "
    .. "căn cứ của Quyết định 121/QĐ-UBND); mức độ đăng ký: Mục II.3.a (trước ngày 20 tháng 01 hằng năm).",
}
