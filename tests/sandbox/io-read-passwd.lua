-- Attack: read /etc/passwd with io.open and put its text in a note.
-- Defence: io is not in the sandbox: the script stops where it names it; nothing is read.
decision "sandbox/io-read-passwd" { title = "Đọc tệp", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local f = io.open("/etc/passwd", "r")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max", note = f:read("a") }
