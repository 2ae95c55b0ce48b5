-- Attack: raise a table shaped like the host's own errors, to report any line and hint.
-- Defence: error and assert raise only messages; the real line is reported.
decision "sandbox/error-forged" { title = "Lỗi giả", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
error({ msg = "all good", line = 999, hint = "nothing to see" })
