-- Attack: name /etc/passwd as the children's script, so that tieuchi reads it as Lua.
-- Defence: the children's script must be a .lua file in the script's folder or below it.
decision "sandbox/children-absolute" { title = "Cấp dưới", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
children { script = "/etc/passwd" }
