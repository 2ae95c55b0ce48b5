-- Attack: run a shell command that creates /tmp/tieuchi-sandbox-pwned.
-- Defence: os is not in the sandbox; the runner checks that the file does not exist.
decision "sandbox/os-execute" { title = "Chạy lệnh", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
os.execute("touch /tmp/tieuchi-sandbox-pwned")
