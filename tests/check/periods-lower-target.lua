-- expect: criterion 1.1: the target for 2025 (50%) is lower than for 2024 (60%)
-- A year whose target is lower than the year before: a note (it may be meant).
decision "t/check" { title = "t" }
contexts { periods = { 2024, 2025 } }
group "1" { "Chung" }
indicator "1.1" { "Tỷ lệ", a = count "a", b = count "b", value = "a / b", target = { [2024] = "60%", [2025] = "50%" } }
recognition "ht" { "Hoàn thành", rule = "all_met()" }
