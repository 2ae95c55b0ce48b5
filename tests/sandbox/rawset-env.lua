-- Attack: add a global with rawset, around the environment's guard.
-- Defence: rawset, rawget, rawequal and rawlen are not in the sandbox.
decision "sandbox/rawset-env" { title = "Ghi thẳng", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
rawset(_ENV, "io", "replaced")
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
