-- Attack: string.format with a huge field width, to make a huge text in C.
-- Defence: Lua refuses a width of more than two digits.
decision "sandbox/format-width" { title = "Định dạng", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { string.format("%99999d", 1), max = 10, score = "max" }
