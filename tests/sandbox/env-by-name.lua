-- Attack: read io through _ENV with a computed name, around a check on the name written.
-- Defence: every global read goes through the sandbox's environment, however it is spelt.
decision "sandbox/env-by-name" { title = "Tên ghép", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local lib = _ENV["i" .. "o"]
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
