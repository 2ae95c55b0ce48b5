-- Attack: double a text until the machine runs out of memory.
-- Defence: the memory cap (64 MiB) stops it at the line that exceeds it.
decision "sandbox/memory-bomb-string" { title = "Chuỗi phình to", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local note = "Ghi chú. "
while true do note = note .. note end
