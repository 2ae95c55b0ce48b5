-- expect: states 62 indicators; the script encodes 2
-- What the decision states of itself ("62 vs 61", "06 chỉ số chính" for 8 groups).
decision "t/check" { title = "t",
  stated = { { groups = 6, indicators = 62, where = "Mục IV.2 (line 80)" } } }
group "1" { "g", max = 20 }
indicator "1.1" { "x", max = 10, co = yesno "co", score = yes_no "co" }
indicator "1.2" { "y", max = 10, co = yesno "co", score = yes_no "co" }
