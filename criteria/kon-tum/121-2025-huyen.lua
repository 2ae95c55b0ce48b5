-- =============================================================================
-- Kon Tum 121/QĐ-UBND, 10/03/2025 — district criteria (mức độ chuyển đổi số cấp huyện)
-- =============================================================================
--
-- Decision   Quyết định số 121/QĐ-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh Kon Tum
--            "Ban hành Bộ tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi
--            số cấp huyện và cấp xã trên địa bàn tỉnh Kon Tum (Phiên bản 1.0)" (signed
--            "TM. Ủy ban nhân dân, Chủ tịch Lê Ngọc Tuấn"), built on the national framework
--            Quyết định số 2361/QĐ-BTTTT ngày 31/12/2024 (seed line 13).
-- Seed       ../shared/seeds/002_85a6a048cafd9f2d.txt (Kon Tum 121/QĐ-UBND)
--              lines 7-18     the decision (number, date, Điều 1-3); signature lines 33-35
--              lines 59-63    structure of the district criteria: "04 nhóm tiêu chí với 33 tiêu
--                             chí thành phần" (chung 01, Chính quyền số 22, Kinh tế số 06, Xã hội
--                             số 04)
--              lines 66-70    the five levels: 1 Khởi động, 2 Kết nối, 3 Cơ bản, 4 Nâng cao,
--                             5 Toàn diện
--              lines 77-81    procedure for districts: registration of a level with the Sở Khoa
--                             học và Công nghệ before 20/01 (78); self-assessment (Phụ lục 02,
--                             with "tài liệu kiểm chứng") before 30/11 (79); appraisal by the
--                             provincial council before 15/12 (80); recognition by the provincial
--                             People's Committee before 20/12 (81)
--              lines 503-855  Phụ lục 02: the table (STT, tên chỉ tiêu, đơn vị tính, the five
--                             levels, phương pháp tính / nguồn thu thập số liệu, căn cứ)
--              lines 517-526  criterion I.1, computed from the district's communes (Phụ lục 01,
--                             encoded in 121-2025-xa.lua and evaluated first: `children`)
-- Encoded    4 groups, 33 criteria, each with its unit, a value, one target per level (na for
--            "Không áp dụng"), the method / data source (`source`, verbatim) and the legal
--            basis (`legal`, verbatim). The seed has no evidence or agency column: evidence is
--            "tài liệu kiểm chứng liên quan" for the whole self-assessment (line 79), checked by
--            the Sở Khoa học và Công nghệ and the provincial appraisal council (line 80).
--
-- COUNTS STATED BY THE SEED (consistent; recorded in `stated` below):
--   * lines 59-63: "04 nhóm tiêu chí với 33 tiêu chí thành phần", 01 + 22 + 06 + 04.
--   * the table (lines 517-855): groups I (1 row), II (22), III (6), IV (4) = 33.
--   Criteria applicable per level, counted from the table: 17, 19, 27, 33, 33.
--
-- THE LEVEL RULE: as for communes (see 121-2025-xa.lua): cumulative, from the national
-- framework 2361/QĐ-BTTTT (the seed does not state it): a district is at level k when it meets
-- every criterion applicable at every level up to k. Registered level: muc_do_dang_ky (line 78).
--
-- INTERPRETATIONS (each is also commented at its criterion, quoting the seed):
--   I.1  from the communes: n = number of communes of the district in the data, n_k = how many
--        reached level k or higher. Level 1: n_1 / n = 100 %; level k >= 2: n_(k-1) / n = 100 %
--        and n_k / n >= 50 %. A commune whose level is unknown makes I.1 unknown; so does a
--        district with no commune in the data (n = 0: the shares are undefined).
--   Rates ("%", "Tỷ lệ phần trăm của số X trên tổng số Y"): counts a (X) and b (Y), value a / b,
--        met when a / b >= the level's percentage; II.1, II.2 give only the data source, read
--        the same way. b = 0: no rule in the seed -> undefined (reported), criterion unknown.
--   "Có …" targets (II.4, II.5, II.7, II.12 "Có", II.15 "Đài truyền thanh, truyền hình có ứng
--        dụng", II.17 "Có điểm", II.18 "Có Trang TTĐT", II.19-II.22, III.6): yes/no, "yes".
--   II.8 title counts officials, method counts computers: the method is followed.
--   II.9-II.11  one denominator, the district's information systems (shared input so_httt).
--   II.13, II.14  "Tối thiểu 01 hệ thống" (level 4), "Tối thiểu 03 hệ thống" (level 5): counts.
--   IV.1 denominator "tổng số xã, phường, thị trấn và thôn, bản, tổ dân phố": one count.
--
-- TEXT: criterion texts, `source` and `legal` are verbatim from Phụ lục 02, typos included
-- (II.15 "thông tin- viễn thông", II.16 "số điểm phục bưu chính"); input labels are worded
-- from the methods, typos corrected.
-- =============================================================================

decision "kon-tum/121-2025-huyen" {
  title    = "Bộ tiêu chí đánh giá mức độ chuyển đổi số cấp huyện",
  number   = "121/QĐ-UBND",
  issued   = "2025-03-10",
  province = "Kon Tum",
  issuer   = "Ủy ban nhân dân tỉnh Kon Tum",
  level    = "huyen",
  source   = "Phụ lục 02",
  stated   = {
    { groups = 4, indicators = 33,
      where = "Mục II.1 (seed lines 59-63): \"Gồm 04 nhóm tiêu chí với 33 tiêu chí thành phần\" (chung 01, Chính quyền số 22, Kinh tế số 06, Xã hội số 04)" },
  },
}

-- Seed lines 66-70: "Mức độ 1 - Khởi động" … "Mức độ 5 - Toàn diện".
contexts { levels = { "Khởi động", "Kết nối", "Cơ bản", "Nâng cao", "Toàn diện" } }

inputs {
  -- Line 78: "thực hiện đăng ký chuyển đổi số tương ứng với các mức độ phù hợp gửi Sở Khoa học
  -- và Công nghệ (trước ngày 20 tháng 01 hằng năm)": the level (1-5) the district registered.
  muc_do_dang_ky = count { "Mức độ chuyển đổi số đã đăng ký (1-5)", unit = "Mức độ" },
  -- The denominator of II.9, II.10 and II.11: "tổng số hệ thống thông tin của (cơ quan)
  -- chính quyền cấp huyện".
  so_httt        = count { "Tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện", unit = "Hệ thống" },
}

-- =============================================================================
group "I" { "Chỉ tiêu chung" }   -- seed line 517
-- =============================================================================

-- I.1 is computed from the district's communes, evaluated first by their own script
-- (Phụ lục 01): the rows whose `parent` column holds the district's id.
children { script = "121-2025-xa.lua" }

-- seed lines 519-526
-- Seed lines 522-526, read with n = children_count() (the communes of the district in the data)
-- and n_k = children_at_level(k) (how many of them reached level k OR HIGHER):
--   level 1 "100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động"
--                                                                  -> n_1 / n == 100%
--   level k = 2..5 "100% xã ... đạt mức độ chuyển đổi số từ mức <k-1> trở lên, trong đó tối
--           thiểu 50% đạt mức <k>"                    -> n_(k-1) / n == 100% and n_k / n >= 50%
-- The shares are written as the seed writes them (percentages of the communes), not as
-- n_(k-1) == n: a district with no commune in the data (n = 0) then has every I.1 target
-- undefined (reported) and unknown, instead of "100 % of no commune" being met at every level.
-- "đạt mức khởi động" (level 1) is read as "level 1 or higher": a commune at level 3 has also
-- reached Khởi động, and "tối thiểu 50% đạt mức kết nối" plainly counts communes above Kết nối
-- too. "Tối thiểu 50%" includes exactly 50 % (2 of 4 communes).
-- The value shown is n_1 / n, the share of communes that reached a level ("đạt chuẩn"); the
-- targets do not use it. A commune whose level is unknown makes I.1 unknown.
-- The seed gives no method or legal basis for I.1 (its row has no such cells).
indicator "I.1" {
  "Tỷ lệ xã, phường, thị trấn thuộc quận, huyện, thị xã, thành phố đạt chuẩn chuyển đổi số",
  unit   = "%",
  value  = "children_at_level(1) / children_count()",
  levels = {
    "children_at_level(1) / children_count() == 100%",
    "children_at_level(1) / children_count() == 100% and children_at_level(2) / children_count() >= 50%",
    "children_at_level(2) / children_count() == 100% and children_at_level(3) / children_count() >= 50%",
    "children_at_level(3) / children_count() == 100% and children_at_level(4) / children_count() >= 50%",
    "children_at_level(4) / children_count() == 100% and children_at_level(5) / children_count() >= 50%",
  },
  source = [[Mức 1: 100% xã, phường, thị trấn đạt mức độ chuyển đổi số mức khởi động
Mức 2: 100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức khởi động trở lên, trong đó tối thiểu 50% đạt mức kết nối
Mức 3: 100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức kết nối trở lên, trong đó tối thiểu 50% đạt mức cơ bản
Mức 4: 100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức cơ bản trở lên, trong đó tối thiểu 50% đạt mức nâng cao
Mức 5: 100% xã, phường, thị trấn đạt mức độ chuyển đổi số từ mức nâng cao trở lên, trong đó tối thiểu 50% đạt mức toàn diện]],
  note   = "Mức 1: 100% xã đạt từ mức 1 trở lên; mức k (2-5): 100% xã đạt từ mức k-1 trở lên và tối thiểu 50% đạt từ mức k trở lên. Mức độ của xã tính theo Phụ lục 01 (121-2025-xa.lua).",
}


-- =============================================================================
group "II" { "Chính quyền số" }   -- seed line 527
-- =============================================================================

-- seed lines 529-538
-- The seed gives only the data source ("Cổng dịch vụ công cấp tỉnh"): a / b.
indicator "II.1" {
  "Tỷ lệ thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  unit   = "%",
  a      = count "Số thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình",
  b      = count "Tổng số thủ tục hành chính đủ điều kiện theo quy định của pháp luật",
  value  = "a / b",
  levels = { "70%", "80%", "90%", "100%", "100%" },
  source = "Cổng dịch vụ công cấp tỉnh",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ",
}

-- seed lines 539-548
-- The seed gives only the data source (the government's monitoring system): a / b.
indicator "II.2" {
  "Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình",
  unit   = "%",
  a      = count "Số hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình",
  b      = count "Tổng số hồ sơ thủ tục hành chính",
  value  = "a / b",
  levels = { "20%", "30%", "40%", "80%", "90%" },
  source = "Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số.",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ",
}

-- seed lines 549-559
indicator "II.3" {
  "Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng",
  unit   = "%",
  a      = count "Số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành",
  b      = count "Tổng số văn bản đến và đi của cơ quan cấp huyện",
  value  = "a / b",
  levels = { "75%", "85%", "95%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số văn bản được xử lý trên phần mềm quản lý văn bản và điều hành trên tổng số văn bản đến và đi của cơ quan cấp huyện.",
  legal  = [[- Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ
- Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024 của Chính phủ]],
}

-- seed lines 560-569
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có sử dụng hệ thống" | 5 "Có sử dụng hệ thống"
indicator "II.4" {
  "Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của chính quyền được thực hiện trên hệ thống và kết nối, tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ",
  unit   = "Chế độ báo cáo",
  co_su_dung = yesno "Địa phương cấp huyện có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ",
  value  = "co_su_dung",
  levels = { na, na, na, "yes", "yes" },
  source = "Địa phương cấp huyện có triển khai sử dụng Hệ thống thông tin báo cáo và tích hợp, chia sẻ dữ liệu với Hệ thống thông tin báo cáo Chính phủ.",
  legal  = "Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ",
}

-- seed lines 570-579
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có triển khai nền tảng" | 5 "Có triển khai nền tảng"
indicator "II.5" {
  "Địa phương có ứng dụng, triển khai trợ lý ảo phục vụ hoạt động của cán bộ, công chức, viên chức và phục vụ người dân.",
  unit   = "Nền tảng",
  co_trien_khai = yesno "Cán bộ, công chức, viên chức cấp huyện có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn",
  value  = "co_trien_khai",
  levels = { na, na, na, "yes", "yes" },
  source = "Cán bộ, công chức, viên chức cấp huyện có ứng dụng trợ lý ảo để hỗ trợ công tác chuyên môn.",
  legal  = "Quyết định số 58/QĐ-UBQGCĐS ngày 19 tháng 4 năm 2024 về việc ban hành Kế hoạch hoạt động năm 2024 của Ủy ban Quốc gia về chuyển đổi số",
}

-- seed lines 580-589
indicator "II.6" {
  "Tỷ lệ cán bộ, công chức được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
  unit   = "%",
  a      = count "Số cán bộ, công chức cấp huyện được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số",
  b      = count "Tổng số cán bộ, công chức của địa phương cấp huyện tại thời điểm đánh giá",
  value  = "a / b",
  levels = { "50%", "60%", "80%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số cán bộ, công chức cấp huyện được tham gia đào tạo, bồi dưỡng, tập huấn, cập nhật kiến thức về chuyển đổi số, kỹ năng số, công nghệ số trên tổng số cán bộ, công chức của địa phương cấp huyện tại thời điểm đánh giá.",
  legal  = "Quyết định số 146/QĐ-TTg ngày 28 tháng 01 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 590-599
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có kết nối" | 4 "Có kết nối" | 5 "Có kết nối"
indicator "II.7" {
  "Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
  unit   = "Kết nối",
  co_ket_noi = yesno "Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước",
  value  = "co_ket_noi",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Hệ thống mạng của trụ sở UBND quận, huyện, thị xã, thành phố có kết nối mạng truyền số liệu chuyên dùng phục vụ các cơ quan Đảng, Nhà nước.",
  legal  = "Yêu cầu về hạ tầng mạng, đường truyền kết nối của Đề án 06",
}

-- seed lines 600-609
-- As commune I.8: the title counts officials, the method computers; the method is followed.
indicator "II.8" {
  "Tỷ lệ công chức cấp huyện được trang bị máy tính, có kết nối mạng LAN, được cài phần mềm phòng chống virus, mã độc",
  unit   = "%",
  a      = count "Số máy tính được trang bị cho công chức cấp huyện có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc",
  b      = count "Tổng số máy tính hiện có của cơ quan chính quyền cấp huyện",
  value  = "a / b",
  levels = { "50%", "60%", "70%", "80%", "90%" },
  source = "Tỷ lệ phần trăm của số máy tính được trang bị cho công chức cấp huyện có kết nối mạng LAN được cài đặt phần mềm chống virus, mã độc trên tổng số máy tính hiện có của cơ quan chính quyền cấp huyện.",
  legal  = "Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2018 của Thủ tướng Chính phủ",
  note   = "Tên tiêu chí tính theo công chức, phương pháp tính theo máy tính: áp dụng phương pháp tính (số máy tính đạt yêu cầu / tổng số máy tính hiện có).",
}

-- seed lines 610-619
-- b: the district's information systems, shared with II.10 and II.11 (same denominator
-- in the three methods). so_httt = 0: no rule in the seed -> undefined (reported), unknown.
indicator "II.9" {
  "Tỷ lệ hệ thống thông tin của chính quyền được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  unit   = "%",
  a      = count "Số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { "50%", "70%", "90%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin được phê duyệt cấp độ an toàn thông tin mạng theo Nghị định số 85/2016/NĐ-CP của Chính phủ trên tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện.",
  legal  = "Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ",
}

-- seed lines 620-629
indicator "II.10" {
  "Tỷ lệ hệ thống thông tin của Ủy ban nhân dân cấp huyện được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
  unit   = "%",
  a      = count "Số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { "10%", "20%", "30%", "50%", "70%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin có triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ được phê duyệt trên tổng số hệ thống thông tin của chính quyền cấp huyện.",
  legal  = "Chỉ thị số 09/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ",
}

-- seed lines 630-639
indicator "II.11" {
  "Tỷ lệ hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  unit   = "%",
  a      = count "Số hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm)",
  b      = shared "so_httt",
  value  = "a / b",
  levels = { "20%", "40%", "60%", "80%", "100%" },
  source = "Tỷ lệ phần trăm của số hệ thống thông tin được kiểm tra, đánh giá an toàn thông tin theo cấp độ (01 lần kiểm tra, đánh giá được tính cho 02 năm) trên tổng số hệ thống thông tin của cơ quan chính quyền cấp huyện.",
  legal  = "Chỉ thị số 09/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ",
}

-- seed lines 640-649
-- Unit "Có/ không", target "Có" at every level: yes/no, "yes" x 5.
-- levels: 1 "Có" | 2 "Có" | 3 "Có" | 4 "Có" | 5 "Có"
indicator "II.12" {
  "Người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin",
  unit   = "Có/ không",
  co_nhan_su = yesno "Địa phương phân công, bố trí người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin",
  value  = "co_nhan_su",
  levels = { "yes", "yes", "yes", "yes", "yes" },
  source = "Địa phương phân công, bố trí người làm công tác chuyên trách/kiêm nhiệm về chuyển đổi số và an toàn thông tin.",
  legal  = "Chỉ thị số 09/CT-TTg ngày 23 tháng 02 năm 2024 của Thủ tướng Chính phủ",
}

-- seed lines 650-659
-- "Tối thiểu 01 hệ thống" (level 4), "Tối thiểu 03 hệ thống" (level 5): a count.
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Tối thiểu 01 hệ thống" | 5 "Tối thiểu 03 hệ thống"
indicator "II.13" {
  "Hệ thống chiếu sáng thông minh công cộng",
  unit   = "Hệ thống",
  so_he_thong = count "Số hệ thống chiếu sáng thông minh nơi công cộng của chính quyền cấp huyện",
  value  = "so_he_thong",
  levels = { na, na, na, ">= 1", ">= 3" },
  source = "Chính quyền cấp huyện có hệ thống chiếu sáng thông minh nơi công cộng.",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 660-669
-- "Tối thiểu 01 hệ thống" (level 4), "Tối thiểu 03 hệ thống" (level 5): a count.
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Tối thiểu 01 hệ thống" | 5 "Tối thiểu 03 hệ thống"
indicator "II.14" {
  "Hệ thống camera giám sát an ninh, trật tự xã hội",
  unit   = "Hệ thống",
  so_he_thong = count "Số hệ thống camera giám sát an ninh, trật tự xã hội được chính quyền cấp huyện triển khai và sử dụng",
  value  = "so_he_thong",
  levels = { na, na, na, ">= 1", ">= 3" },
  source = "Chính quyền cấp huyện có triển khai và sử dụng Hệ thống camera giám sát an ninh, trật tự xã hội",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 670-679
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Đài truyền thanh, truyền hình có ứng dụng" | 4 "Đài truyền thanh, truyền hình có ứng dụng" | 5 "Đài truyền thanh, truyền hình có ứng dụng"
indicator "II.15" {
  "Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin - viễn thông",
  unit   = "Đài truyền thanh, truyền hình",
  co_ung_dung = yesno "Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin- viễn thông trong hoạt động",
  value  = "co_ung_dung",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Đài truyền thanh, truyền hình của quận, huyện, thị xã, thành phố có ứng dụng công nghệ thông tin- viễn thông trong hoạt động.",
  legal  = "Quyết định số 1381/QĐ-BTTTT ngày 07 tháng 9 năm 2021 của Bộ trưởng Bộ Thông tin và Truyền thông",
}

-- seed lines 680-689
-- The method's "số điểm phục bưu chính" lacks "vụ" (kept in `source`, corrected in the label).
indicator "II.16" {
  "Tỷ lệ điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  unit   = "%",
  a      = count "Số điểm phục vụ bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến",
  b      = count "Tổng số điểm phục vụ bưu chính thuộc mạng bưu chính công cộng trên địa bàn huyện",
  value  = "a / b",
  levels = { na, "50%", "60%", "70%", "80%" },
  source = "Tỷ lệ phần trăm của số điểm phục bưu chính có khả năng phục vụ người dân sử dụng dịch vụ công trực tuyến trên tổng số điểm phục vụ bưu chính thuộc mạng bưu chính công cộng trên địa bàn huyện.",
  legal  = "Quyết định số 654/QĐ-TTg ngày 30 tháng 5 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 690-699
-- Unit "Điểm", target "Có điểm": yes/no (the district has such wifi points).
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có điểm" | 4 "Có điểm" | 5 "Có điểm"
indicator "II.17" {
  "Có hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện",
  unit   = "Điểm",
  co_diem = yesno "Có cung cấp hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện",
  value  = "co_diem",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Có cung cấp hệ thống WiFi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng như tại nhà văn hóa, các điểm tham quan du lịch, trụ sở UBND cấp huyện.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 700-709
-- The method adds "và tích hợp với Cổng TTĐT cấp tỉnh": the yes/no input is worded
-- with it (the method is the test).
-- levels: 1 "Có Trang TTĐT" | 2 "Có Trang TTĐT" | 3 "Có Trang TTĐT" | 4 "Có Trang TTĐT" | 5 "Có Trang TTĐT"
indicator "II.18" {
  "Trang thông tin điện tử (TTĐT) cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023",
  unit   = "Trang TTĐT",
  co_trang = yesno "UBND cấp huyện có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 và tích hợp với Cổng TTĐT cấp tỉnh",
  value  = "co_trang",
  levels = { "yes", "yes", "yes", "yes", "yes" },
  source = "UBND cấp huyện có Trang thông tin điện tử cung cấp đầy đủ thông tin theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 và Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 và tích hợp với Cổng TTĐT cấp tỉnh.",
  legal  = "Thông tư số 22/2023/TT-BTTTT ngày 31 tháng 12 năm 2023 của Bộ trưởng Bộ Thông tin và Truyền thông",
}

-- seed lines 710-719
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "II.19" {
  "Hệ thống hội nghị truyền hình kết hợp họp không giấy tờ",
  unit   = "Hệ thống",
  co_he_thong = yesno "Chính quyền cấp huyện có triển khai hệ thống hội nghị truyền hình kết hợp họp không giấy tờ",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp huyện có triển khai hệ thống hội nghị truyền hình kết hợp họp không giấy tờ",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 720-729
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "II.20" {
  "Có Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện",
  unit   = "Hệ thống",
  co_he_thong = yesno "Có triển khai Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện",
  value  = "co_he_thong",
  levels = { na, na, na, "yes", "yes" },
  source = "Có triển khai Trung tâm giám sát, điều hành thông minh (IOC) hoặc hệ thống quản lý dữ liệu tập trung phục vụ công tác quản lý, chỉ đạo điều hành của lãnh đạo UBND cấp huyện.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 730-740
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có hệ thống" | 4 "Có hệ thống" | 5 "Có hệ thống"
indicator "II.21" {
  "Chính quyền cấp huyện có hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
  unit   = "Hệ thống",
  co_he_thong = yesno "Chính quyền cấp huyện có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước",
  value  = "co_he_thong",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp huyện có sử dụng hệ thống ứng dụng công nghệ thông tin trong đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.",
  legal  = [[- Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn
- Quyết định số 83/QĐ-BNV ngày 15 tháng 02 năm 2023 của Bộ trưởng Bộ Nội vụ]],
}

-- seed lines 741-750
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Có nền tảng" | 4 "Có nền tảng" | 5 "Có nền tảng"
indicator "II.22" {
  "Có ứng dụng nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị",
  unit   = "Nền tảng",
  co_nen_tang = yesno "Chính quyền cấp huyện có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị",
  value  = "co_nen_tang",
  levels = { na, na, "yes", "yes", "yes" },
  source = "Chính quyền cấp huyện có triển khai nền tảng số để giải quyết hiệu quả các bài toán của địa phương trong quản lý đô thị và xây dựng quận/huyện/thị xã/thành phố văn minh đô thị.",
  legal  = "Thực tế tại địa phương",
}


-- =============================================================================
group "III" { "Kinh tế số" }   -- seed line 751
-- =============================================================================

-- seed lines 753-762
indicator "III.1" {
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  unit   = "%",
  a      = count "Số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  b      = count "Tổng số doanh nghiệp nhỏ và vừa trên địa bàn huyện",
  value  = "a / b",
  levels = { "30%", "50%", "70%", "80%", "90%" },
  source = "Tỷ lệ phần trăm của số doanh nghiệp nhỏ và vừa có sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số doanh nghiệp nhỏ và vừa trên địa bàn huyện.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 763-772
indicator "III.2" {
  "Tỷ lệ doanh nghiệp, hợp tác xã sử dụng hợp đồng điện tử",
  unit   = "%",
  a      = count "Số doanh nghiệp, hợp tác xã có sử dụng hợp đồng điện tử",
  b      = count "Tổng số doanh nghiệp, hợp tác xã trên địa bàn huyện",
  value  = "a / b",
  levels = { "20%", "40%", "60%", "70%", "80%" },
  source = "Tỷ lệ phần trăm của số doanh nghiệp, hợp tác xã có sử dụng hợp đồng điện tử trên tổng số doanh nghiệp, hợp tác xã trên địa bàn huyện.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 773-782
indicator "III.3" {
  "Tỷ lệ hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  unit   = "%",
  a      = count "Số hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh",
  b      = count "Tổng số hộ kinh doanh cá thể, hợp tác xã trên địa bàn huyện",
  value  = "a / b",
  levels = { "10%", "20%", "30%", "40%", "50%" },
  source = "Tỷ lệ phần trăm của số hộ kinh doanh cá thể, hợp tác xã sử dụng nền tảng số phục vụ sản xuất, kinh doanh trên tổng số hộ kinh doanh cá thể, hợp tác xã trên địa bàn huyện.",
  legal  = "Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ",
}

-- seed lines 783-792
indicator "III.4" {
  "Tỷ lệ tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
  unit   = "%",
  a      = count "Số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí",
  b      = count "Tổng số doanh nghiệp, tổ chức có hoạt động trên địa bàn huyện",
  value  = "a / b",
  levels = { na, "50%", "60%", "70%", "100%" },
  source = "Tỷ lệ phần trăm của số tổ chức, doanh nghiệp chấp nhận hình thức thanh toán không dùng tiền mặt cho các dịch vụ thiết yếu như là tiền điện, tiền nước, các loại phí trên tổng số các doanh nghiệp, tổ chức có hoạt động trên địa bàn huyện.",
  legal  = "Quyết định số 241/QĐ-TTg ngày 23 tháng 02 năm 2018 của Thủ tướng Chính phủ",
}

-- seed lines 793-802
indicator "III.5" {
  "Tỷ lệ các sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) của địa phương được đưa lên sàn thương mại điện tử",
  unit   = "%",
  a      = count "Số sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử",
  b      = count "Tổng số sản phẩm chủ lực, đặc trưng, OCOP của địa phương cấp huyện",
  value  = "a / b",
  levels = { "60%", "70%", "80%", "90%", "100%" },
  source = "Tỷ lệ phần trăm của số sản phẩm chủ lực, đặc trưng, sản phẩm OCOP (nếu có) được đưa lên sàn thương mại điện tử trên tổng số sản phẩm chủ lực, đặc trưng, OCOP của địa phương cấp huyện.",
  legal  = "Công văn số 3445/BNN-VPĐP ngày 29 tháng 5 năm 2023 của Bộ Nông nghiệp và Phát triển nông thôn",
}

-- seed lines 803-812
-- levels: 1 "Không áp dụng" | 2 "Không áp dụng" | 3 "Không áp dụng" | 4 "Có triển khai nền tảng" | 5 "Có triển khai nền tảng"
indicator "III.6" {
  "Ứng dụng nền tảng số trong hoạt động di chuyển, giao nhận của người dân và logistics",
  unit   = "Nền tảng",
  co_nen_tang = yesno "Hoạt động chuyển phát, logistics trên địa bàn huyện có ứng dụng nền tảng số",
  value  = "co_nen_tang",
  levels = { na, na, na, "yes", "yes" },
  source = "Hoạt động chuyển phát, logistics trên địa bàn huyện có ứng dụng nền tảng số.",
  legal  = "Quyết định số 221/QĐ-TTg ngày 22 tháng 02 năm 2021 của Thủ tướng Chính phủ",
}


-- =============================================================================
group "IV" { "Xã hội số" }   -- seed line 813
-- =============================================================================

-- seed lines 815-824
-- b: "tổng số xã, phường, thị trấn và thôn, bản, tổ dân phố" — one count, communes plus
-- villages/residential groups, as the method says.
indicator "IV.1" {
  "Tỷ lệ tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động",
  unit   = "%",
  a      = count "Số Tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động",
  b      = count "Tổng số xã, phường, thị trấn và thôn, bản, tổ dân phố của địa phương cấp huyện",
  value  = "a / b",
  levels = { "70%", "80%", "90%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số Tổ công nghệ số cộng đồng được thành lập và đi vào hoạt động trên tổng số xã, phường, thị trấn và thôn, bản, tổ dân phố của địa phương cấp huyện.",
  legal  = "Thực tế tại địa phương",
}

-- seed lines 825-835
indicator "IV.2" {
  "Tỷ lệ cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo",
  unit   = "%",
  a      = count "Số cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT",
  b      = count "Tổng số cơ sở giáo dục của địa phương cấp huyện",
  value  = "a / b",
  levels = { "10%", "30%", "50%", "60%", "80%" },
  source = "Tỷ lệ phần trăm của số cơ sở giáo dục và đào tạo đạt mức độ 2 trở lên về mức độ chuyển đổi số theo Quyết định số 4725/QĐ-BGDĐT trên tổng số cơ sở giáo dục của địa phương cấp huyện.",
  legal  = [[- Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo
- Thực tế tại địa phương]],
}

-- seed lines 836-845
-- Legal basis as in the seed: 942/QĐ-TTg (the criterion's text cites 3532/QĐ-BYT).
indicator "IV.3" {
  "Tỷ lệ trạm y tế triển khai hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn theo Quyết định số 3532/QĐ-BYT ngày 12 tháng 8 năm 2020 của Bộ trưởng Bộ Y tế",
  unit   = "%",
  a      = count "Số trạm y tế có triển khai theo Quyết định số 3532/QĐ-BYT",
  b      = count "Tổng số trạm y tế của địa phương cấp huyện",
  value  = "a / b",
  levels = { na, na, "50%", "60%", "80%" },
  source = "Tỷ lệ phần trăm của số trạm y tế có triển khai theo Quyết định số 3532/QĐ-BYT trên tổng số trạm y tế của địa phương cấp huyện.",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ",
}

-- seed lines 846-855
-- Legal basis as in the seed: 942/QĐ-TTg (the criterion's text cites 46/2018/TT-BYT).
indicator "IV.4" {
  "Tỷ lệ cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử theo Thông tư 46/2018/TT-BYT ngày 28 tháng 12 năm 2018 của Bộ trưởng Bộ Y tế",
  unit   = "%",
  a      = count "Số cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử",
  b      = count "Tổng số cơ sở khám bệnh, chữa bệnh của địa phương cấp huyện",
  value  = "a / b",
  levels = { na, na, "50%", "100%", "100%" },
  source = "Tỷ lệ phần trăm của số cơ sở khám bệnh, chữa bệnh có triển khai hồ sơ bệnh án điện tử trên tổng số cơ sở khám bệnh, chữa bệnh của địa phương cấp huyện.",
  legal  = "Quyết định số 942/QĐ-TTg ngày 15 tháng 6 năm 2021 của Thủ tướng Chính phủ",
}


-- =============================================================================
-- The level reached
-- =============================================================================
-- As for communes: Kon Tum 121 gives the levels and the targets but not how they combine; the
-- cumulative reading is the national framework's, Quyết định 2361/QĐ-BTTTT (31/12/2024), on
-- which the decision is based (seed line 13); its text is not in the seed.
level_rule {
  "cumulative",
  registered = "muc_do_dang_ky",
  source = "Đạt mức độ k khi đạt tất cả các tiêu chí áp dụng ở mức độ k và đã đạt mức độ k - 1 "
    .. "(phương pháp đánh giá theo Khung tiêu chí của Quyết định số 2361/QĐ-BTTTT ngày 31/12/2024, "
    .. "căn cứ của Quyết định 121/QĐ-UBND); mức độ đăng ký: Mục II.3.b (trước ngày 20 tháng 01 hằng năm).",
}
