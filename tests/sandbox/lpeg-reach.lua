-- Attack: use LPeg, whose matching runs in C without the instruction budget.
-- Defence: lpeg is handed to the formula grammar only, never to scripts.
decision "sandbox/lpeg-reach" { title = "LPeg", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local bomb = lpeg.P("a")^0 * lpeg.P("b")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
