-- Attack: a formula nested 20000 brackets deep, for LPeg's C code and the C reader.
-- Defence: reported as a formula nested too deeply, at its line.
decision "sandbox/formula-deep" { title = "Công thức lồng sâu", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local open, close = {}, {}
for i = 1, 20000 do open[i], close[i] = "(", ")" end
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = table.concat(open) .. "max" .. table.concat(close) }
