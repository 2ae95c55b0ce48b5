-- Attack: table.move over 10^15 elements: a loop in C that never returns.
-- Defence: table.move refuses more than 2^22 elements.
decision "sandbox/table-move" { title = "Di chuyển bảng", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local t = table.move({}, 1, 1e15, 2)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
