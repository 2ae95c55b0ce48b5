-- Attack: run /etc/passwd as Lua, to read its first word in the error message.
-- Defence: dofile (and loadfile) are not in the sandbox.
decision "sandbox/dofile-passwd" { title = "Chạy tệp", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
dofile("/etc/passwd")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
