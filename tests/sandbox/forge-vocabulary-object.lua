-- Attack: copy a genuine input, private mark included, into a table of the script's making.
-- Defence: the marks are kept out of the script's reach: pairs shows nothing to copy.
decision "sandbox/forge-vocabulary-object" { title = "Giả mạo đầu vào", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local fake = {}
for k, v in pairs(count "Số cán bộ") do fake[k] = v end
fake.type, fake.label = "count", "Số cán bộ"
inputs { so_can_bo = fake }
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
