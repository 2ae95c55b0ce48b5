-- expect: criterion I.1 is mandatory in tier Nâng cao but has no target there
-- { mandatory, na }: required, and not assessed.
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" }, { "nang_cao", "Nâng cao" } } }
group "I" { "Chung" }
indicator "I.1" { "Có", co = yesno "co", value = "co",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, na } } }
recognition "dat" { "Đạt", tier = "cds", rule = "all_met('mandatory')" }
