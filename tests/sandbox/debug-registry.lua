-- Attack: reach the C registry (and the host's private tables) through debug.getregistry.
-- Defence: debug is not in the sandbox.
decision "sandbox/debug-registry" { title = "Sổ đăng ký C", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local reg = debug.getregistry()
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
