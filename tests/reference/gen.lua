--[[
** tests/reference/gen.lua — random datasets for a criteria script, from a seed.
**
** gen.units(D, seed, n, prefix) returns n units, each { id, name, cells = { column =
** text }, values = { column = value as formulas see it }, period, parent }, and the
** columns in order. The cells are valid for their declared types (the dataset reader
** is tested elsewhere): counts, amounts, percentages (some above 100), yes/no in the
** accepted words, choices by code or text; with blank cells, zeros, numerators at,
** below and above their denominators, and values at the thresholds the formulas name
** (a tier's bounds, a target's percentage), where rounding and comparison bugs live;
** denominators such as 200 that make halves at the shown decimals; a few units without
** a year. Each unit has a quality (how often a cell is blank, a yes/no is yes, a numerator
** equals its denominator), so that some units meet everything and reach a level.
]]

local M = {}

-- Every number a tree names (num nodes), for values at the thresholds.
local function numbers(tree, out)
  if type(tree) ~= "table" then return out end
  if tree.tag == "num" then out[#out + 1] = tree.value end
  for _, v in pairs(tree) do
    if type(v) == "table" then numbers(v, out) end
  end
  return out
end

local YES = { "có", "x", "1", "yes", "đã", "true", "Có" }
local NO = { "không", "0", "no", "chưa", "false" }

local function pick(t) return t[math.random(#t)] end

-- A count near one of the thresholds, or anywhere.
local function count_cell(thresholds, q)
  if math.random() < 0.01 + 0.15 * (1 - q) then return 0 end
  local r = math.random()
  if r < 0.45 and #thresholds > 0 then
    local t = pick(thresholds)
    if t >= 1 and t < 1e6 then return math.max(0, math.floor(t) + math.random(-1, 1)) end
  end
  if r < 0.6 then return math.random(0, 30) end
  -- denominators that make halves at the shown decimals (a / 200 × 10 = 1.005 for a = 201)
  if r < 0.75 then return pick({ 200, 400, 800, 2000, 4000 }) end
  return math.random(0, 5000)
end

-- A numerator for denominator b: equal, at a threshold's share, below, or above.
local function numerator(b, thresholds, q)
  local r = math.random()
  if r < 0.2 + 0.7 * q then return b end
  if r < 0.5 and #thresholds > 0 then
    local t = pick(thresholds)
    if t > 0 and t <= 1 then
      return math.max(0, math.floor(b * t + 0.5) + math.random(-1, 1))
    end
  end
  if r < 0.9 then return math.random(0, b) end
  return b + math.random(1, 10)
end

local function percent_cell(thresholds)
  local r = math.random()
  if r < 0.1 then return "0", 0.0 end
  if r < 0.45 and #thresholds > 0 then
    local t = pick(thresholds)
    if t > 0 and t <= 1 then
      local p = t * 100 + pick({ 0, 0, -0.5, 0.5, -1, 1 })
      if p >= 0 then
        local s = string.format("%.12g", p)
        return s, tonumber(s) / 100
      end
    end
  end
  if r < 0.55 then return "100", 1.0 end
  if r < 0.6 then local p = math.random(101, 150); return tostring(p) .. "%", p / 100 end
  local p = math.random(0, 1000) / 10
  local s = string.format("%.12g", p)
  return s, tonumber(s) / 100
end

-- The cells of one input for one unit: text and value (nil when blank).
local function cell(input, thresholds, den, q)
  local blank = math.random() < (1 - q) * 0.08
  local ty = input.type
  if ty == "yesno" then
    if blank then return "", input.blank == "no" and false or nil end
    if math.random() < 0.5 + q / 2 then return pick(YES), true end
    return pick(NO), false
  end
  if blank then return "", nil end
  if ty == "count" then
    local n = den and numerator(den, thresholds, q) or count_cell(thresholds, q)
    return tostring(n), n + 0.0
  elseif ty == "amount" then
    local n = math.random(0, 20000) / 4
    return string.format("%.12g", n), n
  elseif ty == "percent" then
    return percent_cell(thresholds)
  elseif ty == "choice" then
    local o = pick(input.options)
    return (math.random() < 0.7 and o.code or o.label), o.code
  end
  return "text " .. math.random(100), nil
end

-- The inputs in column order (shared inputs first, then each indicator's own), the
-- thresholds each is tested against, and which count is the denominator of which.
local function plan(D)
  local by_name, cols = {}, {}
  for _, input in ipairs(D.inputs) do by_name[input.name] = input end
  local function add(name, thresholds)
    local c = cols[name]
    if c == nil then
      c = { input = by_name[name], thresholds = {} }
      cols[name] = c
      cols[#cols + 1] = name
    end
    for _, t in ipairs(thresholds) do c.thresholds[#c.thresholds + 1] = t end
  end
  for _, input in ipairs(D.inputs) do
    if input.owner == nil then add(input.name, {}) end
  end
  for _, ind in ipairs(D.indicators) do
    local th = numbers(ind.score or ind.value, {})
    for _, tg in ipairs(ind.targets or {}) do numbers(tg.rule, th) end
    for _, l in ipairs(ind.locals) do add(l.input, th) end
    -- a / b: the first count local is read as the numerator of the second
    local counts = {}
    for _, l in ipairs(ind.locals) do
      if by_name[l.input].type == "count" then counts[#counts + 1] = l.input end
    end
    for i = 1, #counts - 1, 2 do
      local num = cols[counts[i]]
      if num.den == nil and counts[i] ~= counts[i + 1] and by_name[counts[i]].owner then
        num.den = counts[i + 1]
      end
    end
  end
  return cols
end

function M.units(D, seed, n, prefix, parents)
  math.randomseed(seed)
  local cols = plan(D)
  local registered = D.level_rule and D.level_rule.registered
  local periods
  if D.contexts and D.contexts.kind == "periods" and D.decision.period == nil then
    periods = {}
    for _, item in ipairs(D.contexts.items) do periods[#periods + 1] = tonumber(item.code) end
  end
  local units = {}
  for i = 1, n do
    local u = { id = string.format("%s%06d", prefix, i), name = "Unit " .. i, cells = {}, values = {} }
    -- how well the unit does: blank cells, yes, numerators equal to their denominators
    local q = pick({ 0, 0.5, 0.9, 0.97, 1 })
    if parents then u.parent = pick(parents) end
    if periods and math.random() > 0.03 then u.period = pick(periods) end   -- else: which year?
    -- denominators first, so that numerators can be drawn against them
    local order = {}
    for _, name in ipairs(cols) do if not cols[name].den then order[#order + 1] = name end end
    for _, name in ipairs(cols) do if cols[name].den then order[#order + 1] = name end end
    for _, name in ipairs(order) do
      local c = cols[name]
      local den = c.den and u.values[c.den]
      if c.den and den == nil then den = math.random(0, 50) end
      local text, value
      if name == registered and math.random() > 0.04 then
        value = math.random(1, #D.contexts.items) + 0.0
        text = string.format("%d", value)
      else
        text, value = cell(c.input, c.thresholds, den and math.floor(den) or nil, q)
      end
      u.cells[name], u.values[name] = text, value
    end
    units[i] = u
  end
  local header = { "unit", "name" }
  if parents then header[#header + 1] = "parent" end
  if periods then header[#header + 1] = "period" end
  for _, name in ipairs(cols) do header[#header + 1] = name end
  return units, header
end

local function field(s)
  s = tostring(s)
  if s:find('[,"\n\r]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

-- The dataset as CSV text.
function M.csv(units, header)
  local lines = {}
  local row = {}
  for i, h in ipairs(header) do row[i] = field(h) end
  lines[1] = table.concat(row, ",")
  for _, u in ipairs(units) do
    row = {}
    for i, h in ipairs(header) do
      local v
      if h == "unit" then v = u.id elseif h == "name" then v = u.name
      elseif h == "parent" then v = u.parent or ""
      elseif h == "period" then v = u.period or ""
      else v = u.cells[h] end
      row[i] = field(v)
    end
    lines[#lines + 1] = table.concat(row, ",")
  end
  return table.concat(lines, "\n") .. "\n"
end

return M
