-- Attack: recurse through C (table.sort calling the comparator), to overflow the C stack.
-- Defence: Lua's limit of nested C calls stops it.
decision "sandbox/c-recursion" { title = "Đệ quy qua C", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local function order(a, b)
  table.sort({ 3, 2, 1 }, order)
  return a < b
end
table.sort({ 3, 2, 1 }, order)
