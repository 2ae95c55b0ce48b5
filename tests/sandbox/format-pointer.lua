-- Attack: show where a value lies in memory with string.format('%p'): it changes from run to run.
-- Defence: string.format refuses '%p'.
decision "sandbox/format-pointer" { title = "Địa chỉ bộ nhớ", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { string.format("Tỷ lệ %5p", "cán bộ"), max = 10, score = "max" }
