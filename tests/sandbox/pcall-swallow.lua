-- Attack: run an endless loop under pcall, so that the instruction budget's error is caught.
-- Defence: pcall and xpcall are not in the sandbox.
decision "sandbox/pcall-swallow" { title = "Nuốt lỗi", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local ok = pcall(function() while true do end end)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
