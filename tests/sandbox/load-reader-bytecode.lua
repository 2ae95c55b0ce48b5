-- Attack: give load a reader function that returns bytecode piece by piece.
-- Defence: load takes a text, never a function.
decision "sandbox/load-reader-bytecode" { title = "Mã máy từng phần", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local parts, i = { "\27Lua", "T\0\25\147" }, 0
local f = load(function() i = i + 1 return parts[i] end)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
