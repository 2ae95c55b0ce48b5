-- Attack: declare a million indicators with 1 MiB labels.
-- Defence: the memory cap stops the declarations.
decision "sandbox/million-indicators" { title = "Một triệu chỉ số", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local label = "Chỉ số "
for _ = 1, 17 do label = label .. label end
for i = 1, 1e6 do
  indicator("1." .. i) { label .. i, max = 10, score = "max" }
end
