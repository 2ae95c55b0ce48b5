-- Attack: put a metatable on a table (a __gc finaliser that runs after the limits).
-- Defence: setmetatable, getmetatable and collectgarbage are not in the sandbox.
decision "sandbox/setmetatable-global" { title = "Bộ thu gom", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local keep = setmetatable({}, { __gc = function() while true do end end })
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
