-- expect: 0 warnings, 0 errors
-- The same rule, saying what a tier without extended criteria means.
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" } } }
group "I" { "Chung" }
indicator "I.1" { "Có", co = yesno "co", value = "co", tiers = { cds = { mandatory, "yes" } } }
recognition "dat" { "Đạt", tier = "cds",
  rule = "all_met('mandatory') and (assigned_count('extended') == 0 or met_share('extended') >= 30%)" }
