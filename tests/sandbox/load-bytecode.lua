-- Attack: load precompiled Lua (bytecode), which Lua does not check and which can crash it.
-- Defence: load takes text only.
decision "sandbox/load-bytecode" { title = "Mã máy", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local chunk = "\27LuaT\0\25\147\13\10\26\10\4\8\8"
local f = load(chunk)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
