-- expect: compares its yes/no value with a number
-- A yes/no criterion whose target the decision gives as "100" (Yên Bái xã I.12).
decision "t/check" { title = "t" }
contexts { tiers = { { "cds", "Chuyển đổi số" }, { "nang_cao", "Nâng cao" } } }
group "I" { "Chung" }
indicator "I.12" { "Có", unit = "Có/không", co = yesno "co", value = "co",
  tiers = { cds = { mandatory, "yes" }, nang_cao = { mandatory, "yes" } },
  as_written = { nang_cao = "100" } }
recognition "dat" { "Đạt", tier = "cds", rule = "all_met('mandatory')" }
