-- Attack: create /tmp/tieuchi-sandbox-pwned with io.open(…, "w").
-- Defence: io is not in the sandbox; the runner checks that the file does not exist.
decision "sandbox/io-write-file" { title = "Ghi tệp", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local out = io.open("/tmp/tieuchi-sandbox-pwned", "w")
out:write("pwned")
out:close()
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
