-- Attack: loop for ever.
-- Defence: the instruction budget (10 million) stops it at the loop's line.
decision "sandbox/endless-loop" { title = "Vòng lặp vô tận", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
local n = 0
while true do n = n + 1 end
