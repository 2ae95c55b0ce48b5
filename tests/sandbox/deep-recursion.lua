-- Attack: a function that calls itself without end.
-- Defence: Lua's stack limit stops it, reported as too deep a nesting of calls.
decision "sandbox/deep-recursion" { title = "Đệ quy", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local function depth(n) return depth(n + 1) + 1 end
indicator "1.1" { "Tỷ lệ cán bộ", max = depth(1), score = "max" }
