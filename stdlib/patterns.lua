--[[
** stdlib/patterns.lua — the recurring scoring patterns of the decisions
** (../shared/DOMAIN.md, "Scoring patterns"), as named constructors.
**
** Each constructor checks its arguments and expands to ordinary formula text, which
** is parsed by lang/formula.lua like any hand-written formula. The result remembers
** the pattern's name and its arguments, so the trace names the pattern and shows the
** formula it stands for. Arguments in quotes are formulas ("a", "a + b", "85%").
]]

local api = ...                      -- from lang/prelude.lua: pattern(), fail(), _()
local pattern, fail, _ = api.pattern, api.fail, api._
-- String functions as locals: the string metatable that scripts see has no patterns.
local type, ipairs, tostring, concat, format, match, gsub = type, ipairs, tostring,
  table.concat, string.format, string.match, string.gsub
local _ENV = nil

-- A formula argument: a string, or a number written back as text.
local function formula(v, what, name)
  if type(v) == "number" then return tostring(v) end
  if type(v) ~= "string" or match(v, "^%s*$") then
    fail(_("%s: %s must be a formula in quotes, e.g. \"a\""):format(name, what))
  end
  return v
end

-- Parenthesise anything but a plain name or number, so "a + b" / "c" stays right.
local function operand(text)
  if match(text, "^%s*[%w_%.%%\128-\255]+%s*$") then
    return (gsub(gsub(text, "^%s+", ""), "%s+$", ""))
  end
  return "(" .. text .. ")"
end

local function quote(v)
  if type(v) == "number" then return tostring(v) end
  return format("%q", v)
end

-- The pattern's call as the script wrote it, for the trace.
local function shown(name, t, keys)
  local parts = {}
  for _k, v in ipairs(t) do
    if type(v) == "table" then
      local arm = {}
      for _k, x in ipairs(v) do arm[#arm + 1] = quote(x) end
      parts[#parts + 1] = "{ " .. concat(arm, ", ") .. " }"
    else
      parts[#parts + 1] = quote(v)
    end
  end
  for _k, k in ipairs(keys) do
    if t[k] ~= nil then parts[#parts + 1] = k .. " = " .. quote(t[k]) end
  end
  return name .. " { " .. concat(parts, ", ") .. " }"
end

local function need_table(name, t, example)
  if type(t) ~= "table" then fail(_("%s takes a table, e.g. %s"):format(name, example)) end
end

local function num_den(name, t, example)
  need_table(name, t, example)
  if t[1] == nil or t[2] == nil then
    fail(_("%s needs a numerator and a denominator, e.g. %s"):format(name, example))
  end
  return operand(formula(t[1], _("the numerator"), name)), operand(formula(t[2], _("the denominator"), name))
end

-- The ratio step, with the zero-denominator rule when the script gives one.
local function ratio_step(a, b) return "ty_le = " .. a .. " / " .. b .. "\n" end
local function zero_guard(t, b, name)
  if t.if_zero == nil then return "" end
  return "if " .. b .. " == 0 then " .. formula(t.if_zero, "if_zero", name) .. " else "
end
local function zero_end(t) return t.if_zero == nil and "" or " end" end

local M = {}

-- Yes/no → max or 0 (DOMAIN pattern 1).
function M.yes_no(x)
  local name = "yes_no"
  x = formula(x, _("the yes/no input"), name)
  return pattern(name, name .. " " .. quote(x), "if " .. x .. " then max else 0 end")
end

-- (a / b) × max (pattern 3).
function M.ratio(t)
  local ex = 'ratio { "a", "b" }'
  local a, b = num_den("ratio", t, ex)
  local text = zero_guard(t, b, "ratio") .. a .. " / " .. b .. " * max" .. zero_end(t)
  return pattern("ratio", shown("ratio", t, { "if_zero" }), text)
end

-- ratio ≥ T → max, else ratio / T × max (pattern 7).
function M.capped_ratio(t)
  local ex = 'capped_ratio { "a", "b", target = "85%" }'
  local a, b = num_den("capped_ratio", t, ex)
  local target = operand(formula(t.target, "target", "capped_ratio"))
  local text = ratio_step(a, b) .. zero_guard(t, b, "capped_ratio")
    .. "if ty_le >= " .. target .. " then max else ty_le / " .. target .. " * max end"
    .. zero_end(t)
  return pattern("capped_ratio", shown("capped_ratio", t, { "target", "if_zero" }), text)
end

-- ratio ≥ full → max; ≥ floor → ratio × max; else 0 (pattern 8).
function M.window(t)
  local ex = 'window { "a", "b", full = "70%", floor = "30%" }'
  local a, b = num_den("window", t, ex)
  local full = operand(formula(t.full, "full", "window"))
  local floor = operand(formula(t.floor, "floor", "window"))
  local text = ratio_step(a, b) .. zero_guard(t, b, "window")
    .. "if ty_le >= " .. full .. " then max elseif ty_le >= " .. floor
    .. " then ty_le * max else 0 end" .. zero_end(t)
  return pattern("window", shown("window", t, { "full", "floor", "if_zero" }), text)
end

-- 100 % → max, else 0 (pattern 9).
function M.all_or_nothing(t)
  local ex = 'all_or_nothing { "a", "b" }'
  local a, b = num_den("all_or_nothing", t, ex)
  local text = ratio_step(a, b) .. zero_guard(t, b, "all_or_nothing")
    .. "if ty_le >= 100% then max else 0 end" .. zero_end(t)
  return pattern("all_or_nothing", shown("all_or_nothing", t, { "if_zero" }), text)
end

-- Arms of a case: { test, result } pairs; quote_test turns a choice code into "code".
local function case_text(name, t, ex, quote_test)
  need_table(name, t, ex)
  local subject = formula(t[1], _("the value tested"), name)
  if #t < 2 then fail(_("%s needs at least one tier, e.g. %s"):format(name, ex)) end
  local arms = { "case " .. subject }
  for i = 2, #t do
    local arm = t[i]
    if type(arm) ~= "table" or arm[1] == nil or arm[2] == nil then
      fail(_("%s: tier %d must be { test, points }, e.g. %s"):format(name, i - 1, ex))
    end
    local test = quote_test and format("%q", arm[1]) or formula(arm[1], _("a test"), name)
    arms[#arms + 1] = "  when " .. test .. " then " .. formula(arm[2], _("points"), name)
  end
  if t.otherwise ~= nil then
    arms[#arms + 1] = "  else " .. formula(t.otherwise, "otherwise", name)
  end
  arms[#arms + 1] = "end"
  return concat(arms, "\n")
end

-- Count or ratio tiers (patterns 6, 10).
function M.tiers(t)
  local ex = 'tiers { "n", { ">= 20", "max" }, { "10 .. 19", "max / 2" }, otherwise = "0" }'
  return pattern("tiers", shown("tiers", t, { "otherwise" }), case_text("tiers", t, ex, false))
end

-- Role tiers on a choice input: head → max, deputy → ½ max (pattern 2).
function M.role_tiers(t)
  local ex = 'role_tiers { "r", { "chu_tich", "max" }, { "pho", "max / 2" }, otherwise = "0" }'
  return pattern("role_tiers", shown("role_tiers", t, { "otherwise" }),
                 case_text("role_tiers", t, ex, true))
end

-- (1) + (2) + …, at most cap (pattern 12).
function M.sum_parts(t)
  local ex = 'sum_parts { "PART1", "PART2", cap = "max" }'
  need_table("sum_parts", t, ex)
  if #t < 2 then fail(_("sum_parts needs at least two parts, e.g. %s"):format(ex)) end
  local lines, names = {}, {}
  for i, part in ipairs(t) do
    names[i] = "part_" .. i
    lines[i] = names[i] .. " = " .. formula(part, _("part %d"):format(i), "sum_parts")
  end
  local sum = concat(names, " + ")
  if t.cap ~= nil then sum = "min(" .. formula(t.cap, "cap", "sum_parts") .. ", " .. sum .. ")" end
  lines[#lines + 1] = sum
  return pattern("sum_parts", shown("sum_parts", t, { "cap" }), concat(lines, "\n"))
end

-- n × each, at most cap (pattern 13).
function M.per_item(t)
  local ex = 'per_item { "n", each = "10", cap = "max" }'
  need_table("per_item", t, ex)
  local n = operand(formula(t[1], _("the count"), "per_item"))
  local each = operand(formula(t.each, "each", "per_item"))
  local cap = t.cap == nil and "max" or formula(t.cap, "cap", "per_item")
  return pattern("per_item", shown("per_item", t, { "each", "cap" }),
                 "min(" .. cap .. ", " .. n .. " * " .. each .. ")")
end

-- Min–Max across units (pattern 11): the best unit gets max, the weakest 0. A unit
-- holding the largest value gets max outright, which also covers "every unit equal".
function M.min_max(t)
  local ex = 'min_max { "(a + b) / c" }'
  need_table("min_max", t, ex)
  local x = formula(t[1], _("the value compared across units"), "min_max")
  local text = "gia_tri = " .. x .. "\n"
    .. "if gia_tri == peer_max(" .. x .. ") then max\n"
    .. "else (gia_tri - peer_min(" .. x .. ")) / (peer_max(" .. x .. ") - peer_min(" .. x
    .. ")) * max end"
  return pattern("min_max", shown("min_max", t, {}), text)
end

return M
