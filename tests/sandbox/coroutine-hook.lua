-- Attack: loop in a coroutine: Lua's instruction hook is per thread and would not count it.
-- Defence: coroutine is not in the sandbox.
decision "sandbox/coroutine-hook" { title = "Luồng riêng", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local spin = coroutine.wrap(function() while true do end end)
spin()
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
