-- Attack: loop for ever inside a chunk made with load.
-- Defence: the budget counts loaded chunks too; the line is the script's call.
decision "sandbox/endless-loop-in-load" { title = "Vòng lặp trong load", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local spin = load("while true do end")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
spin()
