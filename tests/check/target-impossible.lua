-- expect: the target of criterion 1.1 for 2024 can never be met: value >= 120% never holds
-- A rate (a part of its whole) can never reach 120 %.
decision "t/check" { title = "t" }
contexts { periods = { 2024 } }
group "1" { "Chung" }
indicator "1.1" { "Tỷ lệ", a = count "a", b = count "b", value = "a / b", target = { [2024] = "120%" } }
recognition "ht" { "Hoàn thành", rule = "all_met()" }
