-- =============================================================================
-- Hòa Bình 1153/QĐ-UBND, 01/06/2023 — department index (DTI cấp Sở)
-- =============================================================================
--
-- Decision   Quyết định số 1153/QĐ-UBND ngày 01/6/2023 của Chủ tịch Ủy ban nhân dân
--            tỉnh Hòa Bình "Ban hành Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số
--            tại các cơ quan nhà nước trên địa bàn tỉnh Hòa Bình" (signed "KT. CHỦ TỊCH").
-- Seed       ../shared/seeds/001_1e8ff679e60961d5.txt (Hòa Bình 1153/QĐ-UBND)
--              lines 6-39     the decision (number, date, Điều 1-4)
--              line  19       Điều 1 khoản 1: department index = "06 chỉ số chính, 39 chỉ số
--                             thành phần"
--              lines 63-77    structure table of the department index (IV.1)
--              line  121      "Chủ tịch UBND tỉnh đánh giá, xếp hạng mức độ chuyển đổi số cấp Sở"
--              line  124      self-assessment; data window "từ ngày 01/11 năm trước đến ngày
--                             31/10 của năm đánh giá" (every count below is for that window)
--              line  135      DVCTT substitution rule (encoded: substitute "dvctt", group 6)
--              lines 137-159  Phụ lục I: the 19 departments assessed
--              lines 160-305  Phụ lục II: A. Thông tin chung (163-226), B. Chỉ số đánh giá (227-305)
-- Encoded    6 groups, 39 indicators, 1000 points, as Phụ lục II lists them; 6.14's 50 points
--            are inferred (the seed gives no max, see below).
--
-- COUNTS STATED BY THE SEED (all consistent; recorded in `stated` below):
--   * line 19  (Điều 1.1):  "06 chỉ số chính, 39 chỉ số thành phần"            -> 6 / 39
--   * line 64  (IV.1):      "06 chỉ số chính, 39 chỉ số thành phần, thang điểm 1.000"
--   * line 65  (header):    "Chỉ số chính (06 chỉ số chính)", "(39 chỉ số thành phần)",
--                           "Tổng điểm (1.000)"
--   * table rows 66-77:     4+4+5+3+9+14 = 39 indicators; 100+100+100+100+100+500 = 1000
--                           points. Phụ lục II agrees: 6 groups, 39 indicators, and every
--                           group's indicators add up to its stated points EXCEPT group 6:
--                           6.1-6.13 state 450 points and 6.14 states none (lines 304-305:
--                           its "Điểm tối đa" cell is empty). The group's 500 implies 50.
--
-- INTERPRETATIONS (each is also commented at its indicator, quoting the seed):
--   1.1  choice of the head of the steering committee: cấp trưởng -> max, cấp phó -> 1/2 max,
--        no committee or another head -> 0.
--   1.3  "Điểm = a/c*Điểm tối đa 1/2*b/c*Điểm tối đa": the "+" was lost -> (1) + (2),
--        a/c x max + 1/2 x b/c x max. Not capped: a + b > c is a data error, reported.
--   1.4  "Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên: max; Từ 10 đến 19:
--        1/2; Dưới 10: 1/4; Chưa có chuyên mục: 0": no section -> 0 whatever the posts; with
--        a section, 0-9 posts (0 included) -> 1/4. Gap-free over whole counts.
--   3.1  "Tổng điểm = Điểm 1 Điểm 2" -> Điểm 1 + Điểm 2 = (a/c) 3/4 max + (b/d) 1/4 max;
--        "Với đơn vị không có Viên chức: Điểm = (a/c) * Điểm tối đa" -> d = 0 -> (a/c) max.
--        c "Tổng số CBCC" = A 1.5 công chức (a department has no elected cán bộ; its CBCC are
--        its công chức), d "Tổng số VC" = A 1.6 viên chức.
--   3.5  ">= 4 platforms max; 1-3 1/2; none 0": gap-free over whole counts.
--   4.1  "Tỷ lệ=(a b c d)/(e f)": the "+" signs were lost -> (a+b+c+d)/(e+f), e, f = A 1.5,
--        A 1.6. "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào có tỷ lệ cao nhất
--        thì điểm tối đa và giảm dần" -> min_max: (x - min)/(max - min) x max over the
--        departments of the dataset that have a rate. Best -> max, weakest -> 0. All equal
--        (including all 0) -> every department max ("đơn vị nào có tỷ lệ cao nhất": they
--        all do). A rate of 0 gets no special rule: it is always the peer minimum, so it
--        already gets 0 whenever any department has a positive rate.
--   5.4  override "Trường hợp các cơ quan không có máy chủ riêng; máy chủ đặt tại Hệ thống
--        tập trung của tỉnh được điểm tối đa": a yes/no input; yes -> max (a, b not used),
--        no -> a/b x max with b = A 1.7 (physical servers).
--   5.9  "Tỷ lệ = (a b)/c" -> (a + b)/c. "Mức 1 > 10 % (max) Mức 2 > 7% (70%) Mức 3 > 3%
--        (30%) Mức 4 < 3% (0)": the strict ">" are kept, so exactly 10 % -> 70 %, exactly
--        7 % -> 30 %; exactly 3 % is in no level ("> 3%" / "< 3%") -> Mức 4, 0.
--   6.1  "Điểm = (1) (2)" -> (1) + (2): functions 4/5 max, IPv6 1/5 max.
--   6.2  "Trên 30 tin ... trở lên: max; Từ 21 đến 30: 1/2; Từ 10 đến 20: 1/4; Dưới 10: 0":
--        30 is named in "Từ 21 đến 30", so "Trên 30" is 31 or more. Gap-free.
--   6.3, 6.4  plain ratios; for a department with no DVCTT (shared so_dvctt = 0) both are
--        replaced by the line-135 rule (substitute "dvctt", below).
--   6.5  "Tỷ lệ (a/b)=100%: max; <100%: 0" -> all_or_nothing.
--   6.6  "Tỷ lệ >=70%: max; Tỷ lệ từ 30% đến 70%: tỷ lệ x max; <30%: 0": the arms overlap at
--        70 % -> the first, max (window pattern); 30 % itself -> 30 % x max.
--   6.11 three-level choice: shared with other systems -> max; internal only -> 1/2; none -> 0.
--   6.14 NO max in the seed -> max = 50 (500 - 450), max_stated = false; capped ratio at 1 %.
--   DVCTT (line 135): the indicators "liên quan đến DVCTT" are 6.3 and 6.4, the two whose
--        inputs count DVCTT (services, dossiers of services). 6.6 (online payment) is NOT
--        listed: its inputs are dossiers eligible for online payment, which a department can
--        have without any DVCTT. The "other" indicators are the rest of group 6 ("(thuộc chỉ
--        số Hoạt động chính quyền số)"): 6.1, 6.2, 6.5-6.14, 410 points.
--   Plain ratios a/b x max: the seed never says what happens when b = 0, so no rule is
--        invented: a zero denominator leaves the indicator undefined (reported). No if_zero
--        is used anywhere in this script.
--   Scores above max (a > b in a ratio) are clamped to max and reported
--        (out_of_range = "clamp"; the seed has no rule).
--   Inputs: "Tổng số công chức, viên chức" (4.3) and "Tổng số CBCCVC" (6.10) = A 1.5 + A 1.6;
--        5.3's b = A 1.8 (máy trạm), 5.4's b = A 1.7, 5.1's and 5.6's b = A 1.9; 5.1's a and
--        5.2's b are the same figure (so_httt_cap_do); 6.8 and 6.9 share b (so_vb_dien_tu).
--
-- TEXT: indicator texts are verbatim from Phụ lục II except two obvious typos, each said in
-- the indicator's note: 1.3 "của của" -> "của", 5.6 "TT- BTTTT" -> "TT-BTTTT".
-- `source` fields quote the seed's scoring text verbatim, typos included ("đủ điếu kiện",
-- the stray quote of 5.8), without the table's column separators.
-- =============================================================================

decision "hoa-binh/1153-2023-so" {
  title        = "Bộ chỉ số và cách tính điểm đánh giá, xếp loại mức độ chuyển đổi số của các Sở, ban, ngành",
  number       = "1153/QĐ-UBND",
  issued       = "2023-06-01",
  province     = "Hòa Bình",
  issuer       = "Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
  level        = "so",
  total        = 1000,
  rank         = true,        -- "Chủ tịch UBND tỉnh đánh giá, xếp hạng mức độ chuyển đổi số cấp Sở" (line 121)
  out_of_range = "clamp",     -- the seed has no rule; the default, written out
  source       = "Phụ lục II",
  stated       = {
    { groups = 6, indicators = 39,
      where = "Điều 1, khoản 1 (seed line 19): \"06 chỉ số chính, 39 chỉ số thành phần\"" },
    { groups = 6, indicators = 39, total = 1000,
      where = "Mục IV.1 (seed line 64): \"06 chỉ số chính, 39 chỉ số thành phần, thang điểm 1.000\"" },
    { groups = 6, indicators = 39, total = 1000,
      where = "Mục IV.1, tiêu đề bảng cấu trúc (seed line 65): \"(06 chỉ số chính)\", \"(39 chỉ số thành phần)\", \"Tổng điểm (1.000)\"" },
    { groups = 6, indicators = 39, total = 1000,
      where = "Mục IV.1, các dòng bảng cấu trúc (seed lines 66-77): 6 dòng, 4+4+5+3+9+14 chỉ số thành phần, 100+100+100+100+100+500 điểm" },
  },
}

-- A. Thông tin chung (seed lines 163-187): the items that indicators use.
-- Not declared because no indicator uses them: 1.1-1.3 (name, address, website: the dataset's
-- `name` column holds 1.1), 1.4 (subordinate agencies), 1.10 (number of administrative
-- procedures: not the number of DVCTT, see so_dvctt), 2.1-2.2 (contacts).
inputs {
  cong_chuc      = count { "Số lượng công chức của Sở/ban/ngành hiện có", unit = "Công chức" },   -- A 1.5
  vien_chuc      = count { "Số lượng viên chức của Sở/ban/ngành hiện có", unit = "Viên chức" },   -- A 1.6
  so_may_chu     = count { "Số lượng máy chủ vật lý của Sở/ban/ngành", unit = "Máy chủ" },         -- A 1.7
  -- A 1.8, read as including the subordinate units (5.3 says "gồm cả các đơn vị trực thuộc").
  so_may_tram    = count { "Số lượng máy trạm của Sở/ban/ngành", unit = "Máy trạm" },
  so_httt        = count { "Số lượng hệ thống thông tin của Sở/ban/ngành", unit = "Hệ thống" },     -- A 1.9
  -- Not in part A: 5.1 "a = Số lượng hệ thống thông tin đã được phê duyệt hồ sơ cấp độ" and
  -- 5.2 "b= Tổng số hệ thống thông tin đã được phê duyệt cấp độ" are the same figure; it is
  -- reported once so that the two indicators cannot use different counts.
  so_httt_cap_do = count { "Số lượng hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ", unit = "Hệ thống" },
  -- Not in part A: 6.3 "b = Tổng số DVCTT", also what the DVCTT rule of line 135 tests
  -- ("các cơ quan, đơn vị không có Dịch vụ công trực tuyến" = so_dvctt = 0).
  so_dvctt       = count { "Tổng số dịch vụ công trực tuyến (DVCTT) của Sở/ban/ngành", unit = "Dịch vụ" },
  -- Not in part A: 6.8 and 6.9 both define "b = Tổng số văn bản điện tử (trừ văn bản mật
  -- theo quy định)"; reported once.
  so_vb_dien_tu  = count { "Tổng số văn bản điện tử (trừ văn bản mật theo quy định)", unit = "Văn bản" },
}

-- =============================================================================
group "1" { "Nhận thức số", max = 100 }
-- =============================================================================

indicator "1.1" {
  "Người đứng đầu Sở/ban/ngành (Giám đốc/Thủ trưởng) là Trưởng ban Ban chỉ đạo chuyển đổi số Sở/ban/ngành",
  max = 30,
  truong_ban = choice {
    "Trưởng ban Ban chỉ đạo chuyển đổi số của Sở/ban/ngành",
    options = {
      cap_truong = "Trưởng ban là Giám đốc/Thủ trưởng (cấp trưởng)",
      cap_pho    = "Trưởng ban là Phó Giám đốc/Phó Thủ trưởng (cấp phó)",
      khong      = "Chưa có Ban Chỉ đạo hoặc Trưởng ban không phải cấp Trưởng/cấp Phó",
    },
  },
  -- Role tiers as written: "cấp trưởng: Điểm tối đa", "cấp phó: 1/2*Điểm tối đa", "Chưa có
  -- Ban Chỉ đạo hoặc có nhưng Trưởng ban không phải cấp Trưởng/cấp Phó: 0 điểm" -> khong -> 0.
  score = role_tiers {
    "truong_ban",
    { "cap_truong", "max" },
    { "cap_pho", "max / 2" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Trưởng ban là Giám đốc/Thủ trưởng (cấp trưởng): Điểm tối đa
- Trưởng ban là Phó giám đốc/Thủ trưởng (cấp phó): 1/2*Điểm tối đa;
- Chưa có Ban Chỉ đạo hoặc có nhưng Trưởng ban không phải cấp Trưởng/cấp Phó: 0 điểm.]],
}

indicator "1.2" {
  "Giám đốc/Thủ trưởng tham gia đầy đủ các cuộc họp về CĐS của tỉnh",
  max = 20,
  a = count "Số cuộc họp CĐS của tỉnh có Giám đốc Sở/Ban/Ngành tham gia",
  b = count "Tổng số cuộc họp CĐS của tỉnh có sự tham gia của Sở/Ban/Ngành",
  -- b = 0 (no such meeting): the seed gives no rule -> undefined, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số cuộc họp CĐS của tỉnh có Giám đốc Sở/Ban/Ngành tham gia
b= Tổng số cuộc họp CĐS của tỉnh có sự tham gia của Sở/Ban/Ngành
Điểm = (a/b)*Điểm tối đa.]],
}

indicator "1.3" {
  -- Seed text: "... của của sở, ban, ngành." — the repeated "của" is a typo.
  "Giám đốc/Thủ trưởng chủ trì các cuộc họp về chuyển đổi số của sở, ban, ngành.",
  max = 20,
  a = count "Số cuộc họp chuyển đổi số của sở, ban, ngành do cấp Trưởng chủ trì",
  b = count "Số cuộc họp chuyển đổi số của sở, ban, ngành do cấp Phó chủ trì",
  c = count "Tổng số cuộc họp chuyển đổi số của sở, ban, ngành",
  -- Seed: "- Điểm = a/c*Điểm tối đa 1/2*b/c*Điểm tối đa.": the "+" between the two terms was
  -- lost -> (1) a/c x max + (2) 1/2 x b/c x max. No cap: with a + b <= c the sum is at most
  -- max; a + b > c is a data error, reported and clamped. c = 0: no rule -> undefined.
  score = sum_parts {
    "a / c * max",
    "1 / 2 * b / c * max",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"của của\" thành \"của\". Văn bản ghi \"Điểm = a/c*Điểm tối đa 1/2*b/c*Điểm tối đa\" (mất dấu cộng): Điểm = a/c*Điểm tối đa + 1/2*b/c*Điểm tối đa.",
  source = [[a = Số cuộc họp chuyển đổi số của sở, ban, ngành do cấp Trưởng chủ trì. b = Số cuộc họp chuyển đổi số của sở, ban, ngành do cấp Phó chủ trì. c = Tổng số cuộc họp chuyển đổi số của sở, ban, ngành. - Điểm = a/c*Điểm tối đa 1/2*b/c*Điểm tối đa.]],
}

indicator "1.4" {
  "Trang thông tin điện tử của Sở/Ban/Ngành có chuyên mục riêng về chuyển đổi số",
  max = 30,
  co_chuyen_muc = yesno "Trang thông tin điện tử đã có chuyên mục riêng về chuyển đổi số",
  so_tin_bai    = count "Số lượng tin, bài về chuyển đổi số trong năm",
  -- "Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên: điểm tối đa; Từ 10 đến 19:
  -- 1/2; Dưới 10: 1/4; Chưa có chuyên mục: 0 điểm".
  -- No section -> 0 (the post count is then not needed). With a section the count tiers
  -- are gap-free over whole counts; "Dưới 10" includes 0 posts (a section that exists but
  -- carried no post in the year still gets 1/4, as written).
  score = [[
    if co_chuyen_muc then
      case so_tin_bai
        when >= 20 then max
        when 10 .. 19 then max / 2
        when < 10 then max / 4
      end
    else 0 end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Có chuyên mục nhưng dưới 10 tin, bài (kể cả 0 tin, bài) tính 1/4 điểm tối đa như văn bản ghi; chưa có chuyên mục tính 0 điểm.",
  source = [[
- Đã có chuyên mục và số lượng tin, bài về Chuyển đổi số trong năm đạt:
Từ 20 trở lên: điểm tối đa;
Từ 10 đến 19: 1/2 *Điểm tối đa;
Dưới 10: 1/4* Điểm tối đa;
Chưa có chuyên mục: 0 điểm]],
}

-- =============================================================================
group "2" { "Thể chế số", max = 100 }
-- =============================================================================

indicator "2.1" {
  "Kế hoạch 5 năm của Sở/ban/ngành về chuyển đổi số",
  max = 25,
  da_ban_hanh = yesno "Đã ban hành Kế hoạch 5 năm về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.2" {
  "Kế hoạch hằng năm của Sở/ban/ngành về chuyển đổi số",
  max = 25,
  da_ban_hanh = yesno "Đã ban hành Kế hoạch hằng năm về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.3" {
  "Ban hành các văn bản theo chỉ đạo của Ủy ban nhân dân tỉnh, BCĐ Chuyển đổi số của tỉnh và hướng dẫn của cơ quan chuyên môn về chuyển đổi số",
  max = 25,
  -- The seed's a is cut short ("... do người đứng đầu Sở/Ban/Ngành (Giám đốc Sở/Ban/Ngành)"
  -- has no verb): read with the indicator's title as the directive documents for which the
  -- head of the department issued the documents asked for.
  a = count "Số lượng văn bản chỉ đạo của UBND tỉnh, BCĐ CĐS tỉnh về chuyển đổi số đã được người đứng đầu Sở/Ban/Ngành (Giám đốc Sở/Ban/Ngành) ban hành văn bản thực hiện",
  b = count "Tổng số văn bản chỉ đạo của UBND tỉnh, BCĐ CĐS về chuyển đổi số của Sở/Ban/Ngành theo yêu cầu của tỉnh",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Định nghĩa a trong văn bản bị cụt (\"... do người đứng đầu Sở/Ban/Ngành (Giám đốc Sở/Ban/Ngành)\"): hiểu là số văn bản chỉ đạo mà người đứng đầu đã ban hành văn bản thực hiện.",
  source = [[a=Số lượng văn bản chỉ đạo của UBND tỉnh, BCĐ CĐS tỉnh về chuyển đổi số do người đứng đầu Sở/Ban/Ngành (Giám đốc Sở/Ban/Ngành) b=Tổng số văn bản chỉ đạo của UBND tỉnh, BCĐ CĐS về chuyển đổi số của Sở/Ban/Ngành theo yêu cầu của tỉnh; Điểm = (a/b)*Điểm tối đa.]],
}

indicator "2.4" {
  "Có công chức, viên chức chuyên trách CĐS tham gia đầy đủ các hội nghị, hội thi, chương trình bồi dưỡng, tập huấn về CĐS do UBND tỉnh, Sở TT&TT tổ chức",
  max = 25,
  a = count "Số hội nghị, chương trình tham gia",
  b = count "Tổng số hội nghị, chương trình do UBND tỉnh, Sở TT&TT tổ chức",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số HN, Chương trình tham gia; b = Tổng số HN, Chương trình do UBND tỉnh, Sở TT&TT tổ chức; Điểm = (a/b)*Điểm tối đa.]],
}

-- =============================================================================
group "3" { "Hạ tầng số", max = 100 }
-- =============================================================================

indicator "3.1" {
  "Tỷ lệ cán bộ, công chức, viên chức tại cơ quan, đơn vị được trang bị máy tính (gồm cả máy tính để bàn, máy tính xách tay, máy tính bảng)",
  max = 20,
  a = count "Số lượng máy tính cấp cho cán bộ, công chức (CBCC)",
  b = count "Số lượng máy tính cấp cho viên chức (VC)",
  -- "c = Tổng số CBCC": a department has no elected cán bộ, its CBCC are its công chức
  -- (A 1.5). "d = Tổng số VC" = A 1.6.
  c = shared "cong_chuc",
  d = shared "vien_chuc",
  -- "Điểm 1 = (a/c)* 3/4* Điểm tối đa; Điểm 2 = (b/d)*1/4*Điểm tối đa. Tổng điểm = Điểm 1
  -- Điểm 2": the "+" was lost -> Điểm 1 + Điểm 2.
  -- "Ghi chú: Với đơn vị không có Viên chức: Điểm = (a/c) * Điểm tối đa" -> d = 0: (a/c) x max
  -- (b is then not needed). c = 0: no rule -> undefined.
  score = [[
    if d == 0 then a / c * max
    else a / c * 3 / 4 * max + b / d * 1 / 4 * max end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Tổng điểm = Điểm 1 Điểm 2\" (mất dấu cộng): Tổng điểm = Điểm 1 + Điểm 2. c = số công chức (Thông tin chung 1.5), d = số viên chức (1.6); đơn vị không có viên chức: Điểm = (a/c)*Điểm tối đa.",
  source = [[a = Số lượng máy tính cấp cho cán bộ, công chức (CBCC). b = Số lượng máy tính cấp cho viên chức (VC) c = Tổng số CBCC. d = Tổng số VC. Điểm 1 = (a/c)* 3/4* Điểm tối đa; Điểm 2 = (b/d)*1/4*Điểm tối đa. Tổng điểm = Điểm 1 Điểm 2. Ghi chú: Với đơn vị không có Viên chức: Điểm = (a/c) * Điểm tối đa.]],
}

indicator "3.2" {
  "Sở, ban, ngành có kết nối mạng Truyền số liệu chuyên dùng Chính phủ",
  max = 20,
  co_ket_noi = yesno "Có kết nối mạng Truyền số liệu chuyên dùng",
  score = yes_no "co_ket_noi",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có kết nối: Điểm tối đa - Không: 0 điểm]],
}

indicator "3.3" {
  "Mức độ triển khai các Hệ thống thông tin, phần mềm chuyên ngành do cơ quan, đơn vị trực tiếp đầu tư và quản lý",
  max = 20,
  -- "Mức độ" (level) in the title, but the rule is yes/no: "Có triển khai / Không".
  co_trien_khai = yesno "Có triển khai Hệ thống thông tin, phần mềm chuyên ngành do cơ quan, đơn vị trực tiếp đầu tư và quản lý",
  score = yes_no "co_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có triển khai: Điểm tối đa - Không: 0 điểm]],
}

indicator "3.4" {
  "Sở, ban, ngành đã triển khai Hệ thống hội nghị truyền hình trực tuyến",
  max = 20,
  da_trien_khai = yesno "Đã triển khai Hệ thống hội nghị truyền hình trực tuyến",
  score = yes_no "da_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Đã triển khai: điểm tối đa. - Chưa triển khai: 0 điểm.]],
}

indicator "3.5" {
  "Mức độ sử dụng các nền tảng số dùng chung",
  max = 20,
  so_nen_tang = count "Số nền tảng số dùng chung đang sử dụng",
  -- "từ 4 nền tảng trở lên: max; 1-3 nền tảng: 1/2; Chưa triển khai: 0" -> gap-free over
  -- whole counts; "Chưa triển khai" = 0 platforms.
  score = tiers {
    "so_nen_tang",
    { ">= 4", "max" },
    { "1 .. 3", "max / 2" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có sử dụng từ 4 nền tảng trở lên: Điểm tối đa. - Có sử dụng 1-3 nền tảng: 1/2*Điểm tối đa. - Chưa triển khai: 0 điểm.]],
}

-- =============================================================================
group "4" { "Nhân lực số", max = 100 }
-- =============================================================================

indicator "4.1" {
  "Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về chuyển đổi số",
  max = 30,
  a = count "Số lượng công chức chuyên trách về chuyển đổi số",
  b = count "Số lượng công chức kiêm nhiệm về chuyển đổi số",
  c = count "Số lượng viên chức chuyên trách về chuyển đổi số",
  d = count "Số lượng viên chức kiêm nhiệm về chuyển đổi số",
  e = shared "cong_chuc",   -- "e= Tổng số công chức" = A 1.5
  f = shared "vien_chuc",   -- "f= Tổng số viên chức" = A 1.6
  -- "Tỷ lệ=(a b c d)/(e f)": the "+" signs were lost -> (a + b + c + d) / (e + f).
  -- "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào có tỷ lệ cao nhất thì điểm tối
  -- đa và giảm dần" -> min_max over the departments of the dataset (its peers; a department
  -- whose rate is missing or undefined is not a peer): (x - min) / (max - min) x max.
  -- The highest rate gets max, the lowest 0.
  -- All departments with the same rate: every one gets max (they all hold "tỷ lệ cao nhất").
  -- A rate of 0: no rule of its own. It is always the peer minimum, so it gets 0 whenever
  -- any department has a positive rate; only if EVERY department reported 0 would they all
  -- get max, which is what the text says ("đơn vị nào có tỷ lệ cao nhất thì điểm tối đa").
  -- The score depends on the other departments: a department assessing itself alone is
  -- its own only peer and gets max; the score means something only over all 19 (Phụ lục I).
  score = min_max { "(a + b + c + d) / (e + f)" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Tỷ lệ=(a b c d)/(e f)\" (mất dấu cộng): Tỷ lệ = (a+b+c+d)/(e+f). Min-Max trên các Sở, ban, ngành của tập dữ liệu: đơn vị có tỷ lệ cao nhất được điểm tối đa, thấp nhất 0 điểm; các đơn vị bằng nhau đều được điểm tối đa.",
  source = [[
a= Số lượng công chức chuyên trách về chuyển đổi số;
b= Số lượng công chức kiêm nhiệm về chuyển đổi số;
c= Số lượng viên chức chuyên trách về chuyển đổi số;
d= Số lượng viên chức kiêm nhiệm về chuyển đổi số;
e= Tổng số công chức;
f= Tổng số viên chức;
- Tỷ lệ=(a b c d)/(e f);
- Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào có tỷ lệ cao nhất thì điểm tối đa và giảm dần.]],
}

indicator "4.2" {
  "Công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng",
  max = 30,
  co_chuyen_trach = yesno "Có công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng",
  score = yes_no "co_chuyen_trach",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Có: Điểm tối đa
- Không: 0 điểm]],
}

indicator "4.3" {
  "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
  max = 40,
  a = count "Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
  e = shared "cong_chuc",   -- "b= Tổng số công chức, viên chức" = A 1.5 + A 1.6
  f = shared "vien_chuc",
  score = ratio { "a", "e + f" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số;
b= Tổng số công chức, viên chức; - Điểm=(a/b)*Điểm tối đa]],
}

-- =============================================================================
group "5" { "An toàn thông tin mạng", max = 100 }
-- =============================================================================

indicator "5.1" {
  "Số lượng hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ",
  max = 10,
  a = shared "so_httt_cap_do",   -- the same figure as 5.2's b
  b = shared "so_httt",          -- "Tổng số lượng hệ thống thông tin ..." = A 1.9
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng hệ thống thông tin đã được phê duyệt hồ sơ cấp độ; b = Tổng số lượng hệ thống thông tin của cơ quan, đơn vị quản lý; - Điểm đánh giá= (a/b)*Điểm tối đa]],
}

indicator "5.2" {
  "Số lượng hệ thống thông tin triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  max = 15,
  a = count "Số lượng hệ thống thông tin đã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  b = shared "so_httt_cap_do",   -- "Tổng số hệ thống thông tin đã được phê duyệt cấp độ" = 5.1's a
  -- b = 0 (no system approved yet): no rule -> undefined, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số lượng hệ thống thông tin đã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt; b= Tổng số hệ thống thông tin đã được phê duyệt cấp độ; - Điểm=(a/b)*Điểm tối đa]],
}

indicator "5.3" {
  "Tỷ lệ máy tính của cơ quan, đơn vị (gồm cả các đơn vị trực thuộc) cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền",
  max = 10,
  a = count "Số lượng máy tính của CBCCVC cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền",
  b = shared "so_may_tram",   -- "Tổng số lượng máy tính của cơ quan, đơn vị" = A 1.8
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "b lấy từ Thông tin chung mục 1.8 (số máy trạm, gồm cả các đơn vị trực thuộc).",
  source = [[a = Số lượng máy tính của CBCCVC cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền b = Tổng số lượng máy tính của cơ quan, đơn vị. - Điểm = (a/b)*Điểm tối đa.]],
}

indicator "5.4" {
  "Tỷ lệ máy chủ của cơ quan, đơn vị (gồm cả các đơn vị trực thuộc) cài đặt giải pháp phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  max = 10,
  khong_may_chu_rieng = yesno "Cơ quan không có máy chủ riêng; máy chủ đặt tại Hệ thống tập trung của tỉnh",
  a = count "Số lượng máy chủ của cơ quan cài đặt phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  b = shared "so_may_chu",   -- "Tổng số lượng máy chủ của cơ quan" = A 1.7
  -- Override: "Ghi chú: Trường hợp các cơ quan không có máy chủ riêng; máy chủ đặt tại Hệ
  -- thống tập trung của tỉnh được điểm tối đa." -> yes: max, a and b not used.
  -- Otherwise "Điểm = (a/b)*Điểm tối đa"; b = 0 with the answer "no" is a contradiction in
  -- the data: undefined, reported.
  score = "if khong_may_chu_rieng then max else a / b * max end",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng máy chủ của cơ quan cài đặt phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh b = Tổng số lượng máy chủ của cơ quan; - Điểm = (a/b)*Điểm tối đa. Ghi chú: Trường hợp các cơ quan không có máy chủ riêng; máy chủ đặt tại Hệ thống tập trung của tỉnh được điểm tối đa.]],
}

indicator "5.5" {
  "Hệ thống thông tin các cơ quan, đơn vị thuộc Sở/ban/ngành được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh hoặc Bộ, ngành Trung ương.",
  max = 10,
  duoc_giam_sat = yesno "Được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh hoặc Bộ, ngành Trung ương",
  score = yes_no "duoc_giam_sat",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh hoặc Bộ, ngành Trung ương: điểm tối đa. - Chưa được giám sát, kết nối: 0 điểm]],
}

indicator "5.6" {
  -- Seed text: "Thông tư số 12/2022/TT- BTTTT" — the stray space is a typo.
  "Số lượng hệ thống thông tin đã được kiểm tra, đánh giá đầy đủ các nội dung theo quy định tại Thông tư số 12/2022/TT-BTTTT ngày 12/8/2022 của Bộ Thông tin và Truyền thông",
  max = 10,
  a = count "Số lượng hệ thống thông tin đã được kiểm tra, đánh giá",
  b = shared "so_httt",   -- "Tổng số hệ thống thông tin" = A 1.9
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"TT- BTTTT\" thành \"TT-BTTTT\".",
  source = [[a= Số lượng hệ thống thông tin đã được kiểm tra, đánh giá; b= Tổng số hệ thống thông tin ; - Điểm=(a/b)*Điểm tối đa]],
}

indicator "5.7" {
  "Cơ quan, đơn vị đã xây dựng phương án ứng cứu xử lý sự cố tấn công mạng",
  max = 10,
  da_co = yesno "Đã xây dựng phương án ứng cứu xử lý sự cố tấn công mạng",
  score = yes_no "da_co",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Đã có: điểm tối đa. - Chưa có: 0 điểm.]],
}

indicator "5.8" {
  "Đơn vị có tham gia lớp diễn tập, ứng cứu sự cố ATTT của tỉnh tổ chức",
  max = 10,
  co_tham_gia = yesno "Có tham gia lớp diễn tập, ứng cứu sự cố ATTT của tỉnh tổ chức",
  score = yes_no "co_tham_gia",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có tham gia: Điểm tối đa - Không tham gia: 0 điểm"]],
}

indicator "5.9" {
  "Tổng kinh phí chi cho an toàn thông tin (ATTT)",
  max = 15,
  a = amount { "Kinh phí đầu tư từ NSNN cho ATTT", unit = "Triệu đồng" },
  b = amount { "Kinh phí thường xuyên từ NSNN chi cho ATTT", unit = "Triệu đồng" },
  -- c is asked here and 6.14's a separately: the seed words them differently ("cho Chuyển
  -- đổi số" / "cho CNTT, Chính quyền số").
  c = amount { "Tổng chi từ NSNN cho Chuyển đổi số", unit = "Triệu đồng" },
  -- "Tỷ lệ = (a b)/c": the "+" was lost -> (a + b) / c.
  -- "Mức 1 > 10 % (điểm tối đa) Mức 2 > 7% (70% điểm) Mức 3 > 3% (30% điểm) Mức 4 < 3%
  -- (0 điểm)": the strict ">" are kept as written, so exactly 10 % is Mức 2 and exactly 7 %
  -- Mức 3. Exactly 3 % is in no level ("> 3%" and "< 3%"): it is read as Mức 4 (0), the
  -- written "> 3%" of Mức 3 is not changed. c = 0: no rule -> undefined.
  score = tiers {
    "(a + b) / c",
    { "> 10%", "max" },
    { "> 7%", "70% * max" },
    { "> 3%", "30% * max" },
    otherwise = "0",
  },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = (a + b) / c
    case ty_le
      when > 10% then max
      when > 7% then 70% * max
      when > 3% then 30% * max
      when < 3% then 0
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Tỷ lệ = (a b)/c\" (mất dấu cộng): Tỷ lệ = (a+b)/c. Các mức \"> 3%\" và \"< 3%\" bỏ sót đúng 3%: tính 0 điểm (Mức 4); đúng 10% tính Mức 2, đúng 7% tính Mức 3 (các mức ghi \">\").",
  source = [[a = Kinh phí đầu tư từ NSNN cho ATTT (triệu đồng); b = Kinh phí thường xuyên từ NSNN chi cho ATTT (triệu đồng); c = Tổng chi từ NSNN cho Chuyển đổi số (triệu đồng); - Tỷ lệ = (a b)/c Thang điểm: Mức 1 > 10 % (điểm tối đa) Mức 2 > 7% (70% điểm) Mức 3 > 3% (30% điểm) Mức 4 < 3% (0 điểm)]],
}

-- =============================================================================
group "6" { "Hoạt động chính quyền số", max = 500 }
-- =============================================================================
-- The seed's indicators 6.1-6.13 state 450 points; 6.14 states none (see 6.14).

-- Seed line 135, the rule for departments without online public services, which the seed
-- places in this group ("(thuộc chỉ số Hoạt động chính quyền số)").
-- * "các chỉ số thành phần liên quan đến DVCTT": 6.3 "Tỷ lệ Dịch vụ công trực tuyến (DVCTT)
--   toàn trình" (a, b count DVCTT) and 6.4 "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình" (a, b
--   count DVCTT dossiers: "Số hồ sơ xử lý DVCTT toàn trình", "Tổng số hồ sơ DVCTT"). No other
--   indicator's inputs count DVCTT. 6.6 (online payment of fees) is not listed: its inputs
--   are dossiers eligible for online payment, which a department can have (fees of dossiers
--   lodged in person, paid online) without any DVCTT; where it has none, 6.6's b = 0 is
--   reported, not substituted.
-- * "không có Dịch vụ công trực tuyến" -> so_dvctt = 0 (6.3's b).
-- * "các chỉ số thành phần ngoài chỉ số thành phần liên quan DVCTT" -> the other indicators
--   of group 6: 6.1, 6.2, 6.5-6.14, together 410 points (6.14's inferred 50 included). Their
--   points are used as scored (a clamped score at its clamped value). If one of them is
--   missing or undefined for the department, the substituted scores cannot be computed and
--   are missing too.
-- For such a department 6.3 = points(others) / 410 x 40 and 6.4 = points(others) / 410 x 50.
substitute "dvctt" {
  "Cơ quan, đơn vị không có DVCTT: điểm của chỉ số thành phần liên quan DVCTT = (tổng điểm "
  .. "đạt được của các chỉ số thành phần khác của nhóm Hoạt động chính quyền số / tổng điểm "
  .. "tối đa của các chỉ số đó) × điểm tối đa của chỉ số",
  when = "so_dvctt == 0",
  indicators = { "6.3", "6.4" },
  note = "Chỉ số liên quan DVCTT: 6.3 và 6.4 (đầu vào là số DVCTT, số hồ sơ DVCTT). Các chỉ số thành phần khác: 6.1, 6.2, 6.5-6.14 (410 điểm).",
  source = [[2. Trường hợp các cơ quan, đơn vị không có Dịch vụ công trực tuyến (DVCTT) (thuộc chỉ số Hoạt động chính quyền số), cách tính điểm các chỉ số thành phần liên quan đến DVCTT được xác định như sau: Điểm chỉ số thành phần liên quan DVCTT thực hiện đánh giá = (Tổng điểm thực tế đạt được đối với các chỉ số thành phần ngoài chỉ số thành phần liên quan DVCTT/Tổng điểm tối đa của các chỉ số thành phần đó) nhân với Điểm tối đa của chỉ số thành phần tương ứng đang thực hiện đánh giá.]],
}

indicator "6.1" {
  "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định của Nghị định số 42/2022/NĐ-CP",
  max = 20,
  dap_ung = yesno "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo Nghị định số 42/2022/NĐ-CP",
  ipv6    = yesno "Trang thông tin điện tử đã chuyển đổi sang công nghệ IPv6",
  -- "(1) ...: 4/5*Điểm tối đa (2) Đã chuyển đổi sang công nghệ IPv6: 1/5*Điểm tối đa - Điểm =
  -- (1) (2)": the "+" was lost -> (1) + (2), at most 4/5 + 1/5 = max.
  score = sum_parts {
    "if dap_ung then 4 / 5 * max else 0 end",
    "if ipv6 then 1 / 5 * max else 0 end",
    cap = "max",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Điểm = (1) (2)\" (mất dấu cộng): Điểm = (1) + (2).",
  source = [[(1) Đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định: 4/5*Điểm tối đa (2) Đã chuyển đổi sang công nghệ IPv6: 1/5*Điểm tối đa - Điểm = (1) (2) - Chưa đáp ứng, chưa chuyển đổi: 0 điểm]],
}

indicator "6.2" {
  "Thường xuyên cập nhật tin bài trên Trang thông tin điện tử",
  max = 40,
  so_tin_bai = count "Số tin, bài cập nhật trên Trang thông tin điện tử trong năm",
  -- "Trên 30 tin, bài/năm trở lên: max - Từ 21 đến 30: 1/2 - Từ 10 đến 20: 1/4 - Dưới 10: 0".
  -- "Trên 30 ... trở lên" is ambiguous (above 30, or 30 and more); 30 is named in "Từ 21 đến
  -- 30", so max starts at 31. Gap-free over whole counts.
  score = tiers {
    "so_tin_bai",
    { "> 30", "max" },
    { "21 .. 30", "max / 2" },
    { "10 .. 20", "max / 4" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "\"Trên 30 tin, bài/năm trở lên\" hiểu là từ 31 tin, bài trở lên: đúng 30 tin, bài thuộc mức \"Từ 21 đến 30\".",
  source = [[Cập nhật tin bài: - Trên 30 tin, bài/năm trở lên: điểm tối đa - Từ 21 đến 30 tin bài/năm: 1/2*điểm tối đa - Từ 10 đến 20 tin bài/năm: 1/4*điểm tối đa - Dưới 10 tin bài/năm: 0 điểm]],
}

indicator "6.3" {
  "Tỷ lệ Dịch vụ công trực tuyến (DVCTT) toàn trình",
  max = 40,
  a = count "Số DVCTT toàn trình",
  b = shared "so_dvctt",   -- "Tổng số DVCTT"
  -- "Điểm = Tỷ lệ*Điểm tối đa", Tỷ lệ = a/b. so_dvctt = 0: substitute "dvctt" (above).
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Đơn vị không có DVCTT: tính theo quy định tại Mục V.4, điểm 2 của Quyết định (substitute \"dvctt\").",
  source = [[a = Số DVCTT toàn trình b = Tổng số DVCTT - Điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "6.4" {
  "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình",
  max = 50,
  a = count "Số hồ sơ xử lý DVCTT toàn trình",
  b = count "Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần)",
  -- so_dvctt = 0: substitute "dvctt". A department with DVCTT but no DVCTT dossier (b = 0):
  -- no rule -> undefined, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Đơn vị không có DVCTT: tính theo quy định tại Mục V.4, điểm 2 của Quyết định (substitute \"dvctt\").",
  source = [[a= Số hồ sơ xử lý DVCTT toàn trình. b= Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần) - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.5" {
  "Tỷ lệ số hóa hồ sơ kết quả giải quyết TTHC",
  max = 40,
  a = count "Tổng số hồ sơ giải quyết TTHC được số hóa",
  b = count "Tổng số hồ sơ giải quyết TTHC",
  -- "Tỷ lệ (a/b)=100% đạt điểm tối đa; Tỷ lệ (a/b)<100% không có điểm" -> all or nothing.
  score = all_or_nothing { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Tổng số hồ sơ giải quyết TTHC được số hóa b= Tổng số hồ sơ giải quyết TTHC - Tỷ lệ (a/b)=100% đạt điểm tối đa; Tỷ lệ (a/b)<100% không có điểm]],
}

indicator "6.6" {
  "Tỷ lệ hồ sơ thanh toán trực tuyến, phí, lệ phí, nghĩa vụ tài chính khác trong giải quyết TTHC",
  max = 30,
  a = count "Tổng số hồ sơ được thanh toán trực tuyến",
  b = count "Tổng số hồ sơ đủ điều kiện yêu cầu thanh toán trực tuyến",
  -- "Tỷ lệ >=70% Điểm = điểm tối đa; Tỷ lệ từ 30% đến 70%, Điểm = tỷ lệ*Điểm tối đa; Tỷ lệ
  -- <30% không có điểm": the first two arms overlap at 70 %; the first (">=70%") is taken
  -- -> max. 30 % itself -> 30 % x max. Exactly the window pattern.
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
  note = "Hai mức \">=70%\" và \"từ 30% đến 70%\" trùng nhau tại 70%: tính điểm tối đa.",
  source = [[a= Tổng số hồ sơ được thanh toán trực tuyến b= Tổng số hồ sơ đủ điếu kiện yêu cầu thanh toán trực tuyến Tỷ lệ = a/b - Tỷ lệ >=70% Điểm = điểm tối đa; - Tỷ lệ từ 30% đến 70%, Điểm = tỷ lệ*Điểm tối đa; - Tỷ lệ <30% không có điểm]],
}

indicator "6.7" {
  "Tỷ lệ Lãnh đạo Sở, ban, ngành và Trưởng/phó các đơn vị trực thuộc được cấp chứng thư số chuyên dùng của Chính phủ",
  max = 20,
  a = count "Số lượng lãnh đạo Sở, ban, ngành và Trưởng/phó các đơn vị trực thuộc được cấp chứng thư số",
  b = count "Số lượng lãnh đạo Sở, ban, ngành và Trưởng/phó các đơn vị trực thuộc",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng lãnh đạo Sở, ban, ngành và Trưởng/phó các đơn vị trực thuộc được cấp chứng thư số b = Số lượng lãnh đạo Sở, ban, ngành và Trưởng/phó các đơn vị trực thuộc - Điểm = (a/b)*Điểm tối đa.]],
}

indicator "6.8" {
  "Tỷ lệ văn bản điện tử được ký số của cơ quan, đơn vị ban hành văn bản",
  max = 20,
  a = count "Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.9
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định) b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định). - Điểm = (a/b)*Điểm tối đa.]],
}

indicator "6.9" {
  "Tỷ lệ văn bản điện tử được ký số của người có thẩm quyền",
  max = 40,
  a = count "Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.8
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định). b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định) - Điểm =(a/b)*Điểm tối đa]],
}

indicator "6.10" {
  "CBCCVC của Sở, ban, ngành được cấp và thường xuyên sử dụng thư điện tử công vụ",
  max = 20,
  a = count "Số CBCCVC của Sở, ban, ngành được cấp và thường xuyên sử dụng thư điện tử công vụ",
  e = shared "cong_chuc",   -- "b = Tổng số CBCCVC" = A 1.5 + A 1.6 (see 3.1 for CBCC)
  f = shared "vien_chuc",
  score = ratio { "a", "e + f" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "b = Tổng số CBCCVC = số công chức + số viên chức (Thông tin chung 1.5 và 1.6).",
  source = [[a = Số CBCCVC của Sở, ban, ngành được cấp và thường xuyên sử dụng thư điện tử công vụ; b = Tổng số CBCCVC - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.11" {
  "Triển khai số hóa, xây dựng CSDL chuyên ngành",
  max = 50,
  trien_khai = choice {
    "Mức độ triển khai số hóa, xây dựng CSDL chuyên ngành",
    options = {
      chia_se = "Có triển khai, kết nối, chia sẻ được với hệ thống thông tin khác của tỉnh",
      noi_bo  = "Có triển khai nhưng chưa chia sẻ với hệ thống thông tin khác của tỉnh (sử dụng trong nội bộ)",
      khong   = "Không triển khai",
    },
  },
  -- Three levels as written: shared -> max, internal only -> 1/2 max, none -> 0. Every option
  -- has an arm, so no else.
  score = [[
    case trien_khai
      when "chia_se" then max
      when "noi_bo" then max / 2
      when "khong" then 0
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có triển khai số hóa, xây dựng CSDL chuyên ngành kết nối, chia sẻ được với hệ thống thông tin khác của tỉnh: Điểm tối đa. - Có triển khai số hóa xây dựng CSDL chuyên ngành dùng nhưng chưa chia sẻ với hệ thống thông tin khác của tỉnh (sử dụng trong nội bộ cơ quan, đơn vị): 1/2*Điểm tối đa. - Không triển khai: 0 điểm.]],
}

indicator "6.12" {
  "Tỷ lệ báo cáo định kỳ được ký số bằng chữ ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo/Tổng số báo cáo định kỳ của đơn vị theo quy định",
  max = 40,
  a = count "Tổng số báo cáo định kỳ được ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo",
  b = count "Tổng số báo cáo định kỳ của đơn vị theo quy định",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Tổng số báo cáo định kỳ được ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo b = Tổng số báo cáo định kỳ của đơn vị theo quy định; - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.13" {
  "Có ứng dụng dữ liệu dùng chung được kết nối, sử dụng qua Nền tảng tích hợp, chia sẻ dùng chung LGSP",
  max = 40,
  co_ung_dung = yesno "Có ứng dụng dữ liệu dùng chung kết nối, sử dụng qua LGSP",
  score = yes_no "co_ung_dung",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Có ứng dụng kết nối, sử dụng: Điểm tối đa - Không có: 0 điểm]],
}

indicator "6.14" {
  "Tổng chi Ngân sách nhà nước cho CNTT, Chính quyền số",
  -- The seed's "Điểm tối đa" cell is EMPTY (lines 304-305). Group 6 is "500" (line 288 and
  -- the structure table, line 76); 6.1-6.13 state 450; so 50 is inferred.
  max = 50,
  max_stated = false,
  a = amount { "Tổng chi Ngân sách nhà nước cho CNTT, Chính quyền số", unit = "Triệu đồng" },
  b = amount { "Tổng chi ngân sách nhà nước của Sở/ban/ngành", unit = "Triệu đồng" },
  -- "Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa." -> exactly the pattern.
  score = capped_ratio { "a", "b", target = "1%" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản không ghi điểm tối đa của chỉ số 6.14; nhóm 6 có 500 điểm, 6.1-6.13 cộng 450 điểm: điểm tối đa 50 là suy ra (max_stated = false).",
  source = [[a= Tổng chi Ngân sách nhà nước cho CNTT, Chính quyền số (triệu đồng); b= Tổng chi ngân sách nhà nước (triệu đồng) - Tỷ lệ=a/b; - Điểm: Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa.]],
}
