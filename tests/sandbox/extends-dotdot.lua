-- Attack: extend a file outside the criteria folder through "..".
-- Defence: no ".." in the base script's path.
extends "../../../../../../etc/passwd.lua"
decision "sandbox/extends-dotdot" { title = "Mở rộng tệp ngoài", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
