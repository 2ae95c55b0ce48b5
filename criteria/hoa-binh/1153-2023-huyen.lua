-- =============================================================================
-- Hòa Bình 1153/QĐ-UBND, 01/06/2023 — district index (DTI cấp Huyện)
-- =============================================================================
--
-- Decision   Quyết định số 1153/QĐ-UBND ngày 01/6/2023 của Chủ tịch Ủy ban nhân dân
--            tỉnh Hòa Bình "Ban hành Bộ chỉ số đánh giá, xếp hạng mức độ chuyển đổi số
--            tại các cơ quan nhà nước trên địa bàn tỉnh Hòa Bình" (signed "KT. CHỦ TỊCH").
-- Seed       ../shared/seeds/001_1e8ff679e60961d5.txt (Hòa Bình 1153/QĐ-UBND)
--              lines 6-39     the decision (number, date, Điều 1-4)
--              line  20       Điều 1 khoản 2: district index = "08 chỉ số chính, 61 chỉ số thành phần"
--              lines 79-98    structure table of the district index (IV.2)
--              line  121      "Chủ tịch UBND tỉnh đánh giá, xếp hạng mức độ chuyển đổi số cấp Sở,
--                             cấp Huyện" (hence rank = true)
--              line  124      self-assessment; data window "từ ngày 01/11 năm trước đến ngày
--                             31/10 của năm đánh giá" (every count below is for that window)
--              line  135      DVCTT substitution rule (encoded below: substitute "dvctt")
--              lines 306-514  Phụ lục III: A. Thông tin chung (309-392), B. Chỉ số đánh giá (393-514)
--                             (its subtitle, line 308, leaves the number and day blank:
--                             "Quyết định số /QĐ-UBND ngày /6/2023")
-- Encoded    8 groups, 61 indicators, 1000 points, as Phụ lục III lists them.
--
-- COUNTS STATED BY THE SEED (inconsistent; the script follows Phụ lục III; all three are
-- recorded in `stated` below so that `tieuchi check` compares them):
--   * line 20  (Điều 1.2):  "08 chỉ số chính, 61 chỉ số thành phần"            -> 8 / 61
--   * line 80  (IV.2):      "Bộ chỉ số chuyển đổi số cấp Huyện gồm có 08 chỉ số chính,
--                            62 chỉ số thành phần, thang điểm 1.000"          -> 8 / 62
--   * line 81  (header):    "Chỉ số chính (06 chỉ số chính)", "Chỉ số thành phần (61 chỉ số
--                            thành phần)", "Tổng điểm (1.000)" although the table has 8 rows
--                                                                             -> 6 / 61
--   * table rows 82-97:     7+5+10+7+8+14+6+4 = 61 indicators; 100+100+100+100+100+300
--                            +100+100 = 1000 points: Phụ lục III agrees (8 groups, 61, 1000,
--                            and the same count per group).
--   Every indicator of Phụ lục III states its max (no max_stated = false is needed).
--
-- INTERPRETATIONS (each is also commented at its indicator, quoting the seed):
--   1.1  choice of the head of the steering committee: Bí thư/Chủ tịch -> max,
--        Phó Bí thư/Phó Chủ tịch -> 1/2 max, no committee or another head -> 0.
--   1.5  "Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên / Từ 10 đến 19 / Từ 01
--        đến 9; Chưa có chuyên mục: 0": a section with 0 posts in the year is in no arm ->
--        0 (nothing was posted; no arm is extended to it).
--   1.7  "từ 4 lần/1 tháng" = 4 or more (unlike the commune text, no gap).
--   3.1  "Tổng điểm = Điểm 1 Điểm 2": the "+" was lost -> (a/c)·3/4·max + (b/d)·1/4·max.
--        The district text has NO fallback for a unit without viên chức (the department
--        index, seed line 256, has "Với đơn vị không có Viên chức: Điểm = (a/c) * Điểm tối
--        đa"; Phụ lục III 3.1 does not): none is borrowed, d = 0 is undefined (reported).
--        No cap per part: a total above max is clamped and reported like any other.
--   3.5  capped ratio as written (>= 85 %). 3.6 "> 75%: max; < 75: ..." leaves exactly 75 %
--        undefined: >= 75 % -> max (continuous there: no score changes).
--   3.8  ">= 30 / 15-29 / 1-14 / Chưa có" camera tiers: gap-free over whole counts.
--   3.9  "Điểm=(1) (2)" -> (1) + (2): wifi at the one-stop desk 1/2 max, plus 1 point per
--        other free public wifi point "(Tối đa 5 điểm)"; total at most max (never binds).
--   4.4  "Điểm=((a b c d)/(e f))*Điểm tối đa": the "+" signs were lost ->
--        (a + b + c + d) / (e + f) · max; e, f = A 1.10, 1.11.
--   4.6  b "Tổng số công chức, viên chức" = A 1.10 + A 1.11.
--   4.7  "> 50%: max; < 50%: Tỷ lệ*Điểm tối đa/50%": exactly 50 % -> max (continuous).
--   5.1/5.2  5.2's b "Tổng số hệ thống thông tin ... đã được phê duyệt cấp độ" is 5.1's a:
--        one shared input.
--   5.6  "Trường hợp các cơ quan không có máy chủ riêng và máy chủ được thuê, đặt tại Trung
--        tâm dữ liệu tỉnh được điểm tối đa": a yes/no input -> max; otherwise a/b·max.
--   5.8  "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào bố trí kinh phí lớn nhất thì
--        điểm tối đa và giảm dần": min_max over the districts of the dataset. When every
--        district reports the same amount, every district gets max (each is "đơn vị bố trí
--        kinh phí lớn nhất"; docs/language.md 3b) — including the case where all report 0.
--   6.2  "Trên 40 tin, bài/năm trở lên: max; Từ 25 đến 40: 1/2": 40 is named by both arms;
--        the explicit "Từ 25 đến 40" keeps it -> > 40 max, 25-40 1/2, 10-24 1/4, < 10 0.
--   6.6  ">=70%: max; từ 30% đến 70%: Tỷ lệ*max; <30%: 0" overlaps at 70 % (max vs 0.7·max):
--        70 % -> max (the "≥ 70%" arm, stated first); window pattern.
--   6.11 a and b are defined the wrong way round ("b = Số cuộc họp ... có sử dụng Hệ thống
--        phòng họp không giấy tờ", "a = Số cuộc họp ... trong năm", "Điểm = (a/b)"): the
--        seed's letters and labels are kept (the form is filled as printed) and the score is
--        the evident intent b/a·max.
--   6.12 a counts CBCCVC, b "Tổng số CBCC": followed as written; a > b is clamped, reported.
--   6.14 capped ratio as written (>= 1 %); a = A 1.18, b = A 1.20.
--   7.1, 7.2, 7.3, 7.6  "> T: max; < T: Tỷ lệ/T·max": T itself -> max (continuous).
--        T = 10 %, 50 %, 80 %, 5 %.
--   7.5  "> 50%: Điểm tối đa; <50: điểm = Tỷ lệ*Điểm tối đa" (NOT divided by 50 %): exactly
--        50 % is in no arm and the arms differ there (max vs 1/2 max): the written "> 50%" is
--        kept and 50 % goes to the lower arm (as the commune script does for its 4.4 gap):
--        50 % -> 0.5·max. The jump at 50 % is the seed's.
--   8.2  ">= 65%: max; <= 65%: Tỷ lệ/65%·max" overlaps at 65 % with the same value.
--   8.4  "Điểm = Số kênh* 10 điểm - Tổng điểm không quá điểm tối đa": per_item, cap max.
--   DVCTT (line 135): `substitute "dvctt"` for 6.4 and 6.6 when the district has no DVCTT
--        (so_dvctt == 0): (points of the other indicators of group 6 / their max 230) × max.
--        6.3 (other digital channels, also for information), 6.5 (digitised TTHC dossiers,
--        every channel) and 2.4 (group 2) are not substituted: see the declaration.
--   Plain ratios a/b·max: the seed never says what happens when b = 0, so no rule is
--        invented: a zero denominator leaves the indicator undefined (reported). No if_zero
--        is used anywhere in this script.
--   Scores above max (a > b in a plain ratio) are clamped to max and reported
--        (out_of_range = "clamp"; the seed has no rule).
--   Inputs: part A items are shared inputs where an indicator's a or b is the same figure
--        (listed at `inputs`); 3.1's c (CBCC "gồm các phòng chuyên môn, các xã") and 6.12's b
--        (CBCC of the UBND cấp huyện) are not A 1.10 (công chức only) and stay local.
--
-- TEXT: indicator texts are verbatim from Phụ lục III except obvious typos, each said in the
-- indicator's note: 2.1 "cấp Úy" -> "cấp ủy", 4.2 and 4.3 "Tố công nghệ số" -> "Tổ công nghệ
-- số", 6.9 "người có tham quyền" -> "người có thẩm quyền". `source` fields quote the seed's
-- scoring text verbatim, typos included ("Tỷ , lệ", "Điểm 1 Điểm 2", "(a b c d)").
-- =============================================================================

decision "hoa-binh/1153-2023-huyen" {
  title        = "Bộ chỉ số và cách tính điểm đánh giá, xếp loại mức độ chuyển đổi số của UBND các huyện, thành phố",
  number       = "1153/QĐ-UBND",
  issued       = "2023-06-01",
  province     = "Hòa Bình",
  issuer       = "Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
  level        = "huyen",
  total        = 1000,
  rank         = true,        -- "Chủ tịch UBND tỉnh đánh giá, xếp hạng ... cấp Sở, cấp Huyện" (line 121)
  out_of_range = "clamp",     -- the seed has no rule; the default, written out
  source       = "Phụ lục III",
  -- What the seed says of the district index (see the top of the file). Each statement also
  -- gives "thang điểm 1.000" / "Tổng điểm (1.000)" except line 20; that total is `total` above.
  stated = {
    { groups = 8, indicators = 61,
      where = "Điều 1, khoản 2 (line 20): \"08 chỉ số chính, 61 chỉ số thành phần\"" },
    { groups = 8, indicators = 62,
      where = "Mục IV.2 (line 80): \"08 chỉ số chính, 62 chỉ số thành phần, thang điểm 1.000\"" },
    { groups = 6, indicators = 61,
      where = "Mục IV.2, bảng cấu trúc, dòng tiêu đề (line 81): \"Chỉ số chính (06 chỉ số chính)\", \"Chỉ số thành phần (61 chỉ số thành phần)\"" },
  },
}

-- A. Thông tin chung (seed lines 309-352): the items that indicators use.
-- Not declared because no indicator uses them: 1.1-1.3 (name, address, website: the dataset's
-- `name` column holds 1.1), 1.5 (working-age population: 8.2 asks for the population aged 15
-- and over, which is not the same), 1.9 (number of agencies), 1.19 (number of TTHC: 6.5
-- counts dossiers, not procedures).
inputs {
  dan_so            = count  { "Số lượng dân số của Huyện/Thành phố", unit = "Người" },              -- A 1.4
  so_ho             = count  { "Số lượng hộ gia đình của Huyện/Thành phố", unit = "Hộ" },            -- A 1.6
  -- A 1.7: the b of 3.2, 3.3, 3.4, 3.10, 4.1 and 4.2 ("Tổng số UBND cấp xã của huyện, thành
  -- phố", "Số đơn vị cấp xã", "Tổng Xã/Phường/Thị trấn trên địa bàn").
  so_xa             = count  { "Số lượng xã và tương đương của Huyện/Thành phố", unit = "Xã" },
  so_thon           = count  { "Số lượng thôn, xóm và tương đương của Huyện/Thành phố", unit = "Thôn" }, -- A 1.8
  so_cong_chuc      = count  { "Số lượng công chức của Huyện/Thành phố hiện có", unit = "Công chức" },   -- A 1.10
  so_vien_chuc      = count  { "Số lượng viên chức của Huyện/Thành phố hiện có", unit = "Viên chức" },   -- A 1.11
  so_may_chu        = count  { "Số lượng máy chủ vật lý của Huyện/Thành phố", unit = "Máy chủ" },        -- A 1.12
  so_may_tram       = count  { "Số lượng máy trạm của Huyện/Thành phố", unit = "Máy trạm" },             -- A 1.13
  so_httt           = count  { "Số lượng hệ thống thông tin của Huyện/Thành phố", unit = "Hệ thống" },   -- A 1.14
  so_dn             = count  { "Số lượng doanh nghiệp thuộc Huyện/Thành phố", unit = "Doanh nghiệp" },   -- A 1.15
  so_dnnvv          = count  { "Số lượng doanh nghiệp nhỏ và vừa", unit = "Doanh nghiệp" },              -- A 1.16
  so_diem_buu_chinh = count  { "Số lượng điểm phục vụ bưu chính", unit = "Điểm" },                      -- A 1.17
  chi_cds           = amount { "Tổng chi Ngân sách nhà nước của Huyện/Thành phố cho chuyển đổi số",
                               unit = "Triệu đồng" },                                                -- A 1.18
  tong_chi_nsnn     = amount { "Tổng chi ngân sách nhà nước trên địa bàn", unit = "Triệu đồng" },     -- A 1.20
  -- Not in part A: 5.1's a and 5.2's b are the same figure (systems whose level dossier is
  -- approved); reported once so that the two indicators cannot use different numbers.
  so_httt_phe_duyet = count  { "Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã được phê duyệt hồ sơ đề xuất cấp độ",
                               unit = "Hệ thống" },
  -- Not in part A: 6.8 and 6.9 both define "b = Tổng số văn bản điện tử (trừ văn bản mật theo
  -- quy định)"; reported once.
  so_vb_dien_tu     = count  { "Tổng số văn bản điện tử (trừ văn bản mật theo quy định)", unit = "Văn bản" },
  -- Not in part A: the condition of the DVCTT rule (line 135, "các cơ quan, đơn vị không có
  -- Dịch vụ công trực tuyến (DVCTT)"); 0 means the district has no DVCTT.
  so_dvctt          = count  { "Số dịch vụ công trực tuyến (toàn trình và một phần) do Huyện/Thành phố cung cấp",
                               unit = "Dịch vụ" },
}

-- =============================================================================
group "1" { "Nhận thức số", max = 100 }
-- =============================================================================

indicator "1.1" {
  "Người đứng đầu cấp huyện (Bí thư/Chủ tịch cấp huyện) là Trưởng ban Ban chỉ đạo chuyển đổi số cấp huyện",
  max = 20,
  truong_ban = choice {
    "Trưởng ban Ban chỉ đạo chuyển đổi số cấp huyện",
    options = {
      bi_thu_chu_tich     = "Trưởng ban là Bí thư/Chủ tịch huyện, thành phố",
      pho_bi_thu_chu_tich = "Trưởng ban là Phó Bí thư/Phó Chủ tịch huyện, thành phố",
      khong               = "Chưa có Ban chỉ đạo hoặc Trưởng ban không phải Lãnh đạo huyện, thành phố",
    },
  },
  -- Role tiers as written: head -> max, deputy -> 1/2 max, "Chưa có Ban chỉ đạo hoặc có nhưng
  -- Trưởng ban không phải Lãnh đạo huyện, thành phố: Không có điểm" -> option khong -> 0.
  score = role_tiers {
    "truong_ban",
    { "bi_thu_chu_tich", "max" },
    { "pho_bi_thu_chu_tich", "max / 2" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Trưởng ban là Bí thư/Chủ tịch huyện, thành phố: Điểm tối đa - Trưởng ban là Phó Bí thư/Phó Chủ tịch huyện, thành phố: 1/2*Điểm tối đa; - Chưa có Ban chỉ đạo hoặc có nhưng Trưởng ban không phải Lãnh đạo huyện, thành phố: Không có điểm]],
}

indicator "1.2" {
  "Bí thư/Chủ tịch cấp huyện tham gia đầy đủ các cuộc họp về CĐS của tỉnh",
  max = 20,
  a = count "Số cuộc họp CĐS của tỉnh có Bí thư/Chủ tịch cấp huyện tham gia",
  b = count "Tổng số cuộc họp CĐS của tỉnh có sự tham gia của huyện, thành phố",
  -- b = 0 (no meeting): the seed gives no rule -> undefined, reported.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số cuộc họp CĐS của tỉnh có Bí thư/Chủ tịch cấp huyện tham gia
b= Tổng số cuộc họp CĐS của tỉnh có sự tham gia của huyện, thành phố
Điểm= (a/b)*Điểm tối đa]],
}

indicator "1.3" {
  "Bí thư/Chủ tịch cấp huyện chủ trì các cuộc họp về CĐS của huyện, thành phố",
  max = 10,
  a = count "Số cuộc họp CĐS của huyện, thành phố có Bí thư/Chủ tịch cấp huyện chủ trì",
  b = count "Tổng số cuộc họp CĐS của huyện, thành phố",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a= Số cuộc họp CĐS của huyện, thành phố có Bí thư/Chủ tịch cấp huyện chủ trì
b= Tổng số cuộc họp CĐS của huyện, thành phố
Điểm= (a/b)*Điểm tối đa]],
}

indicator "1.4" {
  "Văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu cấp huyện (Bí thư/Chủ tịch cấp huyện) ký",
  max = 20,
  a = count "Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện, thành phố (Bí thư/Chủ tịch huyện, thành phố) ký",
  b = count "Tổng số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số của huyện, thành phố theo yêu cầu của tỉnh",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
a=Số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu huyện, thành phố (Bí thư/Chủ tịch huyện, thành phố) ký;
b=Tổng số lượng văn bản chỉ đạo chuyên đề về chuyển đổi số của huyện, thành phố theo yêu cầu của tỉnh;
Điểm= (a/b)*Điểm tối đa]],
}

indicator "1.5" {
  -- Title verbatim (the seed has no "có" before "chuyên mục riêng", as in the commune text).
  "Trang thông tin điện tử của huyện, thành phố chuyên mục riêng về chuyển đổi số",
  max = 10,
  co_chuyen_muc = yesno "Trang thông tin điện tử của huyện, thành phố đã có chuyên mục riêng về chuyển đổi số",
  so_tin_bai    = count "Số lượng tin, bài về Chuyển đổi số trong năm",
  -- "- Đã có chuyên mục và số lượng tin, bài ... đạt: Từ 20 trở lên: điểm tối đa; Từ 10 đến
  -- 19: 1/2; Từ 01 đến 9: 1/4; - Chưa có chuyên mục: 0 điểm".
  -- Gap: a section with 0 posts in the year is in no arm ("Từ 01" starts at 1). Choice: 0
  -- (nothing was posted; no arm is extended to it). Without a section the post count is not
  -- used.
  score = [[
    if not co_chuyen_muc then 0
    else
      case so_tin_bai
        when >= 20  then max
        when 10 .. 19 then max / 2
        when 1 .. 9 then max / 4
        when 0      then 0
      end
    end
  ]],
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    if not co_chuyen_muc then 0
    else
      case so_tin_bai
        when >= 20 then max
        when 10 .. 19 then max / 2
        when 1 .. 9 then max / 4
      end
    end
  ]],
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  note = "Văn bản không nêu trường hợp đã có chuyên mục nhưng không có tin, bài nào trong năm (mức thấp nhất là \"Từ 01 đến 9\"): tính 0 điểm.",
  source = [[
- Đã có chuyên mục và số lượng tin, bài về Chuyển đổi số trong năm đạt:
Từ 20 trở lên: điểm tối đa;
Từ 10 đến 19: 1/2 *Điểm tối đa;
Từ 01 đến 9: 1/4* Điểm tối đa;
- Chưa có chuyên mục: 0 điểm]],
}

indicator "1.6" {
  "Đài Truyền thanh cấp huyện có chuyên mục riêng về chuyển đổi số",
  max = 10,
  co_chuyen_muc = yesno "Đài Truyền thanh cấp huyện đã có chuyên mục riêng về chuyển đổi số",
  score = yes_no "co_chuyen_muc",
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  source = [[
- Đã có: Điểm tối đa;
- Chưa có: 0 điểm]],
}

indicator "1.7" {
  "Tần suất Đài truyền thanh cấp Huyện phát sóng chuyên mục riêng về chuyển đổi số",
  max = 10,
  so_lan = count "Số lần phát sóng chuyên mục riêng về chuyển đổi số trong 1 tháng",
  -- "từ 4 lần/1 tháng" = 4 or more; "từ 2-3 lần" = 2 .. 3; "dưới 2 lần" = 0 or 1.
  -- Gap-free over whole counts (the commune text's "4 lần/1 tháng" lacks the "từ").
  score = tiers {
    "so_lan",
    { ">= 4", "max" },
    { "2 .. 3", "max / 2" },
    otherwise = "0",
  },
  evidence = "Tài liệu/link hoặc hình ảnh chứng minh",
  source = [[- Tần suất phát sóng từ 4 lần/1 tháng: Điểm tối đa. - Tần suất phát sóng từ 2-3 lần/1 tháng: 1/2* Điểm tối đa. - Tần suất phát sóng dưới 2 lần/1 tháng: 0 điểm.]],
}

-- =============================================================================
group "2" { "Thể chế số", max = 100 }
-- =============================================================================

indicator "2.1" {
  -- Seed text: "... của cấp Úy ..." — obvious typo for "cấp ủy" (the Party committee).
  "Nghị quyết chuyên đề hoặc văn bản tương đương của cấp ủy về chuyển đổi số của huyện, thành phố",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành Nghị quyết chuyên đề hoặc văn bản tương đương của cấp ủy về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"cấp Úy\" thành \"cấp ủy\".",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.2" {
  "Kế hoạch 5 năm hoặc giai đoạn của huyện, thành phố về chuyển đổi số",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành Kế hoạch 5 năm hoặc giai đoạn về chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

indicator "2.3" {
  "Kế hoạch hằng năm của huyện, thành phố về chuyển đổi số",
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
  -- Not under the DVCTT rule (see substitute "dvctt" below): it is in group 2, and a district
  -- can guide people to the province's and the nation's DVCTT without offering its own.
  co_huong_dan = yesno "Có hướng dẫn, khuyến khích người dân, doanh nghiệp sử dụng DVCTT",
  score = yes_no "co_huong_dan",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Có hướng dẫn, khuyến khích: Điểm tối đa
- Chưa có: 0 điểm]],
}

indicator "2.5" {
  "Ban hành văn bản hướng dẫn, triển khai, khuyến khích doanh nghiệp nhỏ và vừa chuyển đổi số",
  max = 20,
  da_ban_hanh = yesno "Đã ban hành văn bản hướng dẫn, triển khai, khuyến khích doanh nghiệp nhỏ và vừa chuyển đổi số",
  score = yes_no "da_ban_hanh",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
- Đã ban hành: Điểm tối đa
- Chưa ban hành: 0 điểm]],
}

-- =============================================================================
group "3" { "Hạ tầng số", max = 100 }
-- =============================================================================

indicator "3.1" {
  "Tỷ lệ cán bộ công chức, viên chức được trang bị máy tính phục vụ công việc (gồm cả máy tính để bàn, máy tính xách tay, máy tính bảng)",
  max = 10,
  a = count "Số lượng máy tính cấp cho CBCC tại các cơ quan, đơn vị trực thuộc của huyện, thành phố (gồm các phòng chuyên môn, các xã, phường, thị trấn)",
  b = count "Số lượng máy tính cấp cho VC tại các đơn vị sự nghiệp",
  -- c counts CBCC of the district AND its communes: not A 1.10 (công chức of the district).
  c = count "Tổng số CBCC của huyện, thành phố (gồm các phòng chuyên môn, các xã, phường, thị trấn)",
  -- "d= Tổng số VC tại các đơn vị sự nghiệp" = A 1.11 (viên chức work in đơn vị sự nghiệp).
  d = shared "so_vien_chuc",
  -- "Điểm 1 =Tỷ lệ*3/4 Điểm tối đa; ... Điểm 2 = Tỷ lệ* 1/4 Điểm tối đa. Tổng điểm = Điểm 1
  -- Điểm 2.": the "+" was lost -> Điểm 1 + Điểm 2.
  -- The district text has no rule for a district without viên chức (the department index's
  -- 3.1, line 256, has "Với đơn vị không có Viên chức: Điểm = (a/c) * Điểm tối đa"; Phụ lục
  -- III does not): none is borrowed, d = 0 leaves the indicator undefined (reported).
  -- No cap per part (the seed has none): a total above max is clamped and reported.
  score = [[
    diem_1 = a / c * 3 / 4 * max
    diem_2 = b / d * 1 / 4 * max
    diem_1 + diem_2
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Tổng điểm = Điểm 1 Điểm 2\" (mất dấu cộng): Tổng điểm = Điểm 1 + Điểm 2. Khác bộ chỉ số cấp Sở, Phụ lục III không có quy định cho đơn vị không có viên chức; d = 0 không tính được điểm (được báo cáo).",
  source = [[a= Số lượng máy tính cấp cho CBCC tại các cơ quan, đơn vị trực thuộc của huyện, thành phố (gồm các phòng chuyên môn, các xã, phường, thị trấn). b= Số lượng máy tính cấp cho VC tại các đơn vị sự nghiệp. c= Tổng số CBCC của huyện, thành phố (gồm các phòng chuyên môn, các xã, phường, thị trấn). d= Tổng số VC tại các đơn vị sự nghiệp. - Tỷ lệ CBCC được cấp máy tính = a/c. Điểm 1 =Tỷ lệ*3/4 Điểm tối đa; - Tỷ lệ VC được cấp máy tính= b/d. Điểm 2 = Tỷ lệ* 1/4 Điểm tối đa. Tổng điểm = Điểm 1 Điểm 2.]],
}

indicator "3.2" {
  "Tỷ lệ UBND cấp xã thuộc phạm vi quản lý có kết nối mạng Truyền số liệu chuyên dùng",
  max = 10,
  a = count "Số lượng UBND cấp xã của huyện, thành phố kết nối mạng Truyền số liệu chuyên dùng",
  b = shared "so_xa",   -- "Tổng số UBND cấp xã của huyện, thành phố" = A 1.7
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng UBND cấp xã của huyện, thành phố kết nối mạng Truyền số liệu chuyên dùng. b = Tổng số UBND cấp xã của huyện, thành phố. Điểm= (a/b)*Điểm tối đa]],
}

indicator "3.3" {
  "Tỷ lệ xã, phường, thị trấn được phủ sóng di động 4G/5G",
  max = 10,
  a = count "Số xã, phường, thị trấn được phủ sóng di động 4G/5G",
  b = shared "so_xa",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số xã, phường, thị trấn được phủ sóng di động 4G/5G ' b= Tổng số UBND cấp xã của huyện, thành phố. Điểm= (a/b)*Điểm tối đa]],
}

indicator "3.4" {
  "Tỷ lệ xã, phường, thị trấn có hạ tầng mạng băng rộng cáp quang bao phủ",
  max = 10,
  a = count "Số xã, phường, thị trấn có hạ tầng mạng băng rộng cáp quang bao phủ",
  b = shared "so_xa",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số xã, phường, thị trấn có hạ tầng mạng băng rộng cáp quang bao phủ b= Tổng số UBND cấp xã của huyện, thành phố. - Điểm = (a/b)*Điểm tối đa]],
}

indicator "3.5" {
  "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
  max = 10,
  -- The title says "dân số trưởng thành" (adults) but the formula says "b= Tổng dân số của cấp
  -- huyện": the formula is followed (b = A 1.4).
  a = count "Số lượng người dân có điện thoại thông minh",
  b = shared "dan_so",
  -- "Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Điểm = Tỷ lệ/85%*Điểm tối đa" -> exactly the pattern.
  score = capped_ratio { "a", "b", target = "85%" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Tên chỉ số nêu \"dân số trưởng thành\" nhưng b = Tổng dân số của cấp huyện: tính theo cách tính của văn bản.",
  source = [[a= Số lượng người dân có điện thoại thông minh; b= Tổng dân số của cấp huyện; - Tỷ , lệ=a/b - Điểm: Tỷ lệ >= 85%: Điểm tối đa; Tỷ lệ < 85%: Điểm = Tỷ lệ/85%*Điểm tối đa]],
}

indicator "3.6" {
  "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
  max = 10,
  a = count "Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang",
  b = shared "so_ho",
  -- Seed: "Tỷ lệ > 75%: Điểm tối đa - Tỷ lệ <75: Điểm = Tỷ lệ/75% * điểm tối đa": exactly 75 %
  -- is in neither arm. Choice: >= 75 % -> max (capped ratio). At 75 % the proportional formula
  -- gives max too, so the choice changes no score.
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
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản: \"> 75%: tối đa; <75: ...\" bỏ sót đúng 75%; tính 75% là điểm tối đa (công thức Tỷ lệ/75%*Điểm tối đa cũng cho điểm tối đa tại 75%).",
  source = [[a=Số lượng hộ gia đình có kết nối Internet băng rộng cáp quang; b= Tổng số hộ gia đình của cấp huyện; - Tỷ lệ=a/b - Tỷ lệ > 75%: Điểm tối đa - Tỷ lệ <75: Điểm = Tỷ lệ/75% * điểm tối đa]],
}

indicator "3.7" {
  "UBND cấp huyện đã triển khai hệ thống phòng họp không giấy tờ",
  max = 10,
  da_trien_khai = yesno "UBND cấp huyện đã triển khai hệ thống phòng họp không giấy tờ",
  score = yes_no "da_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Đã triển khai: Điểm tối đa. - Chưa triển khai: 0 điểm]],
}

indicator "3.8" {
  "Có hệ thống Camera an ninh trên địa bàn kết nối về UBND huyện, thành phố hoặc Công an huyện, thành phố để phục vụ công tác quản lý, chỉ đạo, điều hành an toàn xã hội, an toàn giao thông....",
  max = 10,
  so_camera = count "Số camera an ninh trên địa bàn kết nối về UBND huyện, thành phố hoặc Công an huyện, thành phố",
  -- Count tiers, gap-free over whole counts; "Chưa có" = 0 cameras -> otherwise 0.
  score = tiers {
    "so_camera",
    { ">= 30", "max" },
    { "15 .. 29", "max / 2" },
    { "1 .. 14", "max / 4" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Từ 30 camera trở lên: điểm tối đa. - Từ 15 đến 29 camera: 1/2*Điểm tối đa. - Từ 1 đến 14 camera: 1/4*Điểm tối đa. - Chưa có: 0 điểm.]],
}

indicator "3.9" {
  "Triển khai các hệ thống Wifi công cộng miễn phí phục vụ nhu cầu của người dân và du khách tại các điểm công cộng (như các điểm tham quan du lịch, công cộng, Bộ phận một cửa UBND cấp huyện...)",
  max = 10,
  wifi_mot_cua = yesno "Có hệ thống Wifi công cộng miễn phí tại Bộ phận một cửa UBND cấp huyện",
  so_diem_wifi = count "Số điểm công cộng khác có hệ thống wifi miễn phí (điểm wifi do huyện đầu tư)",
  -- Seed: "- Điểm=(1) (2)": the "+" was lost -> (1) + (2).
  -- (1) wifi at the one-stop desk: 1/2 max.
  -- (2) "Mỗi điểm công cộng có hệ thống wifi miễn phí khác được tính 1 điểm (Tối đa 5 điểm)":
  --     1 point per point, capped at 5 (the commune text says 2 points each; the district
  --     text says 1). "(Điểm wifi do huyện đầu tư)": only points the district invested in.
  -- The total is capped at max; 1/2 x 10 + 5 = 10 never exceeds it.
  score = sum_parts {
    "if wifi_mot_cua then max / 2 else 0 end",
    "min(so_diem_wifi * 1, 5)",
    cap = "max",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Điểm=(1) (2)\" (mất dấu cộng): Điểm = (1) + (2); phần (2) mỗi điểm 1 điểm, tối đa 5 điểm.",
  source = [[(1) Có hệ thống Wifi công cộng miễn phí tại Bộ phận một cửa UBND cấp huyện: 1/2*Điểm tối đa. (2) Mỗi điểm công cộng có hệ thống wifi miễn phí khác được tính 1 điểm (Tối đa 5 điểm). (Điểm wifi do huyện đầu tư) - Điểm=(1) (2)]],
}

indicator "3.10" {
  "Tỷ lệ UBND cấp xã có hệ thống Hội nghị truyền hình trực tuyến đáp ứng yêu cầu tổ chức các cuộc họp trực tuyến 4 cấp từ trung ương, tỉnh, huyện, xã (Không gồm hệ thống khối Đảng)",
  max = 10,
  a = count "Số đơn vị cấp xã có hệ thống Hội nghị truyền hình đáp ứng yêu cầu",
  b = shared "so_xa",   -- "b= Số đơn vị cấp xã" = A 1.7
  score = ratio { "a", "b" },
  source = [[a= Số đơn vị cấp xã có hệ thống Hội nghị truyền hình đáp ứng yêu cầu. b= Số đơn vị cấp xã. - Điểm = (a/b)*Điểm tối đa]],
}

-- =============================================================================
group "4" { "Nhân lực số", max = 100 }
-- =============================================================================

indicator "4.1" {
  "Tỷ lệ xã có Ban Chỉ đạo chuyển đổi số cấp xã",
  max = 10,
  a = count "Số xã, phường, thị trấn thành lập Ban Chỉ đạo chuyển đổi số cấp xã",
  b = shared "so_xa",   -- "Tổng số UBND cấp xã trên địa bàn trên địa bàn" (sic) = A 1.7
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số xã, phường, thị trấn thành lập Ban Chỉ đạo chuyển đổi số cấp xã b= Tổng số UBND cấp xã trên địa bàn trên địa bàn Điểm = (a/b)*Điểm tối đa.]],
}

indicator "4.2" {
  -- Seed text: "... có Tố công nghệ số cộng đồng" — obvious typo for "Tổ".
  "Tỷ lệ Xã/Phường/Thị trấn có Tổ công nghệ số cộng đồng",
  max = 20,
  a = count "Số Xã/Phường/Thị trấn có Tổ công nghệ số cộng đồng",
  b = shared "so_xa",   -- "Tổng Xã/Phường/Thị trấn trên địa bàn" = A 1.7
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"Tố công nghệ số\" thành \"Tổ công nghệ số\". b lấy từ Thông tin chung mục 1.7.",
  source = [[
a=Số Xã/Phường/Thị trấn có Tố công nghệ số cộng đồng
b= Tổng Xã/Phường/Thị trấn trên địa bàn
- Điểm=(a/b)*Điểm tối đa]],
}

indicator "4.3" {
  -- Seed text: "... có Tố công nghệ số cộng đồng" — obvious typo for "Tổ".
  "Tỷ lệ thôn, xóm có Tổ công nghệ số cộng đồng",
  max = 20,
  a = count "Số thôn, xóm trên địa bàn có tổ công nghệ số cộng đồng",
  b = shared "so_thon",   -- "Tổng số thôn, xóm trên địa bàn" = A 1.8
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"Tố công nghệ số\" thành \"Tổ công nghệ số\". b lấy từ Thông tin chung mục 1.8.",
  source = [[
a=Số thôn, xóm trên địa bàn có tố công nghệ số cộng đồng
b= Tổng số thôn, xóm trên địa bàn
Điểm = (a/b)*Điểm tối đa.]],
}

indicator "4.4" {
  "Tỷ lệ công chức, viên chức chuyên trách, kiêm nhiệm về chuyển đổi số",
  max = 10,
  a = count "Số lượng công chức chuyên trách về chuyển đổi số",
  b = count "Số lượng công chức kiêm nhiệm về chuyển đổi số",
  c = count "Số lượng viên chức chuyên trách về chuyển đổi số",
  d = count "Số lượng viên chức kiêm nhiệm về chuyển đổi số",
  e = shared "so_cong_chuc",   -- "e= Tổng số công chức" = A 1.10
  f = shared "so_vien_chuc",   -- "f= Tổng số viên chức" = A 1.11
  -- Seed: "Điểm=((a b c d)/(e f))*Điểm tối đa": the "+" signs were lost ->
  -- (a + b + c + d) / (e + f) * max.
  score = ratio { "a + b + c + d", "e + f" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản ghi \"Điểm=((a b c d)/(e f))*Điểm tối đa\" (mất dấu cộng): Điểm = ((a+b+c+d)/(e+f))*Điểm tối đa. e, f lấy từ Thông tin chung mục 1.10, 1.11.",
  source = [[
a= Số lượng công chức chuyên trách về chuyển đổi số;
b= Số lượng công chức kiêm nhiệm về chuyển đổi số;
c= Số lượng viên chức chuyên trách về chuyển đổi số;
d= Số lượng viên chức kiêm nhiệm về chuyển đổi số;
e= Tổng số công chức;
f= Tổng số viên chức;
Điểm=((a b c d)/(e f))*Điểm tối đa]],
}

indicator "4.5" {
  "Công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng",
  max = 10,
  co_nhan_su = yesno "Có công chức, viên chức chuyên trách, kiêm nhiệm về An toàn thông tin mạng",
  score = yes_no "co_nhan_su",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[
Có: Điểm tối đa
Không: 0 điểm]],
}

indicator "4.6" {
  "Tỷ lệ công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
  max = 20,
  a = count "Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số",
  -- "b= Tổng số công chức, viên chức" = A 1.10 + A 1.11 (the same e + f as 4.4).
  cong_chuc = shared "so_cong_chuc",
  vien_chuc = shared "so_vien_chuc",
  score = ratio { "a", "cong_chuc + vien_chuc" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "b = Tổng số công chức, viên chức = Thông tin chung mục 1.10 + mục 1.11.",
  source = [[
a= Số lượng công chức, viên chức được bồi dưỡng, tập huấn về chuyển đổi số;
b= Tổng số công chức, viên chức;
Điểm = (a/b)*Điểm tối đa.]],
}

indicator "4.7" {
  "Tỷ lệ các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số (hoàn thiện được mô hình quản trị số, hoạt động số, chuẩn hóa dữ liệu số, kho học liệu số mở).",
  max = 10,
  a = count "Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn",
  b = count "Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn",
  -- "Tỷ lệ (a/b) >50%: điểm tối đa; Tỷ lệ < 50%: Điểm=Tỷ lệ*Điểm tối đa/50%": exactly 50 % is
  -- in neither arm. Choice: >= 50 % -> max (the proportional formula gives max at 50 % too,
  -- so no score changes).
  score = capped_ratio { "a", "b", target = "50%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 50% then max
      when < 50% then ty_le * max / 50%
    end
  ]],
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản: \">50%: tối đa; < 50%: ...\" bỏ sót đúng 50%; tính 50% là điểm tối đa (liên tục tại 50%).",
  source = [[
a= Số lượng các cơ sở giáo dục từ tiểu học đến trung học phổ thông thực hiện chuyển đổi số trên địa bàn;
b= Tổng số các cơ sở giáo dục từ tiểu học đến trung học phổ thông trên địa bàn;
- Tỷ lệ = a/b
- Điểm =
Tỷ lệ (a/b) >50%: điểm tối đa;
Tỷ lệ < 50%: Điểm=Tỷ lệ*Điểm tối đa/50%]],
}

-- =============================================================================
group "5" { "An toàn thông tin mạng", max = 100 }
-- =============================================================================

indicator "5.1" {
  "Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã được phê duyệt hồ sơ đề xuất cấp độ",
  max = 15,
  a = shared "so_httt_phe_duyet",   -- the same figure is 5.2's b
  b = shared "so_httt",             -- "Tổng số lượng hệ thống thông tin ..." = A 1.14
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã được phê duyệt hồ sơ cấp độ; b = Tổng số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố - Điểm đánh giá= (a/b)*Điểm tối đa]],
}

indicator "5.2" {
  "Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  max = 15,
  a = count "Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt",
  -- "b= Tổng số hệ thống thông tin ... đã được phê duyệt cấp độ" is 5.1's a. b = 0 (no system
  -- approved yet): no rule -> undefined, reported.
  b = shared "so_httt_phe_duyet",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "b là số hệ thống thông tin đã được phê duyệt cấp độ, cũng là a của chỉ số 5.1 (nhập một lần).",
  source = [[a= Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã triển khai đầy đủ phương án bảo vệ theo Hồ sơ đề xuất cấp độ đã được phê duyệt cấp độ; b= Tổng số hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã được phê duyệt cấp độ; - Điểm=(a/b)*Điểm tối đa]],
}

indicator "5.3" {
  "Hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  max = 10,
  duoc_giam_sat = yesno "Được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  score = yes_no "duoc_giam_sat",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Được giám sát trực tiếp và kết nối chia sẻ dữ liệu với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh: điểm tối đa. - Chưa được giám sát, kết nối: 0 điểm]],
}

indicator "5.4" {
  "Số lượng hệ thống thông tin thuộc phạm vi quản lý của UBND huyện, thành phố đã được kiểm tra, đánh giá đầy đủ các nội dung theo quy định tại Thông tư số 12/2022/TT- BTTTT ngày 12/8/2022 của Bộ Thông tin và Truyền thông",
  max = 15,
  a = count "Số lượng hệ thống thông tin đã được kiểm tra, đánh giá",
  b = shared "so_httt",   -- "Tổng số hệ thống thông tin" = A 1.14
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số lượng hệ thống thông tin đã được kiểm tra, đánh giá; b= Tổng số hệ thống thông tin ; - Điểm=(a/b)*Điểm tối đa]],
}

indicator "5.5" {
  "Tỷ lệ máy tính để bàn của cơ quan, đơn vị (gồm cả các đơn vị trực thuộc) cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền",
  max = 10,
  a = count "Số lượng máy tính của CBCCVC của UBND huyện, thành phố được cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền",
  -- "b = Tổng số lượng máy tính trang bị cho CBCCVC của UBND huyện, thành phố" = A 1.13
  -- (máy trạm).
  b = shared "so_may_tram",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số lượng máy tính của CBCCVC của UBND huyện, thành phố được cài đặt giải pháp phòng, chống mã độc, các phần mềm diệt virus có bản quyền b = Tổng số lượng máy tính trang bị cho CBCCVC của UBND huyện, thành phố. - Điểm = (a/b)*Điểm tối đa.]],
}

indicator "5.6" {
  "Tỷ lệ máy chủ của cơ quan, đơn vị (gồm cả các đơn vị trực thuộc) cài đặt giải pháp phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  max = 10,
  thue_tt_du_lieu = yesno "Không có máy chủ riêng; máy chủ được thuê, đặt tại Trung tâm dữ liệu tỉnh",
  a = count "Số lượng máy chủ của cơ quan cài đặt phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh",
  b = shared "so_may_chu",   -- "b = Tổng số lượng máy chủ của cơ quan" = A 1.12
  -- "Ghi chú: Trường hợp các cơ quan không có máy chủ riêng và máy chủ được thuê, đặt tại
  -- Trung tâm dữ liệu tỉnh được điểm tối đa." -> override first: yes -> max (a and b are
  -- then not used, so b = 0 is no division); otherwise (a/b)*max, b = 0 undefined.
  score = "if thue_tt_du_lieu then max else a / b * max end",
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Đơn vị không có máy chủ riêng, máy chủ được thuê, đặt tại Trung tâm dữ liệu tỉnh: điểm tối đa (theo Ghi chú của văn bản), không dùng a, b.",
  source = [[a = Số lượng máy chủ của cơ quan cài đặt phòng, chống mã độc và chia sẻ thông tin với Hệ thống giám sát an toàn, an ninh thông tin tập trung của tỉnh. b = Tổng số lượng máy chủ của cơ quan; - Điểm = (a/b)*Điểm tối đa. Ghi chú: Trường hợp các cơ quan không có máy chủ riêng và máy chủ được thuê, đặt tại Trung tâm dữ liệu tỉnh được điểm tối đa.]],
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
  "Tổng kinh phí chi cho an toàn thông tin (ATTT)",
  max = 15,
  unit = "Triệu đồng",
  kinh_phi = amount { "Tổng kinh phí chi cho an toàn thông tin (ATTT)", unit = "Triệu đồng" },
  -- "Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào bố trí kinh phí lớn nhất thì điểm
  -- tối đa và giảm dần (Đơn vị triệu đồng)": (x - min) / (max - min) * max over the peers =
  -- every district of the dataset that reports the amount (a district with a blank cell is
  -- missing data and not a peer). The largest spender gets max, the smallest 0.
  -- When every district reports the same amount, every district gets max (each is "đơn vị
  -- bố trí kinh phí lớn nhất"; docs/language.md 3b) — also when all report 0: the seed gives
  -- no rule for that case, so none is added.
  score = min_max { "kinh_phi" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Min-Max giữa các huyện, thành phố có số liệu trong bộ dữ liệu: đơn vị chi lớn nhất được điểm tối đa, nhỏ nhất 0 điểm; nếu mọi đơn vị chi bằng nhau thì đều được điểm tối đa. Kết quả phụ thuộc vào các đơn vị cùng được đánh giá: cần đánh giá cả 10 huyện, thành phố cùng lúc.",
  source = [[Tính điểm theo phương pháp Min-Max, dựa vào đơn vị nào bố trí kinh phí lớn nhất thì điểm tối đa và giảm dần (Đơn vị triệu đồng)]],
}

-- =============================================================================
group "6" { "Hoạt động chính quyền số", max = 300 }
-- =============================================================================
-- The DVCTT substitution rule (seed line 135) replaces 6.4 and 6.6 for a district without
-- DVCTT: see substitute "dvctt" after 6.14.

indicator "6.1" {
  "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo quy định của Nghị định số 42/2022/NĐ- CP",
  max = 20,
  dap_ung = yesno "Trang thông tin điện tử đáp ứng yêu cầu chức năng, tính năng kỹ thuật theo Nghị định số 42/2022/NĐ-CP",
  ipv6    = yesno "Trang thông tin điện tử đã chuyển đổi sang công nghệ IPv6",
  -- "(1) Đáp ứng ...: 4/5*Điểm tối đa (2) Đã chuyển đổi sang công nghệ IPv6: 1/5*Điểm tối đa
  -- - Điểm = (1) (2)": the "+" was lost -> two independent yes/no parts, added.
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
  max = 20,
  so_tin_bai = count "Số lượng tin, bài cập nhật trên Trang thông tin điện tử trong năm",
  -- "Trên 40 tin, bài/năm trở lên: điểm tối đa - Từ 25 đến 40 tin bài/năm: 1/2": 40 is named
  -- by both arms ("trên 40 ... trở lên" could include it; "Từ 25 đến 40" does). Choice: the
  -- explicit range keeps 40 -> 40 gives 1/2; max from 41. Gap-free over whole counts.
  score = tiers {
    "so_tin_bai",
    { "> 40", "max" },
    { "25 .. 40", "max / 2" },
    { "10 .. 24", "max / 4" },
    otherwise = "0",
  },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "\"Trên 40 tin, bài/năm trở lên\" và \"Từ 25 đến 40\" cùng nêu mức 40: 40 tin, bài tính 1/2 điểm tối đa (theo khoảng \"Từ 25 đến 40\"); từ 41 tin, bài trở lên tính điểm tối đa.",
  source = [[Số lượng cập nhật tin bài: - Trên 40 tin, bài/năm trở lên: điểm tối đa - Từ 25 đến 40 tin bài/năm: 1/2*điểm tối đa - Từ 10 đến 24 tin bài/năm: 1/4*điểm tối đa - Dưới 10 tin bài/năm: 0 điểm]],
}

indicator "6.3" {
  "Triển khai các kênh số khác (ngoài Trang thông tin điện tử) để cung cấp thông tin và DVCTT",
  max = 10,
  -- Not under the DVCTT rule: the channels carry "thông tin và DVCTT"; a district without
  -- DVCTT can still deploy them for information, and the yes/no can be answered as written.
  da_trien_khai = yesno "Đã triển khai các kênh số khác (ngoài Trang thông tin điện tử) để cung cấp thông tin và DVCTT",
  score = yes_no "da_trien_khai",
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[- Đã triển khai: Điểm tối đa; - Chưa triển khai: 0 điểm]],
}

indicator "6.4" {
  "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình",
  max = 40,
  a = count "Số hồ sơ xử lý DVCTT toàn trình",
  b = count "Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần)",
  -- Plain ratio. A district without DVCTT is scored by substitute "dvctt" (below), not by this
  -- formula. A district with DVCTT but no dossier in the year (b = 0): no rule -> undefined.
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Đơn vị không có DVCTT: tính theo Mục V.4, điểm 2 của Quyết định (substitute \"dvctt\").",
  source = [[a= Số hồ sơ xử lý DVCTT toàn trình. b= Tổng số hồ sơ DVCTT (gồm cả DVCTT toàn trình và DVCTT một phần) - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.5" {
  "Tỷ lệ số hóa hồ sơ kết quả giải quyết TTHC",
  max = 20,
  -- Not under the DVCTT rule: it counts every TTHC dossier, whatever channel it came by.
  a = count "Tổng số hồ sơ giải quyết TTHC được số hóa",
  b = count "Tổng số hồ sơ giải quyết TTHC",
  -- "Tỷ lệ 100% đạt điểm tối đa; Không đạt tỷ lệ 100%: 0 điểm" -> all or nothing.
  score = all_or_nothing { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Tổng số hồ sơ giải quyết TTHC được số hóa b= Tổng số hồ sơ giải quyết TTHC Tỷ lệ = a/b; - Tỷ lệ 100% đạt điểm tối đa; Không đạt tỷ lệ 100%: 0 điểm]],
}

indicator "6.6" {
  "Tỷ lệ hồ sơ thanh toán trực tuyến, phí, lệ phí, nghĩa vụ tài chính khác trong giải quyết TTHC",
  max = 30,
  a = count "Tổng số hồ sơ được thanh toán trực tuyến",
  b = count "Tổng số hồ sơ đủ điều kiện yêu cầu thanh toán trực tuyến",
  -- "Tỷ lệ >=70% đạt điểm tối đa; - Tỷ lệ từ 30% đến 70%, Điểm = tỷ lệ*Điểm tối đa; - Tỷ lệ
  -- <30% không có điểm": the arms overlap at 70 % (max against 0.7 x max). Choice: 70 % ->
  -- max (the ">=70%" arm, stated first); 30 % itself is in the middle arm. = window pattern.
  -- Under the DVCTT rule: online payment is made on online dossiers (a dossier is "đủ điều
  -- kiện yêu cầu thanh toán trực tuyến" only when filed through a DVCTT); a district without
  -- DVCTT has none and is scored by substitute "dvctt".
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
  note = "Hai mức \">=70%\" và \"từ 30% đến 70%\" trùng nhau tại 70%: tính 70% là điểm tối đa. Đơn vị không có DVCTT: tính theo Mục V.4, điểm 2 của Quyết định (substitute \"dvctt\").",
  source = [[a= Tổng số hồ sơ được thanh toán trực tuyến b= Tổng số hồ sơ đủ điều kiện yêu cầu thanh toán trực tuyến Tỷ lệ = a/b; - Tỷ lệ >=70% đạt điểm tối đa; - Tỷ lệ từ 30% đến 70%, Điểm = tỷ lệ*Điểm tối đa; - Tỷ lệ <30% không có điểm]],
}

indicator "6.7" {
  "Tỷ lệ Lãnh đạo cấp huyện được cấp chứng thư số chuyên dùng của Chính phủ (Lãnh đạo UBND huyện, Trưởng/phó các đơn vị trực thuộc; không gồm cấp xã)",
  max = 20,
  a = count "Số Lãnh đạo cấp huyện được cấp chứng thư số",
  b = count "Tổng số Lãnh đạo cấp huyện",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số Lãnh đạo cấp huyện được cấp chứng thư số. b = Tổng số Lãnh đạo cấp huyện. - Điểm =(a/b)*Điểm tối đa.]],
}

indicator "6.8" {
  "Tỷ lệ văn bản điện tử được ký số của cơ quan, đơn vị ban hành văn bản",
  max = 20,
  a = count "Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.9
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số văn bản điện tử được ký số cơ quan (trừ văn bản mật theo quy định) b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định). - Tỷ , lệ = a/b. - Điểm = Tỷ lệ*Điểm tối đa.]],
}

indicator "6.9" {
  -- Seed text: "... người có tham quyền" — obvious typo for "thẩm quyền" (a says "thẩm quyền").
  "Tỷ lệ văn bản điện tử được ký số của người có thẩm quyền",
  max = 20,
  a = count "Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định)",
  b = shared "so_vb_dien_tu",   -- same b as 6.8
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Sửa lỗi chính tả của văn bản: \"tham quyền\" thành \"thẩm quyền\".",
  source = [[a = Số văn bản điện tử được ký số cá nhân của người có thẩm quyền (trừ văn bản mật theo quy định). b = Tổng số văn bản điện tử (trừ văn bản mật theo quy định) - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.10" {
  "Tỷ lệ cuộc họp qua hệ thống hội nghị truyền hình giữa UBND cấp huyện với UBND cấp xã thực hiện trong năm",
  max = 20,
  a = count "Số cuộc họp qua hệ thống hội nghị truyền hình giữa UBND cấp huyện và UBND cấp xã được thực hiện trong năm",
  b = count "Số cuộc họp giữa UBND cấp huyện và UBND cấp xã được thực hiện trong năm",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Số cuộc họp qua hệ thống hội nghị truyền hình giữa UBND cấp huyện và UBND cấp xã được thực hiện trong năm b = Số cuộc họp giữa UBND cấp huyện và UBND cấp xã được thực hiện trong năm; - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.11" {
  "Tỷ lệ cuộc họp có sử dụng Hệ thống phòng họp không giấy tờ thực hiện trong năm",
  max = 20,
  -- The seed defines the letters the wrong way round: "b = Số cuộc họp do UBND cấp huyện tổ
  -- chức có sử dụng Hệ thống phòng họp không giấy tờ ...; a = Số cuộc họp do UBND cấp huyện
  -- tổ chức trong năm; - Điểm = (a/b)*Điểm tối đa" would be total / paperless, >= 1, and would
  -- reward using the system LESS. The letters and labels are kept as printed (the form is
  -- filled that way); the score is the evident intent, paperless / total = b / a * max.
  -- a = 0 (no meeting): no rule -> undefined.
  a = count "Số cuộc họp do UBND cấp huyện tổ chức trong năm",
  b = count { "Số cuộc họp do UBND cấp huyện tổ chức có sử dụng Hệ thống phòng họp không giấy tờ được thực hiện trong năm",
              part_of = "a" },   -- the paperless meetings are some of the year's meetings
  score = ratio { "b", "a" },
  -- The decision's formula as printed, with its letters, for tieuchi check.
  as_written = "a / b * max",
  evidence = "Văn bản, tài liệu chứng minh",
  note = "Văn bản định nghĩa ngược a và b (b = số cuộc họp có sử dụng phòng họp không giấy tờ, a = tổng số cuộc họp) nhưng ghi Điểm = (a/b)*Điểm tối đa. Giữ nguyên a, b như văn bản; tính theo ý nghĩa của chỉ số: Điểm = (b/a)*Điểm tối đa.",
  source = [[b = Số cuộc họp do UBND cấp huyện tổ chức có sử dụng Hệ thống phòng họp không giấy tờ được thực hiện trong năm; a = Số cuộc họp do UBND cấp huyện tổ chức trong năm; - Điểm = (a/b)*Điểm tối đa.]],
}

indicator "6.12" {
  "CBCCVC của UBND cấp huyện được cấp và thường xuyên sử dụng thư điện tử công vụ",
  max = 10,
  -- a counts CBCCVC, b "Tổng số CBCC" (no VC): followed as written. Where a > b (viên chức
  -- counted in a only) the score is above max: clamped and reported, no other rule invented.
  a = count "Số CBCCVC của UBND cấp huyện được cấp và thường xuyên sử dụng thư điện tử công vụ",
  b = count "Tổng số CBCC của UBND cấp huyện",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "a tính CBCCVC nhưng b = Tổng số CBCC (không gồm viên chức): tính đúng như văn bản; nếu a > b thì điểm vượt tối đa, được đưa về điểm tối đa và báo cáo.",
  source = [[a = Số CBCCVC của UBND cấp huyện được cấp và thường xuyên sử dụng thư điện tử công vụ; b = Tổng số CBCC - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.13" {
  "Tỷ lệ báo cáo định kỳ được ký số bằng chữ ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo/Tổng số báo cáo định kỳ của đơn vị theo quy định",
  max = 20,
  a = count "Tổng số báo cáo định kỳ được ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo",
  b = count "Tổng số báo cáo định kỳ của đơn vị theo quy định",
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a = Tổng số báo cáo định kỳ được ký số của Lãnh đạo cơ quan và gửi trên Hệ thống thông tin báo cáo b = Tổng số báo cáo định kỳ của đơn vị theo quy định; - Điểm = (a/b)*Điểm tối đa]],
}

indicator "6.14" {
  "Tổng chi Ngân sách nhà nước cho CNTT, chuyển đổi số",
  max = 30,
  -- a "Tổng chi Ngân sách nhà nước cho CNTT, Chính quyền số (triệu đồng)" is the figure part A
  -- asks for in 1.18; b "Tổng chi ngân sách nhà nước (triệu đồng)" is A 1.20 "Tổng chi ngân
  -- sách nhà nước trên địa bàn". Bound rather than asked twice.
  a = shared "chi_cds",
  b = shared "tong_chi_nsnn",
  -- "Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa" -> exactly the pattern.
  score = capped_ratio { "a", "b", target = "1%" },
  evidence = "Văn bản, tài liệu chứng minh",
  note = "a là Thông tin chung mục 1.18, b là mục 1.20.",
  source = [[a= Tổng chi Ngân sách nhà nước cho CNTT, Chính quyền số (triệu đồng); b= Tổng chi ngân sách nhà nước (triệu đồng) - Tỷ , lệ=a/b; - Điểm: Tỷ lệ>=1%: Điểm tối đa; Tỷ lệ<1%: Tỷ lệ/1%*Điểm tối đa.]],
}

-- The DVCTT rule (seed line 135, Mục V.4 điểm 2). It applies to units "không có Dịch vụ công
-- trực tuyến (DVCTT) (thuộc chỉ số Hoạt động chính quyền số)", i.e. within group 6, and to
-- "các chỉ số thành phần liên quan đến DVCTT". Which ones are related is not listed by the
-- seed; the choice here: the indicators whose inputs are DVCTT dossiers —
--   6.4 "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình" (a, b = DVCTT dossiers), and
--   6.6 "Tỷ lệ hồ sơ thanh toán trực tuyến ..." (online payment is made on online dossiers).
-- Not listed: 6.3 (other digital channels "để cung cấp thông tin và DVCTT": a yes/no that a
-- district without DVCTT can still answer, for information), 6.5 (digitised results of every
-- TTHC dossier, whatever the channel), 2.4 (group 2: guiding people to use DVCTT, which can be
-- the province's or the nation's).
-- For a district with so_dvctt == 0: score = (points of 6.1, 6.2, 6.3, 6.5, 6.7-6.14, whose
-- maxima add up to 230) / 230 x max of 6.4 (40) or 6.6 (30). A clamped indicator counts at
-- its clamped value (its max); if one of them is missing or undefined for the unit, the
-- substituted scores cannot be computed and are missing too.
substitute "dvctt" {
  "Đơn vị không có DVCTT: điểm chỉ số thành phần liên quan DVCTT = (tổng điểm đạt được của các "
  .. "chỉ số thành phần khác của nhóm Hoạt động chính quyền số / tổng điểm tối đa của chúng) "
  .. "× điểm tối đa của chỉ số",
  when = "so_dvctt == 0",
  indicators = { "6.4", "6.6" },
  note = "Các chỉ số liên quan DVCTT: 6.4 (hồ sơ DVCTT) và 6.6 (thanh toán trực tuyến trên hồ sơ trực tuyến). Không áp dụng cho 6.3, 6.5 (nhóm 6) và 2.4 (nhóm 2).",
  source = [[2. Trường hợp các cơ quan, đơn vị không có Dịch vụ công trực tuyến (DVCTT) (thuộc chỉ số Hoạt động chính quyền số), cách tính điểm các chỉ số thành phần liên quan đến DVCTT được xác định như sau: Điểm chỉ số thành phần liên quan DVCTT thực hiện đánh giá = (Tổng điểm thực tế đạt được đối với các chỉ số thành phần ngoài chỉ số thành phần liên quan DVCTT/Tổng điểm tối đa của các chỉ số thành phần đó) nhân với Điểm tối đa của chỉ số thành phần tương ứng đang thực hiện đánh giá.]],
}

-- =============================================================================
group "7" { "Hoạt động kinh tế số", max = 100 }
-- =============================================================================

indicator "7.1" {
  "Số lượng doanh nghiệp nhỏ và vừa tiếp cận, tham gia chương trình SMEdx",
  max = 20,
  a = count "Số lượng doanh nghiệp nhỏ và vừa tiếp cận và tham gia Chương trình SMEdx trên địa bàn",
  b = shared "so_dnnvv",   -- "Tổng số Doanh nghiệp nhỏ và vừa trên địa bàn" = A 1.16
  -- "Tỷ lệ > 10%: Điểm tối đa Tỷ lệ <10%: Điểm = Tỷ lệ/10% *Điểm tối đa": exactly 10 % is in
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
  note = "Văn bản: \"> 10%: tối đa; <10%: ...\" bỏ sót đúng 10%; tính 10% là điểm tối đa.",
  source = [[a = Số lượng doanh nghiệp nhỏ và vừa tiếp cận và tham gia Chương trình SMEdx trên địa bàn; b = Tổng số Doanh nghiệp nhỏ và vừa trên địa bàn; Tỷ lệ = a/b. Điểm: Tỷ lệ > 10%: Điểm tối đa Tỷ lệ <10%: Điểm = Tỷ lệ/10% *Điểm tối đa]],
}

indicator "7.2" {
  "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
  max = 20,
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
  max = 10,
  a = count "Số lượng doanh nghiệp sử dụng Hợp đồng điện tử trên địa bàn",
  b = shared "so_dn",   -- "Tổng số Doanh nghiệp trên địa bàn" = A 1.15
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
  source = [[a = Số lượng doanh nghiệp nộp thuế điện tử b = Tổng số Doanh nghiệp; Tỷ lệ = a/b. Điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "7.5" {
  "Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định",
  max = 20,
  a = count "Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định",
  b = shared "so_diem_buu_chinh",   -- "Tổng số điểm phục vụ bưu chính" = A 1.17
  -- "Tỷ lệ > 50%: Điểm tối đa Tỷ lệ <50: điểm = Tỷ lệ*Điểm tối đa": unlike 7.1-7.3 the lower
  -- arm is NOT divided by 50 % (written as is: a jump from 0.5 x max to max at 50 %).
  -- Exactly 50 % is in neither arm and the arms differ there. Choice: the written "> 50%" is
  -- kept for max and 50 % goes to the lower arm (as the commune script fills its 4.4 gap):
  -- 50 % -> 0.5 x max.
  score = [[
    ty_le = a / b
    if ty_le > 50% then max else ty_le * max end
  ]],
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 50% then max
      when < 50% then ty_le * max
    end
  ]],
  note = "Văn bản: \"> 50%: tối đa; <50: Tỷ lệ*Điểm tối đa\" (không chia cho 50% như các chỉ số 7.1-7.3; giữ nguyên như văn bản) và bỏ sót đúng 50%: tỷ lệ đúng 50% tính theo mức dưới, 0,5*Điểm tối đa.",
  source = [[a = Số điểm phục vụ của mạng bưu chính công cộng có kết nối internet băng rộng cố định. b = Tổng số điểm phục vụ bưu chính; Tỷ lệ = a/b. Tỷ lệ > 50%: Điểm tối đa Tỷ lệ <50: điểm = Tỷ lệ*Điểm tối đa]],
}

indicator "7.6" {
  "Số lượng giao dịch trên sàn thương mại điện tử Vỏ sò và Postmart",
  max = 10,
  a = count "Số lượng giao dịch trên sàn TMĐT Vỏ Sò và Postmart tại địa bàn",
  b = count "Tổng số lượng bưu gửi chuyển phát hàng hóa qua Bưu điện Việt Nam và Viettel Post tại địa bàn",
  -- "Tỷ lệ > 5%: Điểm tối đa Tỷ lệ <5%: Điểm = Tỷ lệ/5% * Điểm tối đa": exactly 5 % -> max.
  score = capped_ratio { "a", "b", target = "5%" },
  -- The decision's table as it is written (its defect included), for tieuchi check;
  -- the score above is the choice this script makes.
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 5% then max
      when < 5% then ty_le / 5% * max
    end
  ]],
  note = "Văn bản bỏ sót đúng 5%; tính 5% là điểm tối đa.",
  source = [[a = Số lượng giao dịch trên sàn TMĐT Vỏ Sò và Postmart tại địa bàn; b = Tổng số lượng bưu gửi chuyển phát hàng hóa qua Bưu điện Việt Nam và Viettel Post tại địa bàn; Tỷ lệ = a/b. Tỷ lệ > 5%: Điểm tối đa Tỷ lệ <5%: Điểm = Tỷ lệ/5% * Điểm tối đa]],
}

-- =============================================================================
group "8" { "Hoạt động xã hội số", max = 100 }
-- =============================================================================

indicator "8.1" {
  "Số lượng người dân có danh tính số/ tài khoản định danh điện tử",
  max = 30,
  a = count "Số người có danh tính số/ tài khoản định danh điện tử",
  b = shared "dan_so",   -- "Tổng dân số trên địa bàn" = A 1.4
  score = ratio { "a", "b" },
  evidence = "Văn bản, tài liệu chứng minh",
  source = [[a= Số người có danh tính số/ tài khoản định danh điện tử; b= Tổng dân số trên địa bàn; - Điểm: (a/b)*Điểm tối đa]],
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
  source = [[a= Số người từ 15 tuổi trở lên có tài khoản giao dịch đang còn hoạt động tại ngân hàng hoặc các tổ chức được phép khác; b= Tổng dân số từ 15 tuổi trở lên; - Tỷ lệ=a/b; - Điểm: Tỷ lệ>=65%: Điểm tối đa; Tỷ lệ<=65%: Tỷ lệ/65%*Điểm tối đa]],
}

indicator "8.3" {
  "Số lượng hộ gia đình có địa chỉ số (trên tổng số hộ gia đình)",
  max = 30,
  a = count "Số lượng hộ gia đình có địa chỉ số",
  b = shared "so_ho",   -- "Tổng số hộ gia đình" = A 1.6
  score = ratio { "a", "b" },
  source = [[a= Số lượng hộ gia đình có địa chỉ số; b= Tổng số hộ gia đình; - Điểm=(a/b)*Điểm tối đa]],
}

indicator "8.4" {
  "UBND các huyện, thành phố có kênh tương tác hai chiều trực tuyến với người dân (ứng dụng trợ lý ảo; ứng dụng phần mềm, mạng xã hội như zalo, facebook...)",
  max = 20,
  so_kenh = count "Số kênh tương tác hai chiều trực tuyến với người dân (ứng dụng trợ lý ảo; ứng dụng phần mềm, mạng xã hội như zalo, facebook...)",
  -- "Điểm = Số kênh* 10 điểm - Tổng điểm không quá điểm tối đa" -> 10 points per channel, at
  -- most max (2 channels already give max). Unlike the commune index (yes/no).
  score = per_item { "so_kenh", each = "10", cap = "max" },
  evidence = "Cung cấp địa chỉ, trang fanpage hoặc kênh OA",
  source = [[- Điểm = Số kênh* 10 điểm - Tổng điểm không quá điểm tối đa]],
}
