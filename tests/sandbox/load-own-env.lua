-- Attack: load a chunk in binary mode with an environment of its own, to reach the real globals.
-- Defence: load ignores the name, the mode and the environment given: text only, in the sandbox.
decision "sandbox/load-own-env" { title = "Môi trường riêng", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local f = load("return os.time()", "=loaded", "b", { os = "" })
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max", note = tostring(f()) }
