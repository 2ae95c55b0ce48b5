--[[
** tests/reference/interp.lua — a deliberately simple reference evaluator.
**
** It walks the formula trees of a declaration table (declare.lua) over the units of a
** dataset and gives what the product gives, as docs/language.md states it: every
** indicator's score or value, the branch taken at every `if` and `case`, the named
** steps, the targets met, the substitutions, then the groups, totals and ranks, or the
** criteria counts, levels and recognitions, and the results row of `run --format csv`.
** It is written from the documentation, not from src/: simple and slow on purpose.
** tests/reference/differential.sh compares it with the product.
**
** Values: a number, a boolean (yes/no), a string (a choice's option code), or a
** problem { missing = "input" } (a blank cell) or { undefined = "why" }.
]]

local M = {}

local SLACK = 1e-9          -- docs: "Numbers", a billionth of max

local function bad(v) return type(v) == "table" end
local function missing(name) return { missing = name } end
local function undefined(why) return { undefined = why } end

------------------------------------------------------------------------------
-- Formulas
------------------------------------------------------------------------------

-- The text of a node as written in its formula (what the trace quotes).
local function text_of(src, node)
  if node.text_of == nil then node.text_of = (src:sub(node.pos, node.stop - 1):gsub("%s+$", "")) end
  return node.text_of
end

-- Every if and case of a tree, in the order they are written (pre-order).
local function branch_nodes(tree, out)
  out = out or {}
  if type(tree) ~= "table" then return out end
  if tree.tag == "prog" then
    for _, s in ipairs(tree.steps) do branch_nodes(s.expr, out) end
    branch_nodes(tree.result, out)
    return out
  end
  if tree.tag == "if" or tree.tag == "case" then out[#out + 1] = tree end
  if tree.tag == "if" then
    for i = 1, #tree.conds do branch_nodes(tree.conds[i], out); branch_nodes(tree.thens[i], out) end
    branch_nodes(tree.els, out)
  elseif tree.tag == "case" then
    branch_nodes(tree.subject, out)
    for _, arm in ipairs(tree.arms) do
      branch_nodes(arm.value, out); branch_nodes(arm.lo, out); branch_nodes(arm.hi, out)
      branch_nodes(arm.result, out)
    end
    branch_nodes(tree.els, out)
  elseif tree.tag == "bin" then
    branch_nodes(tree.lhs, out); branch_nodes(tree.rhs, out)
  elseif tree.tag == "un" then
    branch_nodes(tree.arg, out)
  elseif tree.tag == "call" then
    for _, a in ipairs(tree.args) do branch_nodes(a, out) end
  end
  return out
end

local ARITH = {
  ["+"] = function(a, b) return a + b end,
  ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end,
}
local COMPARE = {
  ["=="] = function(a, b) return a == b end, ["~="] = function(a, b) return a ~= b end,
  ["<"] = function(a, b) return a < b end, ["<="] = function(a, b) return a <= b end,
  [">"] = function(a, b) return a > b end, [">="] = function(a, b) return a >= b end,
}

-- Evaluate node in context cx: cx.lookup(name), cx.call(fn, args, node), cx.src,
-- cx.taken (branch node → its text).
local eval

local function eval_if(n, cx)
  for i, cond in ipairs(n.conds) do
    local c = eval(cond, cx)
    if bad(c) then return c end
    if c then
      cx.taken[n] = (i == 1 and "if " or "elseif ") .. text_of(cx.src, cond)
      return eval(n.thens[i], cx)
    end
  end
  cx.taken[n] = "else"
  return eval(n.els, cx)
end

local function arm_holds(arm, x, cx)
  if arm.kind == "range" then
    local lo, hi = eval(arm.lo, cx), eval(arm.hi, cx)
    if bad(lo) then return lo end
    if bad(hi) then return hi end
    return lo <= x and x <= hi
  end
  local v = eval(arm.value, cx)
  if bad(v) then return v end
  if arm.kind == "eq" then return x == v end
  return COMPARE[arm.op](x, v)
end

local function arm_text(arm, cx)
  if arm.kind == "range" then
    return "when " .. text_of(cx.src, arm.lo) .. " .. " .. text_of(cx.src, arm.hi)
  elseif arm.kind == "eq" then
    return "when " .. text_of(cx.src, arm.value)
  end
  return "when " .. arm.op .. " " .. text_of(cx.src, arm.value)
end

local function eval_case(n, cx)
  local x = eval(n.subject, cx)
  if bad(x) then return x end
  for _, arm in ipairs(n.arms) do
    local h = arm_holds(arm, x, cx)
    if bad(h) then return h end
    if h then
      cx.taken[n] = arm_text(arm, cx)
      return eval(arm.result, cx)
    end
  end
  if n.els then
    cx.taken[n] = "else"
    return eval(n.els, cx)
  end
  cx.taken[n] = "no arm covers the value"
  return undefined("no tier covers the value")
end

local function eval_bin(n, cx)
  local op = n.op
  local a = eval(n.lhs, cx)
  if op == "and" or op == "or" then
    if bad(a) then return a end
    if op == "and" and not a then return false end
    if op == "or" and a then return true end
    return eval(n.rhs, cx)
  end
  local b = eval(n.rhs, cx)
  if bad(a) then return a end
  if bad(b) then return b end
  if COMPARE[op] then return COMPARE[op](a, b) end
  if op == "/" then
    if b == 0 then return undefined("division by zero") end
    return a / b
  end
  return ARITH[op](a, b)
end

function eval(n, cx)
  local tag = n.tag
  if tag == "num" then return n.value + 0.0
  elseif tag == "str" then return n.value
  elseif tag == "name" then return cx.lookup(n.name)
  elseif tag == "bin" then return eval_bin(n, cx)
  elseif tag == "un" then
    local a = eval(n.arg, cx)
    if bad(a) then return a end
    if n.op == "not" then return not a end
    return -a
  elseif tag == "if" then return eval_if(n, cx)
  elseif tag == "case" then return eval_case(n, cx)
  elseif tag == "call" then return cx.call(n.fn, n.args, n, cx)
  end
  error("unknown node " .. tostring(tag))
end

-- The functions every formula may call; cx.more(fn, args, node) for the others.
local function call(fn, args, node, cx)
  local vals = {}
  local function all()
    for i, a in ipairs(args) do
      vals[i] = eval(a, cx)
      if bad(vals[i]) then return vals[i] end
    end
  end
  if fn == "present" then
    local v = eval(args[1], cx)
    return not (bad(v) and v.missing)
  elseif fn == "default" then
    local v = eval(args[1], cx)
    if bad(v) and v.missing then return eval(args[2], cx) end
    return v
  end
  if cx.more then
    local handled, v = cx.more(fn, args, node, cx)
    if handled then return v end
  end
  local problem = all()
  if problem then return problem end
  if fn == "min" or fn == "max" then
    local r = vals[1]
    for i = 2, #vals do
      if (fn == "min" and vals[i] < r) or (fn == "max" and vals[i] > r) then r = vals[i] end
    end
    return r
  elseif fn == "clamp" then
    return math.min(math.max(vals[1], vals[2]), vals[3])
  elseif fn == "abs" then
    return math.abs(vals[1])
  elseif fn == "round" then
    local p = 10.0 ^ (vals[2] or 0)
    local y = math.abs(vals[1]) * p
    local r = math.floor(y)
    if y - r >= 0.5 then r = r + 1 end
    return (vals[1] < 0 and -r or r) / p
  end
  error("the reference does not know the function " .. fn)
end

-- Run a program (steps, then the result) in context cx. Returns the result and the
-- steps' values in order.
local function run_program(prog, cx)
  local steps, values = {}, {}
  local lookup = cx.lookup
  cx.lookup = function(name)
    if values[name] ~= nil then return values[name] end
    return lookup(name)
  end
  for i, s in ipairs(prog.steps) do
    values[s.name] = eval(s.expr, cx)
    steps[i] = values[s.name]
  end
  local r = eval(prog.result, cx)
  cx.lookup = lookup
  return r, steps
end

------------------------------------------------------------------------------
-- Units, inputs, indicators
------------------------------------------------------------------------------

-- The inputs a unit reports: unit.cells[column] is the value (missing when blank).
local function input_value(D, unit, column)
  local v = unit.values[column]
  if v == nil then return missing(column) end
  return v
end

-- The context in which indicator ind is evaluated for unit u.
local function indicator_context(E, ind, u, src)
  local cx = { src = src, taken = {}, call = call, more = E.more }
  local locals = {}
  for _, l in ipairs(ind.locals) do locals[l.name] = l.input end
  cx.unit, cx.ind = u, ind
  cx.lookup = function(name)
    if name == "max" and ind.max then return ind.max + 0.0 end
    if locals[name] then return input_value(E.D, u, locals[name]) end
    if E.shared[name] then return input_value(E.D, u, name) end
    if cx.extra and cx.extra[name] ~= nil then return cx.extra[name] end
    error("the reference cannot resolve the name " .. name .. " in " .. ind.code)
  end
  return cx
end

-- Evaluate formula record f (score, value or a target's rule) in cx: the value and its
-- trace { steps, branches }.
local function evaluate(f, cx)
  cx.src = f.text
  local r, steps = run_program(f.ast, cx)
  local branches = {}
  f.branch_nodes = f.branch_nodes or branch_nodes(f.ast)
  for i, b in ipairs(f.branch_nodes) do branches[i] = cx.taken[b] or "not reached" end
  cx.taken = {}
  return r, steps, branches
end

-- A formula result as the trace states it: status and value.
local function status_of(v)
  if bad(v) then return v.missing and "missing" or "undefined", nil end
  return "ok", v
end

-- A score within the range rules (docs: "Numbers", "Out of range"): outside [0, max] by
-- at most a billionth of max is noise, brought to 0 or max; inside, kept as computed.
local function range_rules(D, ind, r)
  local slack = SLACK * math.max(ind.max, 1)
  if r < 0 and r >= -slack then r = 0.0 end
  if r > ind.max and r <= ind.max + slack then r = ind.max + 0.0 end
  if r >= 0 and r <= ind.max then return "ok", r end
  if D.decision.out_of_range == "reject" then return "undefined", nil, r end
  return "clamped", math.min(math.max(r, 0.0), ind.max + 0.0), r
end

------------------------------------------------------------------------------
-- Peers (section 3b)
------------------------------------------------------------------------------

-- peer_min(x) and peer_max(x): over every unit of the dataset where x has a value.
local function peer_function(E, fn, args, node, cx)
  if fn ~= "peer_min" and fn ~= "peer_max" then return false end
  E.peer_cache[node] = E.peer_cache[node] or {}
  local cache = E.peer_cache[node]
  if cache.value == nil then
    local best
    for _, other in ipairs(E.units) do
      local ocx = indicator_context(E, cx.ind, other, cx.src)
      ocx.more = E.more
      local v = eval(args[1], ocx)
      if not bad(v) and (best == nil or (fn == "peer_min" and v < best) or (fn == "peer_max" and v > best)) then
        best = v
      end
    end
    cache.value = best == nil and undefined("no unit has a value to compare") or best
  end
  return true, cache.value
end

------------------------------------------------------------------------------
-- Points: indicators, substitutions, groups, totals, ranks
------------------------------------------------------------------------------

local function shared_context(E, u, src)
  local cx = { src = src, taken = {}, call = call }
  cx.lookup = function(name)
    if E.shared[name] then return input_value(E.D, u, name) end
    error("the reference cannot resolve the name " .. name .. " in a substitution")
  end
  return cx
end

local function score_unit(E, u)
  local D = E.D
  local res, by_code = {}, {}
  for i, ind in ipairs(D.indicators) do
    local cx = indicator_context(E, ind, u, ind.score.text)
    local r, steps, branches = evaluate(ind.score, cx)
    local t = { code = ind.code, ind = ind, steps = steps, branches = branches }
    if bad(r) then
      t.status = status_of(r)
    else
      t.status, t.score, t.raw = range_rules(D, ind, r)
    end
    res[i], by_code[ind.code] = t, t
  end
  -- Substitutions: (points of the other indicators of the group) / (their max) × max.
  for _, sub in ipairs(D.substitutions) do
    local listed = {}
    for _, code in ipairs(sub.indicators) do listed[code] = true end
    local holds = evaluate(sub.when, shared_context(E, u, sub.when.text))
    for _, code in ipairs(sub.indicators) do
      local t = by_code[code]
      t.substitution = { holds = not bad(holds) and holds or false, applied = false }
      if bad(holds) then
        t.substitution.holds = nil
        t.status, t.score, t.raw, t.steps, t.branches = "missing", nil, nil, {}, t.branches
        for j in ipairs(t.branches) do t.branches[j] = "not reached" end
      elseif holds then
        t.substitution.applied = true
        -- the first other indicator without a score (in the script's order) makes
        -- this one missing data or undefined, as it is
        local points, maxima, lacking = 0.0, 0.0, nil
        for _, o in ipairs(res) do
          if o.ind.group == t.ind.group and not listed[o.code] then
            if o.score == nil then lacking = lacking or o.status else
              points, maxima = points + o.score, maxima + o.ind.max
            end
          end
        end
        for j in ipairs(t.branches) do t.branches[j] = "not reached" end
        t.steps, t.raw = {}, nil
        if lacking then t.status, t.score = lacking, nil
        elseif maxima == 0 then t.status, t.score = "undefined", nil
        else t.status, t.score = "ok", points / maxima * t.ind.max end
      end
    end
  end
  -- Groups and the total.
  local groups, total, unscored = {}, 0.0, 0
  for gi in ipairs(D.groups) do groups[gi] = { score = 0.0, unscored = 0 } end
  for _, t in ipairs(res) do
    local g = groups[t.ind.group]
    if t.score ~= nil then g.score = g.score + t.score
    else g.unscored = g.unscored + 1 end
  end
  for _, g in ipairs(groups) do total, unscored = total + g.score, unscored + g.unscored end
  return { indicators = res, groups = groups, total = total, unscored = unscored,
           status = unscored == 0 and "ok" or "incomplete" }
end

local function rank_units(D, results)
  if not D.decision.rank then return end
  for _, r in ipairs(results) do
    if r.status == "ok" then
      r.rank = 1
      for _, o in ipairs(results) do
        -- docs: totals within a billionth (of their size) are ties, 0.1 + 0.2 and 0.3
        if o.status == "ok" and o.total - r.total > 1e-9 * (1 + math.abs(r.total)) then
          r.rank = r.rank + 1
        end
      end
    end
  end
end

------------------------------------------------------------------------------
-- Criteria met or not: values, targets, outcomes (section 3c)
------------------------------------------------------------------------------

-- The functions of a recognition rule over the criteria results of one context.
local function rule_functions(E, res, ctx_index)
  local function targets_of(kind)
    local list = {}
    for _, t in ipairs(res.indicators) do
      local tg = t.targets[ctx_index]
      if tg and tg.assigned and (kind == nil or tg.kind == kind) then list[#list + 1] = tg end
    end
    return list
  end
  local function met_count(kind)
    local n = 0
    for _, tg in ipairs(targets_of(kind)) do
      if tg.met == nil then return missing("a criterion") end
      if tg.met then n = n + 1 end
    end
    return n + 0.0
  end
  return function(fn, args, node, cx)
    local kind = args[1] and args[1].tag == "str" and args[1].value or nil
    if fn == "met_count" then return true, met_count(kind)
    elseif fn == "assigned_count" then return true, #targets_of(kind) + 0.0
    elseif fn == "met_share" then
      local n, a = met_count(kind), #targets_of(kind)
      if bad(n) then return true, n end
      if a == 0 then return true, undefined("division by zero") end
      return true, n / a
    elseif fn == "all_met" then
      local unknown = false
      for _, tg in ipairs(targets_of(kind)) do
        if tg.met == false then return true, false end
        if tg.met == nil then unknown = true end
      end
      return true, unknown and missing("a criterion") or true
    elseif fn == "met" or fn == "value" then
      local code = args[1].value
      for _, t in ipairs(res.indicators) do
        if t.code == code then
          if fn == "value" then return true, t.value == nil and missing(code) or t.value end
          local tg = t.targets[ctx_index]
          if tg == nil or tg.met == nil then return true, missing(code) end
          return true, tg.met
        end
      end
    end
    return false
  end
end

-- The children functions of a parent's formulas (children.results: the children's
-- outcomes, by parent id).
local function children_functions(E)
  return function(fn, args, node, cx)
    local kids = E.children and E.children.by_parent[cx.unit.id] or {}
    if fn == "children_count" then return true, #kids + 0.0 end
    if fn == "children_at_level" then
      local k = eval(args[1], cx)
      if bad(k) then return true, k end
      local n = 0
      for _, kid in ipairs(kids) do
        if kid.level == nil then return true, undefined("a child's outcome is unknown") end
        if kid.level >= k then n = n + 1 end
      end
      return true, n + 0.0
    end
    if fn == "children_recognised" then
      local name, n = args[1].value, 0
      for _, kid in ipairs(kids) do
        local r = kid.recognitions[name]
        if r == nil then return true, undefined("a child's outcome is unknown") end
        if r then n = n + 1 end
      end
      return true, n + 0.0
    end
    return false
  end
end

local function chain(f, g)
  return function(...)
    local handled, v = f(...)
    if handled then return handled, v end
    return g(...)
  end
end

local function criteria_unit(E, u)
  local D = E.D
  local res = { indicators = {} }
  for i, ind in ipairs(D.indicators) do
    local cx = indicator_context(E, ind, u, ind.value.text)
    cx.more = children_functions(E)
    local v, steps, branches = evaluate(ind.value, cx)
    local t = { code = ind.code, ind = ind, steps = steps, branches = branches, targets = {} }
    t.status, t.value = status_of(v)
    for _, tg in ipairs(ind.targets) do
      local out = { assigned = tg.assigned or false, kind = tg.kind, ctx = tg.ctx }
      if tg.assigned then
        local tcx = indicator_context(E, ind, u, tg.rule.text)
        tcx.more = children_functions(E)
        tcx.extra = { value = v }
        local m = evaluate(tg.rule, tcx)
        if bad(m) then out.met = nil else out.met = m end
      end
      t.targets[tg.ctx] = out
    end
    res.indicators[i] = t
  end
  return res
end

-- The year a unit is judged in (index into the periods), or nil.
local function period_of(E, u)
  local year = u.period or E.D.decision.period
  if year == nil then return nil end
  for i, item in ipairs(E.D.contexts.items) do
    if tonumber(item.code) == year then return i end
  end
  return nil
end

local function rule_value(E, rec, res, u, ctx_index)
  local cx = { taken = {}, call = call }
  cx.unit = u
  cx.more = chain(rule_functions(E, res, ctx_index), children_functions(E))
  cx.lookup = function(name)
    if E.shared[name] then return input_value(E.D, u, name) end
    error("the reference cannot resolve " .. name .. " in recognition " .. rec.name)
  end
  local v = evaluate(rec.rule, cx)
  if bad(v) then return nil end
  return v
end

local function counts(res, ctx_index, kind)
  local assigned, met, unknown = 0, 0, 0
  for _, t in ipairs(res.indicators) do
    local tg = t.targets[ctx_index]
    if tg and tg.assigned and (kind == nil or tg.kind == kind) then
      assigned = assigned + 1
      if tg.met == nil then unknown = unknown + 1 elseif tg.met then met = met + 1 end
    end
  end
  return assigned, met, unknown
end

-- The outcome of a unit: recognitions, level, counts; and its status.
local function outcome(E, res, u)
  local D = E.D
  local kind = D.contexts.kind
  local o = { recognitions = {} }
  local complete = true
  if kind == "periods" then
    local p = period_of(E, u)
    o.period = p
    if p == nil then
      complete = false
      for _, rec in ipairs(D.recognitions) do o.recognitions[rec.name] = nil end
    else
      local a, m, unk = counts(res, p)
      o.assigned, o.met, o.unknown = a, m, unk
      if unk > 0 then complete = false end
      for _, rec in ipairs(D.recognitions) do
        local v = rule_value(E, rec, res, u, p)
        o.recognitions[rec.name] = v
        if v == nil then complete = false end
      end
    end
  elseif kind == "tiers" then
    for ti in ipairs(D.contexts.items) do
      local _, _, unk = counts(res, ti)
      if unk > 0 then complete = false end
    end
    for _, rec in ipairs(D.recognitions) do
      local ti
      for i, item in ipairs(D.contexts.items) do if item.code == rec.tier then ti = i end end
      local v = rule_value(E, rec, res, u, ti)
      o.recognitions[rec.name] = v
      if v == nil then complete = false end
    end
  else                                          -- levels: the cumulative rule
    local level, decided = 0, false
    for k in ipairs(D.contexts.items) do
      local a, m, unk = counts(res, k)
      if unk > 0 then complete = false end
      if not decided then
        if a - m - unk > 0 then decided = true
        elseif unk > 0 then decided, level = true, nil
        else level = k end
      end
    end
    o.level = level
    if level == nil then complete = false end
    if D.level_rule and D.level_rule.registered then
      local r = u.values[D.level_rule.registered]
      o.registered = r
    end
  end
  o.status = complete and "ok" or "incomplete"
  return o
end

------------------------------------------------------------------------------
-- Display: the results row of `run --format csv`
------------------------------------------------------------------------------

-- x rounded half away from zero to d decimals, reading x as its 15 significant digits
-- (docs/language.md, "Rounding"): 2.675 is shown 2.68, though its binary value is below.
function M.fixed(x, d)
  local mant, exp = string.format("%.14e", x):match("^(-?[%d.]+)e([-+]%d+)$")
  local neg = mant:sub(1, 1) == "-"
  local digits = mant:gsub("[-.]", "")           -- 15 digits, the first before the point
  exp = tonumber(exp)
  -- digits hold x = 0.d1d2… × 10^(exp + 1); keep exp + 1 + d of them.
  local keep = exp + 1 + d
  if keep > #digits then digits = digits .. string.rep("0", keep - #digits) end
  local n
  if keep < 0 then n = "0"
  else
    local head = digits:sub(1, keep)
    if head == "" then head = "0" end
    local next = tonumber(digits:sub(keep + 1, keep + 1)) or 0
    n = head
    if next >= 5 then                            -- add one to the last digit kept
      local carry, out = 1, {}
      for i = #n, 1, -1 do
        local c = tonumber(n:sub(i, i)) + carry
        carry = c >= 10 and 1 or 0
        out[i] = tostring(c % 10)
      end
      n = (carry == 1 and "1" or "") .. table.concat(out)
    end
  end
  n = n:gsub("^0+", "")
  if #n <= d then n = string.rep("0", d - #n + 1) .. n end
  local s = d > 0 and (n:sub(1, #n - d) .. "." .. n:sub(#n - d + 1)) or n
  if neg and s:match("[1-9]") then s = "-" .. s end
  return s
end

local function csv_field(s)
  s = tostring(s)
  if s:find('[,"\n\r]') then return '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local function yes_no_unknown(v)
  if v == nil then return "unknown" end
  return v and "yes" or "no"
end

local function csv_row(E, u, r)
  local D = E.D
  local dec = D.decision.decimals or 2
  local f = { csv_field(u.id), csv_field(u.name) }
  local function add(s) f[#f + 1] = s end
  if D.contexts == nil then
    for _, g in ipairs(r.groups) do add(M.fixed(g.score, dec)) end
    add(M.fixed(r.total, dec))
    if D.decision.rank then add(r.rank and tostring(r.rank) or "") end
  else
    local o, kind = r.outcome, D.contexts.kind
    if kind == "periods" then
      if o.period then
        local a, m, unk = o.assigned, o.met, o.unknown
        add(D.contexts.items[o.period].code); add(a); add(m); add(a - m - unk); add(unk)
        add(a > 0 and M.fixed(m / a * 100, dec) or "")
      else
        for _ = 1, 6 do add("") end
      end
      for _, rec in ipairs(D.recognitions) do add(yes_no_unknown(o.recognitions[rec.name])) end
    elseif kind == "tiers" then
      for ti in ipairs(D.contexts.items) do
        for _, k in ipairs({ "mandatory", "extended" }) do
          local a, m = counts(r, ti, k)
          add(m .. "/" .. a)
        end
      end
      for _, rec in ipairs(D.recognitions) do add(yes_no_unknown(o.recognitions[rec.name])) end
    else
      for k in ipairs(D.contexts.items) do
        local a, m = counts(r, k)
        add(m .. "/" .. a)
      end
      add(o.level == nil and "unknown" or tostring(o.level))
      add(o.level and o.level > 0 and csv_field(D.contexts.items[o.level].label) or "")
      if D.level_rule and D.level_rule.registered then
        add(o.registered and string.format("%d", o.registered) or "")
        if o.registered == nil then add("")
        elseif o.level == nil then add("unknown")
        else add(o.level >= o.registered and "yes" or "no") end
      end
    end
  end
  add(r.status)
  return table.concat(f, ",")
end

------------------------------------------------------------------------------
-- The whole evaluation
------------------------------------------------------------------------------

-- Evaluate declarations D over units (each { id, name, values = { column = value },
-- period, parent }); children: the evaluation of the children's script (or nil).
function M.evaluate(D, units, children)
  local E = { D = D, units = units, shared = {}, peer_cache = {}, children = children }
  for _, input in ipairs(D.inputs) do
    if input.owner == nil then E.shared[input.name] = true end
  end
  E.more = function(fn, args, node, cx) return peer_function(E, fn, args, node, cx) end
  local results = {}
  for i, u in ipairs(units) do
    local r
    if D.contexts == nil then
      r = score_unit(E, u)
    else
      r = criteria_unit(E, u)
      r.outcome = outcome(E, r, u)
      r.status = r.outcome.status
    end
    r.unit = u
    results[i] = r
  end
  if D.contexts == nil then rank_units(D, results) end
  for i, u in ipairs(units) do results[i].csv = csv_row(E, u, results[i]) end
  return results
end

-- What a parent's formulas need of the children's evaluation: by parent id, each
-- child's level (nil: unknown) and recognitions (name → true, false; nil: unknown).
function M.children_summary(results)
  local by_parent = {}
  for _, r in ipairs(results) do
    local p = r.unit.parent
    if p then
      by_parent[p] = by_parent[p] or {}
      table.insert(by_parent[p], { level = r.outcome.level, recognitions = r.outcome.recognitions })
    end
  end
  return { by_parent = by_parent }
end

return M
