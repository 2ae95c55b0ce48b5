-- Attack: a sum of 300 terms, a tree 300 levels deep without a bracket, for the C reader.
-- Defence: reported as a formula nested too deeply, at its line.
decision "sandbox/formula-chain" { title = "Công thức dài", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local terms = {}
for i = 1, 300 do terms[i] = "max" end
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = table.concat(terms, " + ") }
