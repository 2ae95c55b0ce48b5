-- expect: criterion I.2 is in no tier: it never counts
-- A criterion that no tier lists.
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" } } }
group "I" { "Chung" }
indicator "I.1" { "Có", co = yesno "co", value = "co", tiers = { cds = { mandatory, "yes" } } }
indicator "I.2" { "Có", co = yesno "co", value = "co", tiers = { } }
recognition "dat" { "Đạt", tier = "cds", rule = "all_met('mandatory')" }
