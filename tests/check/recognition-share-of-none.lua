-- expect: met_share('extended') is a share of no criteria
-- "30 % of the extended criteria" in a tier that has none.
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" } } }
group "I" { "Chung" }
indicator "I.1" { "Có", co = yesno "co", value = "co", tiers = { cds = { mandatory, "yes" } } }
recognition "dat" { "Đạt", tier = "cds", rule = "all_met('mandatory') and met_share('extended') >= 30%" }
