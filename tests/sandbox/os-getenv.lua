-- Attack: read the user's environment (a token in an environment variable) into a title.
-- Defence: os is not in the sandbox.
decision "sandbox/os-getenv" { title = "Biến môi trường", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local who = os.getenv("HOME")
indicator "1.1" { "Tỷ lệ cán bộ của " .. who, max = 10, score = "max" }
