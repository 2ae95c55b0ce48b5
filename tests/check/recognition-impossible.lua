-- expect: recognition dat can never be met: met_count('mandatory') >= 3 never holds
-- Three mandatory criteria asked for in a tier that has two.
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" } } }
group "I" { "Chung" }
indicator "I.1" { "Có", co = yesno "co", value = "co", tiers = { cds = { mandatory, "yes" } } }
indicator "I.2" { "Có", co = yesno "co", value = "co", tiers = { cds = { mandatory, "yes" } } }
recognition "dat" { "Đạt", tier = "cds", rule = "met_count('mandatory') >= 3" }
