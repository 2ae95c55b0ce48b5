-- Attack: turn a function into bytecode with string.dump, to patch and load it.
-- Defence: string.dump is not in the sandbox (neither is binary load).
decision "sandbox/string-dump" { title = "Mã máy từ hàm", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local code = string.dump(function() return 1 end)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
