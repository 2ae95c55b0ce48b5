-- Attack: a target of a million spaces: the target's trim pattern takes time in the square of its length.
-- Defence: targets and formulas longer than 65536 bytes are refused before any matching.
decision "sandbox/target-spaces" { title = "Mục tiêu dài", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
contexts { periods = { 2024 } }
local blank = " "
for _ = 1, 20 do blank = blank .. blank end
indicator "1.1" { "Tỷ lệ cán bộ", value = "1", target = { [2024] = "a" .. blank .. "a" } }
