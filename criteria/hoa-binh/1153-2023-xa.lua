-- =============================================================================
-- Hòa Bình 1153/QĐ-UBND, 01/06/2023 — commune index (DTI cấp Xã)
-- =============================================================================
--
-- Decision   Quyết định số 1153/QĐ-UBND ngày 01/6/2023 của Chủ tịch Ủy ban nhân dân
--            tỉnh Hòa Bình "Ban hành Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số
--            tại các cơ quan nhà nước trên địa bàn tỉnh Hòa Bình" (signed "KT. CHỦ TỊCH").
-- Seed       ../shared/seeds/001_1e8ff679e60961d5.txt (Hòa Bình 1153/QĐ-UBND)
--              lines 6-39     the decision (number, date, Điều 1-4)
--              line  21       Điều 1 khoản 3: commune index = "08 chỉ số chính, 48 chỉ số thành phần"
--              lines 99-118   structure table of the commune index (IV.3)
--              line  129      self-assessment; data window "từ ngày 01/11 năm trước đến ngày
--                             31/10 của năm đánh giá" (every count below is for that window)
--              line  135      DVCTT substitution rule (see below)
--              lines 515-695  Phụ lục IV: A. Thông tin chung (518-593), B. Chỉ số đánh giá (594-695)
-- Encoded    8 groups, 48 indicators, 1000 points, as Phụ lục IV lists them.
--
-- COUNTS STATED BY THE SEED (inconsistent; the script follows Phụ lục IV):
--   * line 21  (Điều 1.3):  "08 chỉ số chính, 48 chỉ số thành phần"            -> 8 / 48
--   * line 100 (IV.3):      "Bộ chỉ số chuyển đổi số cấp Huyện gồm có 08 chỉ số chính,
--                            49 chỉ số thành phần, thang điểm 1.000"          -> 8 / 49, and
--                            it says "cấp Huyện" for the commune index
--   * line 101 (header):    "Chỉ số chính (06 chỉ số chính)", "(48 chỉ số thành phần)"
--                            although the table has 8 rows
--   * table rows 102-116:   6+5+10+4+4+9+6+4 = 48 indicators; 100+100+120+100+100+280
--                            +100+100 = 1000 points: Phụ lục IV agrees (8 groups, 48, 1000).
--
-- NOT ENCODED YET (a later issue): seed line 135, "Trường hợp các cơ quan, đơn vị không có
--   Dịch vụ công trực tuyến (DVCTT) (thuộc chỉ số Hoạt động chính quyền số), cách tính điểm
--   các chỉ số thành phần liên quan đến DVCTT được xác định như sau: Điểm chỉ số thành phần
--   liên quan DVCTT thực hiện đánh giá = (Tổng điểm thực tế đạt được đối với các chỉ số thành
--   phần ngoài chỉ số thành phần liên quan DVCTT/Tổng điểm tối đa của các chỉ số thành phần
--   đó) nhân với Điểm tối đa của chỉ số thành phần tương ứng đang thực hiện đánh giá."
--   Here a commune without DVCTT dossiers gets 6.3 (and possibly 6.4) undefined (b = 0),
--   which is reported; which indicators are "liên quan DVCTT" is left to that issue.
--
-- INTERPRETATIONS (each is also commented at its indicator, quoting the seed):
--   1.1  choice of the head of the steering committee: Bí thư/Chủ tịch -> max,
--        Phó Bí thư/Phó Chủ tịch -> 1/2 max, no committee or another head -> 0.
--   1.3  "Điểm=(1) (2)": the "+" was lost -> (1) + (2). (1) is a choice: own section 1/2,
--        only a link to chuyendoiso.hoabinh.gov.vn 1/4, none 0; (2) posts: >= 12 -> 1/2,
--        6-11 -> 1/4, < 6 -> 0.
--   1.5  "4 lần/1 tháng: max; 2-3 lần: 1/2; dưới 2 lần: 0" says nothing of 5 or more:
--        4 or more per month -> max.
--   3.5  "> 75%: max; < 75: ..." leaves exactly 75 % undefined: >= 75 % -> max (the
--        proportional formula also gives max at 75 %, so the choice changes no score).
--   3.9  "Điểm = (1) (2)" -> (1) + (2): wifi at the one-stop desk 1/2 max, plus 2 points per
--        other free public wifi point "(Tối đa 5 điểm)"; total at most max.
--   4.4  "> 70%: max; từ 50% đến 69%: 1/2; < 50%: 0" leaves (69 %, 70 %] uncovered: the
--        written "> 70%" is kept, the 1/2 arm is extended to 50 % .. 70 % (both included).
--   6.1  two yes/no parts added: functions of Nghị định 42/2022 3/5 max, IPv6 2/5 max.
--   6.2  "Trên 20 tin, bài/năm trở lên" = 20 or more (the next arm is 10-19).
--   6.4  window: >= 70 % max; 30 % .. 70 % ratio x max; < 30 % 0 (exactly as written).
--   6.9  b is "Tổng chi ngân sách nhà nước cấp Sở" (copied from the department index): for a
--        commune, the commune's total state-budget spending; a = A 1.15; A 1.16 (the
--        province's total) is NOT used as b.
--   7.1, 7.2, 7.3  "> T: max; < T: Tỷ lệ/T x max" leaves T itself undefined: >= T -> max
--        (continuous at T; no score changes). T = 10 %, 50 %, 80 %.
--   8.2  ">= 65%: max; <= 65%: Tỷ lệ/65% x max" overlaps at 65 % with the same value:
--        capped ratio at 65 %.
--   3.4, 6.9  capped ratios exactly as written (>= 85 %, >= 1 %).
--   Plain ratios a/b x max: the seed never says what happens when b = 0, so no rule is
--        invented: a zero denominator leaves the indicator undefined (reported). No if_zero
--        is used anywhere in this script.
--   Scores above max (a > b in a plain ratio) are clamped to max and reported
--        (out_of_range = "clamp"; the seed has no rule).
--   Inputs: A 1.7 (thôn, xóm, tổ dân phố) is b of 4.1; "Tổng số CBCC" (3.1, 4.3, 6.5) is one
--        shared figure, cán bộ + công chức (A 1.9 lists công chức only, A 1.10 viên chức are
--        not CBCC); 6.7 and 6.8 define the same b (total e-documents), reported once.
--
-- TEXT: indicator texts are verbatim from Phụ lục IV except two obvious typos, each said in the
-- indicator's note: 2.1 "cấp Úy" -> "cấp ủy", 4.1 "tố công nghệ số" -> "tổ công nghệ số".
-- `source` fields quote the seed's scoring text verbatim, typos included ("Tỷ , lệ",
-- "Chưa tố chứ", "điếu kiện").
-- =============================================================================

decision "hoa-binh/1153-2023-xa" {
  title        = "Bộ chỉ số và cách tính điểm đánh giá, xếp loại mức độ chuyển đổi số của UBND các xã, phường, thị trấn",
  number       = "1153/QĐ-UBND",
  issued       = "2023-06-01",
  province     = "Hòa Bình",
  issuer       = "Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
  level        = "xa",
  total        = 1000,
  rank         = true,        -- "Chủ tịch UBND huyện đánh giá, xếp hạng ... cấp Xã" (line 122)
  out_of_range = "clamp",     -- the seed has no rule; the default, written out
  source       = "Phụ lục IV",
  -- What the seed says of the commune index (see the top of the file), for tieuchi check.
  stated = {
    { groups = 8, indicators = 48,
      where = "Điều 1, khoản 3 (line 21): \"08 chỉ số chính, 48 chỉ số thành phần\"" },
    { groups = 8, indicators = 49, total = 1000,
      where = "Mục IV.3 (line 100): \"08 chỉ số chính, 49 chỉ số thành phần, thang điểm 1.000\"" },
    { groups = 6, indicators = 48,
      where = "Mục IV.3, bảng cấu trúc, dòng tiêu đề (line 101): \"Chỉ số chính (06 chỉ số chính)\", \"(48 chỉ số thành phần)\"" },
  },
}

-- A. Thông tin chung (seed lines 518-554): the items that indicators use.
-- Not declared because no indicator uses them: 1.1-1.3 (name, address, website: the dataset's
-- `name` column holds 1.1), 1.5 (working-age population: 8.2 asks for the population aged 15
-- and over, which is not the same), 1.8 (thôn, xóm và tương đương: 4.1 uses 1.7, which names
-- "tổ dân phố" = the "khu phố" of 4.1), 1.9 công chức and 1.10 viên chức (see cbcc),
-- 1.12 (information systems), 1.16 (the province's total budget spending; see 6.9).
inputs {
  dan_so        = count  { "Số lượng dân số của xã, phường, thị trấn", unit = "Người" },              -- A 1.4
  so_ho         = count  { "Số lượng hộ gia đình của xã, phường, thị trấn", unit = "Hộ" },            -- A 1.6
  -- A 1.7; the seed's unit column says "Xã" here, an evident slip for "Thôn".
  so_thon       = count  { "Số lượng thôn, xóm, tổ dân phố của xã, phường, thị trấn", unit = "Thôn" },
  -- 3.1, 4.3, 6.5: "b= Tổng số CBCC". Part A has 1.9 "Số lượng công chức" and 1.10 "Số lượng
  -- viên chức" but no CBCC total; CBCC = cán bộ + công chức, reported once here.
  cbcc          = count  { "Tổng số CBCC (cán bộ, công chức) của xã, phường, thị trấn", unit = "Người" },
  so_may_tinh   = count  { "Số lượng máy tính của xã, phường, thị trấn", unit = "Máy trạm" },         -- A 1.11
  so_dn         = count  { "Số lượng doanh nghiệp thuộc xã, phường, thị trấn", unit = "Doanh nghiệp" }, -- A 1.13
  so_dnnvv      = count  { "Số lượng doanh nghiệp nhỏ và vừa", unit = "Doanh nghiệp" },                -- A 1.14
  chi_cds       = amount { "Tổng chi Ngân sách nhà nước của xã, phường, thị trấn cho chuyển đổi số",
                           unit = "Triệu đồng" },                                                    -- A 1.15
  -- Not in part A: 6.7 and 6.8 both define "b = Tổng số văn bản điện tử (trừ văn bản mật theo
  -- quy định)"; it is reported once so that the two indicators cannot use different totals.
  so_vb_dien_tu = count  { "Tổng số văn bản điện tử (trừ văn bản mật theo quy định)", unit = "Văn bản" },
}

-- =============================================================================
group "1" { "Nhận thức số", max = 100 }
-- =============================================================================

indicator "1.1" {
  "Người đứng đầu xã, phường, thị trấn (Bí thư/Chủ tịch xã, phường, thị trấn) là Trưởng ban Ban chỉ đạo chuyển đổi số UBND các xã, phường, thị trấn",
  max = 20,
  truong_ban = choice {
    "Trưởng ban Ban chỉ đạo chuyển đổi số của xã",
    options = {
      bi_thu_chu_tich     = "Trưởng ban là Bí thư/Chủ tịch UBND cấp xã",
      pho_bi_thu_chu_tich = "Trưởng ban là Phó Bí thư/Phó Chủ tịch UBND cấp xã",
      khong               = "Chưa có Ban chỉ đạo hoặc Trưởng ban không phải Lãnh đạo UBND cấp xã",
    },
  },
  -- Role tiers as written: head -> max, deputy -> 1/2 max, "Chưa có Ban chỉ đạo hoặc có nhưng
  -- Trưởng ban không phải Lãnh đạo ...: 0 điểm" -> option khong -> 0.
  score = role_tiers {
    "truong_ban",
    { "bi_thu_chu_tich", "max" },
    { "pho_bi_thu_chu_tich", "max / 2" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Trưởng ban là Bí thư/Chủ tịch UBND cấp Xã: Điểm tối đa
- Trưởng ban là Phó Bí thư/Phó Chủ tịch UBND các xã, phường, thị trấn: 1/2*Điểm tối đa;
- Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo UBND các xã, phường, thị trấn: 0 điểm]],
}

indicator "1.2" {
  "Bí thư/Chủ tịch xã, phường, thị trấn chủ trì các cuộc họp về CĐS của xã, phường, thị trấn",
  max = 20,
  a = count "Số cuộc họp CĐS của xã, phường, thị trấn có Bí thư/Chủ tịch xã, phường, thị trấn chủ trì",
  b = count "Tổng số cuộc họp CĐS của xã, phường, thị trấn",
  -- b = 0 (no meeting held): the seed gives no rule -> undefined, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số cuộc họp CĐS của xã, phường, thị trấn có Bí thư/Chủ tịch xã, phường, thị trấn chủ trì
b= Tổng số cuộc họp CĐS của xã, phường, thị trấn
Điểm= (a/b)*Điểm tối đa]],
}

indicator "1.3" {
  -- Title verbatim (the seed has no "có" before "chuyên mục riêng"; not a spelling typo, kept).
  "Trang thông tin điện tử của xã, phường, thị trấn chuyên mục riêng về chuyển đổi số",
  max = 20,
  chuyen_muc = choice {
    "Chuyên mục về chuyển đổi số trên Trang thông tin điện tử của xã",
    options = {
      rieng    = "Có chuyên mục riêng",
      lien_ket = "Liên kết về Trang chuyển đổi số của tỉnh (chuyendoiso.hoabinh.gov.vn)",
      chua_co  = "Chưa có chuyên mục riêng",
    },
  },
  so_tin_bai = count "Số lượng tin, bài về chuyển đổi số",
  -- Seed: "- Điểm=(1) (2)": the "+" between the parts was lost -> (1) + (2).
  -- (1) is one of three answers (a commune with its own section answers `rieng` even if it
  --     also links to the province's page): 1/2, 1/4 or 0 of max.
  -- (2) "Từ 12 tin, bài trở lên: 1/2; Từ 6 đến 11 tin, bài: 1/4; Dưới 6 tin, bài: không có
  --     điểm" -> gap-free over whole counts.
  -- (1) + (2) is at most 1/2 + 1/2 = max, so the cap never changes a score; it is stated anyway.
  score = sum_parts {
    [[case chuyen_muc when "rieng" then max / 2 when "lien_ket" then max / 4 when "chua_co" then 0 end]],
    [[case so_tin_bai when >= 12 then max / 2 when 6 .. 11 then max / 4 when < 6 then 0 end]],
    cap = "max",
  },
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  note = "Văn bản ghi \"Điểm=(1) (2)\" (mất dấu cộng): Điểm = (1) + (2).",
  source = [[
(1) Điểm Chuyên mục: Có chuyên mục riêng: 1/2*Điểm tối đa Liên kết về Trang chuyển đổi số của tỉnh (chuyendoiso.hoabinh.gov.vn): 1/4*Điểm tối đa Chưa có chuyên mục riêng: 0 điểm (2) Số lượng tin bài: Từ 12 tin, bài trở lên: 1/2*Điểm tối đa Từ 6 đến 11 tin, bài: 1/4*Điểm tối đa Dưới 6 tin, bài: không có điểm - Điểm=(1) (2)]],
}

indicator "1.4" {
  "Hệ thống Truyền thanh cơ sở có chuyên mục riêng về chuyển đổi số",
  max = 10,
  co_chuyen_muc = yesno "Hệ thống truyền thanh cơ sở đã có chuyên mục riêng về chuyển đổi số",
  score = yes_no "co_chuyen_muc",
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  source = [[
- Đã có: Điểm tối đa;
- Chưa có: 0 điểm]],
}

indicator "1.5" {
  "Tần suất Hệ thống truyền thanh cơ sở phát sóng chuyên mục riêng về chuyển đổi số",
  max = 10,
  so_lan = count "Số lần phát sóng chuyên mục riêng về chuyển đổi số trong 1 tháng",
  -- Seed: "Tần suất phát sóng 4 lần/1 tháng: Điểm tối đa" says nothing of 5 or more times;
  -- choice: 4 or more per month -> max. "từ 2-3 lần" -> 1/2; "dưới 2 lần" (0 or 1) -> 0.
  score = tiers {
    "so_lan",
    { ">= 4", "max" },
    { "2 .. 3", "max / 2" },
    otherwise = "0",
  },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    case so_lan
      when 4 then max
      when 2 .. 3 then max / 2
      when < 2 then 0
    end
  ]],
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  note = "Văn bản chỉ nêu \"4 lần/1 tháng\"; từ 4 lần/tháng trở lên tính điểm tối đa.",
  source = [[
- Tần suất phát sóng 4 lần/1 tháng: Điểm tối đa;
- Tần suất phát sóng từ 2-3 lần/1 tháng: 1/2*Điểm tối đa;
- Tần suất phát sóng dưới 2 lần/1 tháng: 0 điểm]],
}

indicator "1.6" {
  "Tổ chức các hội nghị, hội thảo, chương trình tập huấn cho CBCCVC về trên địa bàn về chuyển đổi số",
  max = 20,
  co_to_chuc = yesno "Có tổ chức hội nghị, hội thảo, chương trình tập huấn về chuyển đổi số",
  score = yes_no "co_to_chuc",
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Chưa tố chứ\" (lỗi chính tả), hiểu là \"Chưa tổ chức\".",
  source = [[Có tổ chức: Điểm tối đa Chưa tố chứ: 0 điểm]],
}

-- =============================================================================
group "2" { "Thể chế số", max = 100 }
-- =============================================================================

indicator "2.1" {
  -- Seed text: "... của cấp Úy ..." — obvious typo for "cấp ủy" (the Party committee).
  "Nghị quyết chuyên đề hoặc văn bản tương đương của cấp ủy về chuyển đổi số của cấp xã",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành Nghị quyết chuyên đề hoặc văn bản tương đương của cấp ủy về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"cấp Úy\" thành \"cấp ủy\".",
  source = [[- Đã ban hành: Điểm tối đa - Chưa ban hành: 0 điểm]],
}

indicator "2.2" {
  "Kế hoạch 5 năm hoặc giai đoạn của cấp xã về chuyển đổi số hoặc văn bản tương đương",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành Kế hoạch 5 năm hoặc giai đoạn về chuyển đổi số hoặc văn bản tương đương",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.3" {
  "Kế hoạch hằng năm của cấp xã về chuyển đổi số",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành Kế hoạch hằng năm về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.4" {
  "Hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến (DVCTT)",
  max = 20,
  co_huong_dan = yesno "Có hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng DVCTT",
  score = yes_no "co_huong_dan",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Có hướng dẫn, khuyến khích: Điểm tối đa
- Chưa có: 0 điểm]],
}

indicator "2.5" {
  "Thực hiện chính sách của tỉnh về chương trình hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh chuyển đổi số",
  max = 20,
  co_thuc_hien = yesno "Có thực hiện chính sách của tỉnh hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
  score = yes_no "co_thuc_hien",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Có thực hiện: Điểm tối đa
- Chưa thực hiện: 0 điểm]],
}

-- =============================================================================
group "3" { "Hạ tầng số", max = 120 }
-- =============================================================================

indicator "3.1" {
  "Tỷ lệ cán bộ công chức, viên chức được trang bị máy tính phục vụ công việc (gồm cả máy tính để bàn, máy tính xách tay, máy tính bảng)",
  max = 20,
  -- The title says CBCCVC, the formula says CBCC ("a= Số lượng CBCC ... b= Tổng số CBCC"):
  -- the formula is followed. b = 0: no rule in the seed -> undefined.
  a = count "Số lượng CBCC được trang bị máy tính",
  b = shared "cbcc",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Tên chỉ số nêu CBCCVC nhưng cách tính dùng CBCC: a, b tính theo CBCC.",
  source = [[a= Số lượng CBCC được trang bị máy tính b= Tổng số CBCC Điểm =(a/b)*Điểm tối đa]],
}

indicator "3.2" {
  "Tỷ lệ máy tính có kết nối Internet",
  max = 10,
  a = count "Số lượng máy tính có kết nối Internet",
  b = shared "so_may_tinh",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số lượng máy tính có kết nối Internet b= Tổng số máy tính Điểm =(a/b)*Điểm tối đa]],
}

indicator "3.3" {
  "UBND xã, phường, thị trấn có kết nối mạng truyền số liệu chuyên dùng",
  max = 10,
  co_ket_noi = yesno "UBND xã có kết nối mạng truyền số liệu chuyên dùng",
  score = yes_no "co_ket_noi",
  source = [[Có kết nối: Điểm tối đa Chưa kết nối: 0 điểm]],
}

indicator "3.4" {
  "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
  max = 10,
  -- The title says "dân số trưởng thành" (adults) but the formula says
  -- "b= Tổng dân số của xã, phường, thị trấn": the formula is followed (b = A 1.4).
  a = count "Số lượng người dân có điện thoại thông minh",
  b = shared "dan_so",
  -- "Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Điểm = Tỷ lệ/85%*Điểm tối đa" -> exactly the pattern.
  score = capped_ratio { "a", "b", target = "85%" },
  note = "Tên chỉ số nêu \"dân số trưởng thành\" nhưng b = Tổng dân số của xã: tính theo cách tính của văn bản.",
  source = [[a= Số lượng người dân có điện thoại thông minh; b= Tổng dân số của xã, phường, thị trấn; - Tỷ , lệ=a/b - Điểm: Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Điểm = Tỷ lệ/85%*Điểm tối đa]],
}

indicator "3.5" {
  "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
  max = 10,
  a = count "Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang",
  b = shared "so_ho",
  -- Seed: "Tỷ lệ > 75%: Điểm tối đa - Tỷ lệ <75: Điểm = Tỷ lệ/75% * điểm tối đa": exactly 75 %
  -- is in neither arm. Choice: >= 75 % -> max (capped ratio). At 75 % the proportional formula
  -- gives 75%/75% x max = max too, so the choice changes no score.
  score = capped_ratio { "a", "b", target = "75%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 75% then max
      when < 75% then ty_le / 75% * max
    end
  ]],
  note = "Văn bản: \"> 75%: tối đa; <75: ...\" bỏ sót đúng 75%; tính 75% là điểm tối đa (công thức Tỷ lệ/75%*Điểm tối đa cũng cho điểm tối đa tại 75%).",
  source = [[a=Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang; b= Tổng số hộ gia đình của xã, phường, thị trấn; - Tỷ lệ=a/b - Tỷ lệ > 75%: Điểm tối đa - Tỷ lệ <75: Điểm = Tỷ lệ/75% * điểm tối đa]],
}

indicator "3.6" {
  "Hạ tầng 3G/4G/5G được phủ sóng dịch vụ đến 100% các hộ gia đình",
  max = 10,
  -- Seed asks a yes/no question ("Phủ sóng đến 100% hộ gia đình" / "Không phủ sóng tối đa"),
  -- not a ratio: a yes/no input, not all_or_nothing over household counts.
  phu_song_100 = yesno "Hạ tầng 3G/4G/5G phủ sóng đến 100% hộ gia đình",
  score = yes_no "phu_song_100",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Phủ sóng đến 100% hộ gia đình: Điểm tối đa Không phủ sóng tối đa: 0 điểm]],
}

indicator "3.7" {
  "UBND cấp xã có hệ thống Hội nghị truyền hình trực tuyến đáp ứng yêu cầu tổ chức các cuộc họp trực tuyến 4 cấp từ trung ương, tỉnh, huyện, xã (Không gồm hệ thống khối Đảng)",
  max = 10,
  co_he_thong = yesno "Có hệ thống Hội nghị truyền hình trực tuyến 4 cấp (không gồm hệ thống khối Đảng)",
  score = yes_no "co_he_thong",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Có hệ thống: Điểm tối đa Chưa có: 0 điểm]],
}

indicator "3.8" {
  "Có hệ thống Camera an ninh trên địa bàn kết nối về UBND xã, phường, thị trấn hoặc Công an xã, phường, thị trấn để phục vụ công tác quản lý, chỉ đạo, điều hành an toàn xã hội, an toàn giao thông....",
  max = 10,
  so_camera = count "Số camera an ninh kết nối về UBND xã hoặc Công an xã",
  -- Count tiers, gap-free over whole counts; "Chưa có" = 0 cameras -> otherwise 0.
  score = tiers {
    "so_camera",
    { ">= 10", "max" },
    { "5 .. 9", "max / 2" },
    { "1 .. 4", "max / 4" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Từ 10 camera trở lên: điểm tối đa. - Từ 5 đến 9 camera: 1/2*Điểm tối đa. - Từ 1 đến 4 camera: 1/4*Điểm tối đa. - Chưa có: 0 điểm.]],
}

indicator "3.9" {
  "Triển khai các hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng (như các điểm tham quan du lịch, công cộng, Bộ phận một cửa UBND cấp xã...)",
  max = 10,
  wifi_mot_cua = yesno "Có hệ thống wifi công cộng miễn phí tại Bộ phận một cửa UBND cấp xã",
  so_diem_wifi = count "Số điểm công cộng khác có hệ thống wifi miễn phí (điểm wifi do xã đầu tư)",
  -- Seed: "- Điểm = (1) (2)": the "+" was lost -> (1) + (2).
  -- (1) wifi at the one-stop desk: 1/2 max.
  -- (2) "Mỗi điểm công cộng có hệ thống wifi miễn phí khác được tính 2 điểm (Tối đa 5 điểm)":
  --     2 points per point, capped at 5 (so 3 points already give 5, not 6).
  -- The total is capped at max; 1/2 x 10 + 5 = 10 never exceeds it.
  -- "(Điểm wifi do xã đầu tư)": only points the commune invested in are counted in (2).
  score = sum_parts {
    "if wifi_mot_cua then max / 2 else 0 end",
    "min(so_diem_wifi * 2, 5)",
    cap = "max",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Điểm = (1) (2)\" (mất dấu cộng): Điểm = (1) + (2); phần (2) tối đa 5 điểm.",
  source = [[(1) Có hệ thống wifi công cộng miễn phí tại Bộ phận một cửa UBND cấp xã: 1/2*Điểm tối đa. (2) Mỗi điểm công cộng có hệ thống wifi miễn phí khác được tính 2 điểm (Tối đa 5 điểm). (Điểm wifi do xã đầu tư) - Điểm = (1) (2)]],
}

indicator "3.10" {
  "Hệ thống Đài truyền thanh ứng dụng công nghệ thông tin - viễn thông",
  max = 20,
  da_trien_khai = yesno "Đã triển khai hệ thống Đài truyền thanh ứng dụng công nghệ thông tin - viễn thông",
  score = yes_no "da_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Đã triển khai: Điểm tối đa Chưa triển khai: 0 điểm]],
}

-- =============================================================================
group "4" { "Nhân lực số", max = 100 }
-- =============================================================================

indicator "4.1" {
  -- Seed text: "... có tố công nghệ số cộng đồng" — obvious typo for "tổ".
  "Tỷ lệ thôn, bản, khu phố có tổ công nghệ số cộng đồng",
  max = 30,
  a = count "Số thôn, bản, khu phố có tổ công nghệ số cộng đồng",
  -- "b= Tổng thôn, bản, khu phố trên địa bàn xã" = A 1.7 "Số lượng thôn, xóm, tổ dân phố"
  -- (tổ dân phố is the urban "khu phố"). b = 0: no rule -> undefined.
  b = shared "so_thon",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"tố công nghệ số\" thành \"tổ công nghệ số\". b lấy từ Thông tin chung mục 1.7.",
  source = [[
a=Số thôn, bản, khu phố có tố công nghệ số cộng đồng
b= Tổng thôn, bản, khu phố trên địa bàn xã
- Điểm=(a/b)*Điểm tối đa]],
}

indicator "4.2" {
  "Xã, phường, thị trấn có công chức chuyên trách, kiêm nhiệm về chuyển đổi số",
  max = 20,
  co_cong_chuc = yesno "Có công chức chuyên trách, kiêm nhiệm về chuyển đổi số",
  score = yes_no "co_cong_chuc",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Có: Điểm tối đa Không: 0 điểm]],
}

indicator "4.3" {
  "Xã, phường, thị trấn có CBCC được bồi dưỡng, tập huấn về chuyển đổi số",
  max = 30,
  a = count "Số lượng CBCC được bồi dưỡng, tập huấn về chuyển đổi số",
  b = shared "cbcc",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số lượng CBCC được bồi dưỡng, tập huấn về chuyển đổi số;
b= Tổng số CBCC
- Điểm=(a/b)*Điểm tối đa]],
}

indicator "4.4" {
  "Tỷ lệ các cơ sở giáo dục từ tiểu học thực hiện chuyển đổi số (hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở).",
  max = 20,
  a = count "Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn",
  b = count "Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn",
  -- Seed: "Tỷ lệ >70%: điểm tối đa; Tỷ lệ từ 50% đến 69%: 1/2* điểm tối đa; Tỷ lệ < 50%: không
  -- có điểm". A rate above 69 % and up to 70 % (e.g. exactly 70 %) is in no arm.
  -- Choice: keep the written "> 70%" for max and extend the 1/2 arm to 50 % .. 70 %, both
  -- included (the gap is filled by the lower arm; nothing the seed states is changed).
  -- No stdlib pattern takes a ratio with strict and inclusive bounds, so a plain formula.
  score = [[
    ty_le = a / b
    case ty_le
      when > 70% then max
      when 50% .. 70% then max / 2
      when < 50% then 0
    end
  ]],
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 70% then max
      when 50% .. 69% then max / 2
      when < 50% then 0
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản: \">70%: tối đa; từ 50% đến 69%: 1/2; <50%: 0\" bỏ sót khoảng trên 69% đến 70%: tỷ lệ từ 50% đến 70% (kể cả đúng 70%) tính 1/2 điểm tối đa; trên 70% tính điểm tối đa.",
  source = [[
a= Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn;
b= Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn;
- Tỷ lệ = a/b
- Điểm =
Tỷ lệ >70%: điểm tối đa;
Tỷ lệ từ 50% đến 69%: 1/2* điểm tối đa;
Tỷ lệ < 50%: không có điểm]],
}

-- =============================================================================
group "5" { "An toàn thông tin mạng", max = 100 }
-- =============================================================================

indicator "5.1" {
  "Hệ thống thông tin thuộc phạm vi quản lý của UBND cấp xã đã được phê duyệt hồ sơ đề xuất cấp độ",
  max = 20,
  duoc_phe_duyet = yesno "Hệ thống thông tin của UBND cấp xã đã được phê duyệt hồ sơ đề xuất cấp độ",
  score = yes_no "duoc_phe_duyet",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Có được phê duyệt: Điểm tối đa Chưa có: 0 điểm]],
}

indicator "5.2" {
  "Hệ thống thông tin thuộc phạm vi quản lý của UBND cấp xã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  max = 20,
  co_trien_khai = yesno "Đã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  score = yes_no "co_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Có triển khai: Điểm tối đa Chưa có: 0 điểm]],
}

indicator "5.3" {
  "Tỷ lệ máy tính của CBCC tại UBND xã, phường, thị trấn được cài đặt giải pháp phòng, chống mã độc, phần mềm diệt virus có bản quyền",
  max = 40,
  a = count "Số lượng máy tính được cài đặt giải pháp phòng, chống mã độc, phần mềm diệt virus có bản quyền",
  b = shared "so_may_tinh",   -- "Tổng số máy tính đơn vị" = A 1.11
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số lượng máy tính được cài đặt b= Tổng số máy tính đơn vị - Điểm=(a/b)*Điểm tối đa]],
}

indicator "5.4" {
  "Ban hành văn bản tuyên truyền, phổ biến về thói quen, trách nhiệm và kỹ năng cơ bản bảo đảm an toàn thông tin",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành văn bản tuyên truyền, phổ biến về bảo đảm an toàn thông tin",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[Đã ban hành văn bản: Điểm tối đa Chưa ban hành: 0 điểm]],
}

-- =============================================================================
group "6" { "Hoạt động chính quyền số", max = 280 }
-- =============================================================================
-- The DVCTT substitution rule (seed line 135) belongs to this group; it is NOT encoded
-- yet (see the top of the file).

indicator "6.1" {
  "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định của Nghị định số 42/2022/NĐ-CP",
  max = 30,
  dap_ung = yesno "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo Nghị định số 42/2022/NĐ-CP",
  ipv6    = yesno "Trang thông tin điện tử đã chuyển đổi sang công nghệ IPv6",
  -- Two independent yes/no parts, added: "Đáp ứng ...: 3/5*Điểm tối đa", "Đã chuyển đổi sang
  -- công nghệ IPv6; 2/5*Điểm tối đa", "Chưa đáp ứng, chưa chuyển đổi: 0 điểm".
  score = sum_parts {
    "if dap_ung then 3 / 5 * max else 0 end",
    "if ipv6 then 2 / 5 * max else 0 end",
    cap = "max",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định: 3/5*Điểm tối đa - Đã chuyển đổi sang công nghệ IPv6; 2/5*Điểm tối đa - Chưa đáp ứng, chưa chuyển đổi: 0 điểm]],
}

indicator "6.2" {
  "Thường xuyên cập nhật tin bài trên Trang thông tin điện tử",
  max = 40,
  so_tin_bai = count "Số tin, bài cập nhật trên Trang thông tin điện tử trong năm",
  -- "Trên 20 tin, bài/năm trở lên" ("above 20 ... or more") is read as 20 or more: the next
  -- arm is "Từ 10 đến 19", so 20 belongs here. Gap-free over whole counts.
  score = tiers {
    "so_tin_bai",
    { ">= 20", "max" },
    { "10 .. 19", "max / 2" },
    { "5 .. 9", "max / 4" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "\"Trên 20 tin, bài/năm trở lên\" hiểu là từ 20 tin, bài/năm trở lên (mức tiếp theo là từ 10 đến 19).",
  source = [[Cập nhật tin bài: - Trên 20 tin, bài/năm trở lên: điểm tối đa - Từ 10 đến 19 tin bài/năm: 1/2*điểm tối đa - Từ 5 đến 9 tin bài/năm: 1/4*điểm tối đa - Dưới 5 tin bài/năm: 0 điểm]],
}

indicator "6.3" {
  "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình",
  max = 40,
  a = count "Số hồ sơ xử lý DVCTT toàn trình",
  b = count "Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần)",
  -- "Điểm = Tỷ lệ*Điểm tối đa" = plain ratio. b = 0 (no DVCTT) is the case of the seed's
  -- line-135 rule, not encoded yet: undefined for now, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Quy định riêng cho đơn vị không có DVCTT (Mục V.4, điểm 2 của Quyết định) chưa được áp dụng trong kịch bản này.",
  source = [[a= Số hồ sơ xử lý DVCTT toàn trình. b= Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần) - Tỷ , lệ = a/b; - Điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "6.4" {
  "Tỷ lệ hồ sơ thanh toán trực tuyến, phí, lệ phí, nghĩa vụ tài chính khác trong giải quyết TTHC",
  max = 40,
  a = count "Tổng số hồ sơ được thanh toán trực tuyến",
  b = count "Tổng số hồ sơ đủ điều kiện yêu cầu thanh toán trực tuyến",
  -- Exactly the window pattern: ">=70% đạt điểm tối đa; <70% và >=30%, Điểm = tỷ lệ*Điểm tối
  -- đa; <30% không có điểm". b = 0: no rule -> undefined.
  score = window { "a", "b", full = "70%", floor = "30%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when >= 70% then max
      when 30% .. 70% then ty_le * max
      when < 30% then 0
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Tổng số hồ sơ được thanh toán trực tuyến b= Tổng số hồ sơ đủ điếu kiện yêu cầu thanh toán trực tuyến - Tỷ lệ >=70% đạt điểm tối đa; <70% và >=30%, Điểm = tỷ lệ*Điểm tối đa; <30% không có điểm]],
}

indicator "6.5" {
  "CBCCVC của UBND cấp xã được cấp và thường xuyên sử dụng thư điện tử công vụ",
  max = 25,
  -- Title says CBCCVC, a and b say CBCC: the formula is followed.
  a = count "Số CBCC của UBND cấp xã được cấp và thường xuyên sử dụng thư điện tử công vụ",
  b = shared "cbcc",
  score = ratio { "a", "b" },
  source = [[a = Số CBCC của UBND cấp xã được cấp và thường xuyên sử dụng thư điện tử công vụ; b = Tổng số CBCC - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.6" {
  "Tỷ lệ Lãnh đạo UBND cấp xã được cấp chứng thư số chuyên dùng của Chính phủ",
  max = 25,
  a = count "Số cán bộ Lãnh đạo UBND cấp xã được cấp chứng thư số",
  b = count "Tổng số cán bộ Lãnh đạo cấp xã",
  score = ratio { "a", "b" },
  source = [[a = Số cán bộ Lãnh đạo UBND cấp xã được cấp chứng thư số. b = Tổng số cán bộ Lãnh đạo cấp xã. - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.7" {
  "Tỷ lệ văn bản điện tử được ký số của UBND xã ban hành văn bản",
  max = 30,
  a = count "Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.8
  score = ratio { "a", "b" },
  source = [[a = Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định) b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định). - Tỷ , lệ = a/b. - Điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "6.8" {
  "Tỷ lệ văn bản điện tử được ký số của người có thẩm quyền",
  max = 20,
  a = count "Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.7
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định) b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định). - Tỷ , lệ = a/b. - Điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "6.9" {
  "Tổng chi Ngân sách nhà nước cho CNTT, chuyển đổi số",
  max = 30,
  -- a: "Tổng chi Ngân sách nhà nước cho CNTT, chuyển đổi số ... Đơn vị Triệu đồng" is the figure
  --    part A asks for in 1.15 ("Tổng chi Ngân sách nhà nước của xã, phường, thị trấn cho
  --    chuyển đổi số", Triệu đồng): bound to it rather than asked twice.
  -- b: the seed says "Tổng chi ngân sách nhà nước cấp Sở", copied from the department index
  --    (Phụ lục II). For a commune it is read as the commune's own total state-budget
  --    spending. A 1.16 "Tổng chi Ngân sách nhà nước trên địa bàn tỉnh" (the whole province)
  --    is NOT used: against it no commune could approach 1 %.
  a = shared "chi_cds",
  b = amount { "Tổng chi ngân sách nhà nước của xã, phường, thị trấn", unit = "Triệu đồng" },
  -- "Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa" -> exactly the pattern.
  score = capped_ratio { "a", "b", target = "1%" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "b trong văn bản ghi \"Tổng chi ngân sách nhà nước cấp Sở\" (chép từ bộ chỉ số cấp Sở): với cấp xã lấy tổng chi ngân sách nhà nước của xã. a là mục 1.15 của Thông tin chung.",
  source = [[a= Tổng chi Ngân sách nhà nước cho CNTT, chuyển đổi số (cụ thể kinh phí đầu tư và kinh phí chi thường xuyên); Đơn vị Triệu đồng; b= Tổng chi ngân sách nhà nước cấp Sở; Đơn vị triệu đồng; - Tỷ , lệ=a/b; - Điểm: Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa.]],
}

-- =============================================================================
group "7" { "Hoạt động kinh tế số", max = 100 }
-- =============================================================================

indicator "7.1" {
  "Số lượng doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh cá thể tiếp cận, tham gia chương trình SMEdx",
  max = 10,
  -- The title names SMEs, co-operatives and household businesses; a and b say "DN"
  -- (enterprises): the formula is followed, b = A 1.13.
  a = count "Số lượng DN tiếp cận và tham gia Chương trình SMEdx trên địa bàn",
  b = shared "so_dn",
  -- "Tỷ lệ > 10%: Điểm tối đa. Tỷ lệ <10%: Điểm = Tỷ lệ/10%*Điểm tối đa": exactly 10 % is in
  -- neither arm. Choice: >= 10 % -> max (the formula gives max at 10 % too).
  score = capped_ratio { "a", "b", target = "10%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 10% then max
      when < 10% then ty_le / 10% * max
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản: \"> 10%: tối đa; <10%: ...\" bỏ sót đúng 10%; tính 10% là điểm tối đa. Tên chỉ số nêu cả HTX, hộ kinh doanh nhưng cách tính dùng số doanh nghiệp (b = Thông tin chung mục 1.13).",
  source = [[a = Số lượng DN tiếp cận và tham gia Chương trình SMEdx trên địa bàn. b = Tổng số DN trên địa bàn. Tỷ lệ = a/b. Tỷ lệ > 10%: Điểm tối đa. Tỷ lệ <10%: Điểm = Tỷ lệ/10%*Điểm tối đa.]],
}

indicator "7.2" {
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  max = 10,
  a = count "Số lượng doanh nghiệp nhỏ và vừa sử dụng nền tảng số trên địa bàn",
  b = shared "so_dnnvv",
  -- "Tỷ lệ > 50%: Điểm tối đa Tỷ lệ <50%: ...": exactly 50 % -> max (continuous).
  score = capped_ratio { "a", "b", target = "50%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 50% then max
      when < 50% then ty_le / 50% * max
    end
  ]],
  note = "Văn bản bỏ sót đúng 50%; tính 50% là điểm tối đa.",
  source = [[a = Số lượng doanh nghiệp nhỏ và vừa sử dụng nền tảng số trên địa bàn; b = Tổng số Doanh nghiệp nhỏ và vừa trên địa bàn; Tỷ lệ = a/b. Tỷ lệ > 50%: Điểm tối đa Tỷ lệ <50%: Điểm = Tỷ lệ/50% * Điểm tối đa]],
}

indicator "7.3" {
  "Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
  max = 20,
  a = count "Số lượng doanh nghiệp sử dụng Hợp đồng điện tử trên địa bàn",
  b = shared "so_dn",
  -- "Tỷ lệ > 80%: Điểm tối đa Tỷ lệ <80: ..." ("<80" lacks its "%"): exactly 80 % -> max.
  score = capped_ratio { "a", "b", target = "80%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 80% then max
      when < 80% then ty_le / 80% * max
    end
  ]],
  note = "Văn bản ghi \"<80\" (thiếu dấu %) và bỏ sót đúng 80%; tính 80% là điểm tối đa.",
  source = [[a = Số lượng doanh nghiệp sử dụng Hợp đồng điện tử trên địa bàn b = Tổng số Doanh nghiệp trên địa bàn; Tỷ lệ = a/b. Tỷ lệ > 80%: Điểm tối đa Tỷ lệ <80: Điểm = Tỷ lệ/80% *Điểm tối đa]],
}

indicator "7.4" {
  "Tỷ lệ doanh nghiệp nộp thuế điện tử",
  max = 20,
  a = count "Số lượng doanh nghiệp nộp thuế điện tử",
  b = shared "so_dn",
  score = ratio { "a", "b" },
  source = [[a = Số lượng doanh nghiệp nộp thuế điện tử b = Tổng số Doanh nghiệp; Điểm = (a/b)*Điểm tối đa]],
}

indicator "7.5" {
  "Điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định",
  max = 20,
  co_ket_noi = yesno "Điểm phục vụ bưu chính công cộng trên địa bàn có kết nối internet băng rộng cố định",
  score = yes_no "co_ket_noi",
  source = [[Có kết nối: Điểm tối đa Chưa có: 0 điểm]],
}

indicator "7.6" {
  "Sản phẩm OCOP, sản phẩm có thế mạnh của địa phương đưa lên sàn thương mại điện tử Vỏ sò và Postmart",
  max = 20,
  a = count "Số sản phẩm OCOP, sản phẩm có thế mạnh của địa phương đưa lên sàn thương mại điện tử Vỏ sò và Postmart",
  b = count "Tổng số sản phẩm OCOP, sản phẩm có thế mạnh trên địa bàn",
  -- b = 0 (no such product): the seed gives no rule -> undefined, reported.
  score = ratio { "a", "b" },
  source = [[a = Số sản phẩm OCOP, sản phẩm có thế mạnh của địa phương đưa lên sàn thương mại điện tử Vỏ sò và Postmart . b = Tổng số sản phẩm OCOP, sản phẩm có thế mạnh trên địa bàn. - Tỷ lệ = a/b. - Điểm = Tỷ lệ*Điểm tối đa.]],
}

-- =============================================================================
group "8" { "Hoạt động xã hội số", max = 100 }
-- =============================================================================

indicator "8.1" {
  "Số lượng người dân có danh tính số/ tài khoản định danh điện tử",
  max = 40,
  a = count "Số người có danh tính số/ tài khoản định danh điện tử",
  b = shared "dan_so",   -- "Tổng dân số trên địa bàn" = A 1.4
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số người có danh tính số/ tài khoản định danh điện tử; b= Tổng dân số trên địa bàn; - Tỷ , lệ=a/b; - Điểm: Tỷ lệ*Điểm tối đa]],
}

indicator "8.2" {
  "Số lượng người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác",
  max = 20,
  a = count "Số người từ 15 tuổi trở lên có tài khoản giao dịch đang còn hoạt động tại ngân hàng hoặc các tổ chức được phép khác",
  -- Not A 1.5 (working-age population): the seed asks for everyone aged 15 and over.
  b = count "Tổng dân số từ 15 tuổi trở lên",
  -- "Tỷ lệ>=65%: Điểm tối đa; Tỷ lệ<=65%: Tỷ lệ/65%*Điểm tối đa": the arms overlap at 65 %,
  -- where both give max: capped ratio at 65 %.
  score = capped_ratio { "a", "b", target = "65%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when >= 65% then max
      when <= 65% then ty_le / 65% * max
    end
  ]],
  note = "Hai mức \">=65%\" và \"<=65%\" trùng nhau tại 65%, cùng cho điểm tối đa.",
  source = [[a= Số người từ 15 tuổi trở lên có tài khoản giao dịch đang còn hoạt động tại ngân hàng hoặc các tổ chức được phép khác; b= Tổng dân số từ 15 tuổi trở lên; - Tỷ , lệ=a/b; - Điểm: Tỷ lệ>=65%: Điểm tối đa; Tỷ lệ<=65%: Tỷ lệ/65%*Điểm tối đa]],
}

indicator "8.3" {
  "Số lượng hộ gia đình có địa chỉ số (trên tổng số hộ gia đình)",
  max = 20,
  a = count "Số lượng hộ gia đình có địa chỉ số",
  b = shared "so_ho",   -- "Tổng số hộ gia đình" = A 1.6
  score = ratio { "a", "b" },
  source = [[a= Số lượng hộ gia đình có địa chỉ số; b= Tổng số hộ gia đình; - Tỷ lệ=a/b; - Điểm=Tỷ lệ*Điểm tối đa]],
}

indicator "8.4" {
  "UBND các xã/phường/thị trấn có kênh tương tác hai chiều trực tuyến với người dân (ứng dụng trợ lý ảo; ứng dụng phần mềm, mạng xã hội như zalo, facebook...)",
  max = 20,
  -- Unlike the district index (huyện 8.4: 10 points per channel), the commune index is yes/no.
  co_kenh = yesno "Có kênh tương tác hai chiều trực tuyến với người dân",
  score = yes_no "co_kenh",
  evidence = "Cung cấp địa chỉ, trang fanpage hoặc kênh OA",
  source = [[- Có: Điểm tối đa - Không: 0 điểm]],
}
