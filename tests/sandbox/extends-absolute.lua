-- Attack: extend /etc/passwd: read a file anywhere on the machine as the base script.
-- Defence: the base script must be a .lua file in the script's folder or below it.
extends "/etc/passwd"
decision "sandbox/extends-absolute" { title = "Mở rộng tệp ngoài", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
