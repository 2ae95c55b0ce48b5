-- Attack: extend files/passwd-link.lua, a symbolic link to /etc/passwd committed beside the script.
-- Defence: the base script is opened without following a link: a link could lead anywhere.
extends "files/passwd-link.lua"
decision "sandbox/extends-symlink" { title = "Mở rộng qua liên kết", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
