-- Attack: unpack ten million values onto the C stack.
-- Defence: Lua refuses that many results.
decision "sandbox/unpack-huge" { title = "Giải nén", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local n = select("#", table.unpack({}, 1, 1e7))
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
