-- expect: 0 warnings, 0 errors
-- a/c × max + 1/2 × b/c × max: parts of one whole c, at most max (Hòa Bình Sở 1.3); a capped
-- ratio; a window.
decision "t/check" { title = "t" }
group "1" { "g", max = 40 }
indicator "1.1" { "Chủ trì", max = 20, a = count "a", b = count "b", c = count "c",
  score = sum_parts { "a / c * max", "1 / 2 * b / c * max" } }
indicator "1.2" { "Tỷ lệ", max = 10, a = count "a", b = count "b", score = capped_ratio { "a", "b", target = "85%" } }
indicator "1.3" { "Tỷ lệ", max = 10, a = count "a", b = count "b", score = window { "a", "b", full = "70%", floor = "30%" } }
