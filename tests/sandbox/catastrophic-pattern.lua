-- Attack: a Lua pattern that backtracks exponentially, in C where the budget does not count.
-- Defence: match, gmatch and gsub are not in the sandbox (find searches plain text only).
decision "sandbox/catastrophic-pattern" { title = "Mẫu tìm kiếm", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local subject = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
local found = subject:match("a*a*a*a*a*a*a*a*a*a*a*a*b")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
