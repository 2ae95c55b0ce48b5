-- Attack: a plain search for an 8 MiB text in a 16 MiB one: 10^14 byte comparisons in C.
-- Defence: string.find refuses a search that would compare more than 2^28 bytes.
decision "sandbox/find-long" { title = "Tìm chuỗi dài", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local text = "a"
for _ = 1, 24 do text = text .. text end
local needle = text:sub(1, #text // 2) .. "b"
local at = text:find(needle)
