-- Attack: change an input after it was made: a count turned into a text.
-- Defence: what the vocabulary hands out is a read-only handle.
decision "sandbox/change-vocabulary-object" { title = "Sửa đầu vào", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local so_can_bo = count "Số cán bộ"
so_can_bo.type = "text"
inputs { so_can_bo = so_can_bo }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
