-- Attack: keep every label ever made in a table until memory runs out.
-- Defence: the memory cap stops it; garbage does not count, what is kept does.
decision "sandbox/memory-bomb-table" { title = "Bảng phình to", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local base = "Nhãn chỉ số "
for _ = 1, 12 do base = base .. base end     -- a label of 60 KB
local kept = {}
while true do kept[#kept + 1] = base .. #kept end
