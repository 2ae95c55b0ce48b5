-- expect: compares a whole number (a count) with a percentage
-- A count criterion with a percentage target (Kon Tum xã II.4, level 5: "≥ 3 or 100 %").
decision "t/check" { title = "t" }
contexts { levels = { "Một", "Hai" } }
group "II" { "Chung" }
indicator "II.4" { "Doanh nghiệp", a = count "a", value = "a", levels = { ">= 1", "value >= 3 or value >= 100%" } }
