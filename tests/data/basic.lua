-- The hostile-data suite's script (tests/data/run.sh): one input of every kind a
-- commune's spreadsheet carries, and one indicator per group, so that the CSV results
-- show each indicator's score. The shared input has a Vietnamese name (số_hộ), so that
-- headers typed in NFC and in NFD both have to match it.
decision "test/du-lieu" { title = "Dữ liệu lỗi", total = 60, decimals = 2 }
inputs {
  ["số_hộ"] = count "Số hộ gia đình",
}
group "1" { "Số lượng", max = 10 }
indicator "1.1" { "Tin bài", max = 10, n = count "Số tin bài",
  score = "min(max, n)" }
group "2" { "Tỷ lệ", max = 10 }
indicator "2.1" { "Hộ dùng dịch vụ công", max = 10, a = count "Số hộ dùng", b = shared "số_hộ",
  score = "a / b * max" }
group "3" { "Phần trăm", max = 10 }
indicator "3.1" { "Phủ sóng", max = 10, p = percent "Tỷ lệ phủ sóng",
  score = "p * max" }
group "4" { "Có hay không", max = 10 }
indicator "4.1" { "Có wifi", max = 10, co = yesno "Có wifi công cộng",
  score = yes_no "co" }
group "5" { "Lựa chọn", max = 10 }
indicator "5.1" { "Trưởng ban", max = 10,
  truong_ban = choice { "Trưởng ban là", options = { {"chu_tich", "Chủ tịch"}, {"pho", "Phó Chủ tịch"} } },
  score = role_tiers { "truong_ban", { "chu_tich", "max" }, { "pho", "max / 2" }, otherwise = "0" } }
group "6" { "Kinh phí", max = 10 }
indicator "6.1" { "Kinh phí", max = 10, kp = amount "Kinh phí (triệu đồng)",
  score = "min(max, kp / 100)" }
