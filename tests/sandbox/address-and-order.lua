-- Attack: make the declarations differ from run to run: addresses from tostring, the order of pairs.
-- Defence: tostring gives the type's name, pairs goes in a fixed order; error() shows what the script got.
decision "sandbox/address-and-order" { title = "Không xác định", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local seen = {}
for k in pairs({ gamma = 1, alpha = 2, beta = 3, [2] = 4, [1] = 5 }) do seen[#seen + 1] = tostring(k) end
local note = tostring({}) .. " " .. tostring(ipairs) .. " " .. string.format("%s", {})
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max", note = note }
error(note .. " " .. table.concat(seen, ","))
