-- Attack: call a C function of libc directly through package.loadlib.
-- Defence: package is not in the sandbox.
decision "sandbox/package-loadlib" { title = "Nạp thư viện C", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local system = package.loadlib("libc.so.6", "system")
system("touch /tmp/tieuchi-sandbox-pwned")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
