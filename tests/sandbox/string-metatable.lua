-- Attack: reach the real string library through the strings' metatable, as ('').rep.
-- Defence: the string metatable's __index is the sandbox's filtered copy: rep is not in it.
decision "sandbox/string-metatable" { title = "Bảng siêu dữ liệu của chuỗi", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local filler = ("x"):rep(2 ^ 40)
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max", note = filler }
