-- expect: criterion I.1: the target for Cơ bản (60%) is lower than for Kết nối (70%)
-- Maturity thresholds that decrease from one level to the next.
decision "t/check" { title = "t", level = "xa" }
contexts { levels = { "Khởi động", "Kết nối", "Cơ bản" } }
group "I" { "Chung" }
indicator "I.1" { "Tỷ lệ", a = count "a", b = count "b", value = "a / b", levels = { "50%", "70%", "60%" } }
