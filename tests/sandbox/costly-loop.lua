-- Attack: compare two equal 8 MiB texts again and again: few instructions, each costly, in C.
-- Defence: the processor-time limit (10 seconds) stops it at the loop's line.
decision "sandbox/costly-loop" { title = "Vòng lặp tốn kém", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local text = "x"
for _ = 1, 23 do text = text .. text end
local copy = text:sub(1, -2) .. "x"
local same = 0
while true do if text == copy then same = same + 1 end end
