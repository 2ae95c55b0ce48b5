--[[
** lang/prelude.lua — the declaration vocabulary of criteria scripts, and the sandbox
** they run in.
**
** Run once by the host (src/host.c) with: the formula parser (lang/formula.lua), the
** real debug.getinfo (kept here, never given to scripts) and the script's chunk name.
** Returns the prelude object:
**   env            the environment the criteria script runs in
**   stdlib_api     what stdlib/*.lua files receive (pattern, fail)
**   export(t)      add a stdlib file's constructors to env
**   finish()       the declarations, as plain tables, for src/boundary.c
** The shape of finish()'s result is documented in docs/architecture.md
** ("The declaration table").
]]

local formula, getinfo, script_source = ...
local type, next, pairs, ipairs, select, tostring, tonumber, error, assert, setmetatable,
      getmetatable, load, pcall, sort, concat =
      type, next, pairs, ipairs, select, tostring, tonumber, error, assert, setmetatable,
      getmetatable, load, pcall, table.sort, table.concat
local string, table, math, utf8 = string, table, math, utf8
local _ENV = nil

local MAX_FORMULA = 65536            -- bytes; LPeg runs without the instruction hook

local D = { inputs = {}, groups = {}, indicators = {}, substitutions = {}, problems = {},
            script = script_source }
local by_code, shared_inputs, input_names = {}, {}, {}

------------------------------------------------------------------------------
-- Where in the script we are, and how problems are reported
------------------------------------------------------------------------------

-- Line of the innermost frame that belongs to the criteria script.
local function script_line()
  for level = 2, 64 do
    local info = getinfo(level, "Sl")
    if info == nil then break end
    if info.source == script_source then return info.currentline end
  end
  return 0
end

-- A problem that does not stop the script: collected, reported all at once.
local function problem(line, msg, hint)
  D.problems[#D.problems + 1] = { line = line, msg = msg, hint = hint }
end

-- A misuse that makes the rest meaningless: stop with a structured error.
local function fail(msg, hint)
  error({ msg = msg, line = script_line(), hint = hint }, 0)
end

local function sorted_keys(t)
  local keys = {}
  for k in next, t do keys[#keys + 1] = k end
  sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  return keys
end

------------------------------------------------------------------------------
-- Input types
------------------------------------------------------------------------------

local INPUT, SHARED, PATTERN = {}, {}, {}      -- private marks: scripts cannot forge them
local TYPES = { "count", "amount", "percent", "yesno", "choice", "text" }

local function options_of(spec, line)
  local opts = {}
  if type(spec) ~= "table" then
    problem(line, "a choice needs its options", 'choice { "label", options = { code = "text", … } }')
    return opts
  end
  if spec[1] ~= nil then                        -- ordered form: { { code, text }, … }
    for _, pair in ipairs(spec) do
      if type(pair) == "table" and type(pair[1]) == "string" then
        opts[#opts + 1] = { code = pair[1], label = tostring(pair[2] or pair[1]) }
      else
        problem(line, "each option must be { code, text }")
      end
    end
  else
    for _, code in ipairs(sorted_keys(spec)) do
      opts[#opts + 1] = { code = tostring(code), label = tostring(spec[code]) }
    end
  end
  return opts
end

local function input_constructor(kind)
  return function(spec)
    local line = script_line()
    local t = { [INPUT] = true, type = kind, line = line }
    if type(spec) == "string" then
      t.label = spec
    elseif type(spec) == "table" and type(spec[1]) == "string" then
      t.label, t.unit = spec[1], spec.unit
      if spec.blank ~= nil then
        if kind ~= "yesno" or (spec.blank ~= "no" and spec.blank ~= "missing") then
          problem(line, "blank = \"no\" is only for yes/no inputs", 'yesno { "label", blank = "no" }')
        end
        t.blank = spec.blank
      end
      if kind == "choice" then t.options = options_of(spec.options, line) end
    else
      fail(kind .. " needs a label", kind .. ' "label"  or  ' .. kind .. ' { "label", unit = "…" }')
    end
    if kind == "choice" and t.options == nil then t.options = options_of(nil, line) end
    return t
  end
end

local function shared(name)
  if type(name) ~= "string" then fail("shared needs the name of a shared input", 'b = shared "dan_so"') end
  return { [SHARED] = true, name = name, line = script_line() }
end

------------------------------------------------------------------------------
-- Declarations
------------------------------------------------------------------------------

local DECISION_FIELDS = { title = "string", number = "string", issued = "string",
  province = "string", issuer = "string", level = "string", total = "number",
  rank = "boolean", decimals = "number", out_of_range = "string", source = "string",
  note = "string", stated = "table" }
local GROUP_FIELDS = { max = "number", note = "string", source = "string" }
local INDICATOR_FIELDS = { max = "number", unit = "string", evidence = "string",
  agency = "string", source = "string", note = "string", max_stated = "boolean" }
local SUBSTITUTE_FIELDS = { when = "string", indicators = "table", source = "string",
  note = "string" }
local STATED_FIELDS = { groups = "number", indicators = "number", total = "number",
  where = "string" }

-- Copy the known fields of t into out, reporting unknown or mistyped ones.
local function copy_fields(t, out, known, what, line, skip)
  for _, k in ipairs(sorted_keys(t)) do
    local v = t[k]
    if k == 1 or (skip and skip(k, v)) then
      -- handled by the caller
    elseif known[k] == nil then
      local names = sorted_keys(known)
      local more = skip and ", score, or an input: " .. tostring(k) .. ' = count "label"' or ""
      problem(line, what .. ": unknown field '" .. tostring(k) .. "'",
              "known fields: " .. concat(names, ", ") .. more)
    elseif type(v) ~= known[k] then
      problem(line, what .. ": field '" .. k .. "' must be a " .. known[k] .. ", not a " .. type(v))
    else
      out[k] = v
    end
  end
end

local function code_arg(kind, code)
  if type(code) ~= "string" or code == "" then
    fail(kind .. " needs a code in quotes", kind .. ' "1.2" { … }')
  end
end

-- stated = { { groups = 8, indicators = 62, where = "…" }, … }: what the decision says
-- of itself, for check to compare.
local function stated_list(t, line)
  local out = {}
  for i, st in ipairs(t) do
    if type(st) ~= "table" then
      problem(line, "stated: entry " .. i .. " must be a table",
              'stated = { { groups = 8, indicators = 61, where = "Điều 1" } }')
    else
      local e = {}
      copy_fields(st, e, STATED_FIELDS, "stated entry " .. i, line)
      out[#out + 1] = e
    end
  end
  return out
end

local function decision(id)
  code_arg("decision", id)
  local line = script_line()
  return function(t)
    if type(t) ~= "table" then fail("decision \"" .. id .. "\" needs a table { title = …, … }") end
    if D.decision then problem(line, "a second decision in the same script", "one script holds one decision") end
    local d = { id = id, line = line }
    copy_fields(t, d, DECISION_FIELDS, "decision", line)
    if d.title == nil then problem(line, "the decision has no title", 'title = "…"') end
    if d.stated ~= nil then d.stated = stated_list(d.stated, line) end
    if d.out_of_range ~= nil and d.out_of_range ~= "clamp" and d.out_of_range ~= "reject" then
      problem(line, "out_of_range must be \"clamp\" or \"reject\"")
      d.out_of_range = nil
    end
    D.decision = d
  end
end

local function add_input(name, spec, owner)
  local t = { name = name, type = spec.type, label = spec.label, unit = spec.unit,
              blank = spec.blank, options = spec.options, line = spec.line, owner = owner }
  if input_names[name] then
    problem(spec.line, "input '" .. name .. "' is declared twice")
  end
  input_names[name] = t
  D.inputs[#D.inputs + 1] = t
  return t
end

local function inputs(t)
  if type(t) ~= "table" then fail("inputs needs a table { name = count \"label\", … }") end
  for _, name in ipairs(sorted_keys(t)) do
    local spec = t[name]
    if type(name) ~= "string" then
      problem(script_line(), "each shared input needs a name", 'dan_so = count "Số lượng dân số"')
    elseif type(spec) ~= "table" or not spec[INPUT] then
      problem(script_line(), "shared input '" .. name .. "' must have a type",
              name .. ' = count "label"  (or amount, percent, yesno, choice, text)')
    else
      shared_inputs[name] = add_input(name, spec, nil)
    end
  end
end

local function group(code)
  code_arg("group", code)
  local line = script_line()
  return function(t)
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail("group \"" .. code .. "\" needs its name", 'group "' .. code .. '" { "Nhận thức số", max = 100 }')
    end
    local g = { code = code, name = t[1], line = line }
    copy_fields(t, g, GROUP_FIELDS, "group " .. code, line)
    for _, other in ipairs(D.groups) do
      if other.code == code then problem(line, "group " .. code .. " is declared twice") end
    end
    D.groups[#D.groups + 1] = g
  end
end

-- Parse formula text into s.ast, or record the error in s.error.
local function parse_into(s)
  -- LPeg raises (rather than fails) on very deep nesting: report it as a formula error.
  local ok, tree, err = pcall(formula.parse, s.text)
  if not ok then
    tree, err = nil, { pos = 1, msg = "the formula is nested too deeply (too many brackets or "
                                      .. "operators inside each other); split it into named steps" }
  end
  if tree then s.ast = tree else s.error = err end
  return s
end

-- The score field: formula text, or a pattern from stdlib.
local function score_of(v, ind_line, what)
  local s
  if type(v) == "string" then
    s = { text = v, line = ind_line }
  elseif type(v) == "table" and v[PATTERN] then
    s = { text = v.text, line = v.line, generated = true, pattern = v.name, shown = v.shown }
  else
    problem(ind_line, what .. " has no score", 'score = "a / b * max"  or a pattern such as ratio { "a", "b" }')
    return nil
  end
  if #s.text > MAX_FORMULA then
    problem(s.line, what .. ": the formula is longer than " .. MAX_FORMULA .. " bytes")
    return nil
  end
  return parse_into(s)
end

local function indicator(code)
  code_arg("indicator", code)
  local line = script_line()
  return function(t)
    local what = "indicator " .. code
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(what .. " needs its text first", 'indicator "' .. code .. '" { "Tên chỉ số", max = 20, score = "…" }')
    end
    if by_code[code] then problem(line, what .. " is declared twice") end
    local ind = { code = code, text = t[1], line = line, locals = {}, group = #D.groups }
    if #D.groups == 0 then
      problem(line, what .. " comes before any group", 'declare group "1" { "…", max = … } first')
    end
    local function is_input(k, v)
      if k == "score" then return true end
      if type(v) ~= "table" then return false end
      if v[INPUT] then
        local col = add_input(code .. "." .. tostring(k), v, code)
        ind.locals[#ind.locals + 1] = { name = tostring(k), input = col.name, line = v.line }
        return true
      elseif v[SHARED] then
        ind.locals[#ind.locals + 1] = { name = tostring(k), input = v.name, shared = true, line = v.line }
        if not shared_inputs[v.name] then
          problem(v.line, what .. ": '" .. tostring(k) .. "' is bound to '" .. v.name
                  .. "', which is not a shared input", "declare it in inputs { … }")
        end
        return true
      end
      return false
    end
    copy_fields(t, ind, INDICATOR_FIELDS, what, line, is_input)
    if t.max == nil then problem(line, what .. " has no max", "max = 20") end
    if ind.max_stated == nil then ind.max_stated = true end
    ind.score = score_of(t.score, line, what)
    by_code[code] = ind
    D.indicators[#D.indicators + 1] = ind
  end
end

-- substitute "dvctt" { "text", when = "formula", indicators = { "6.3", … } }
local function substitute(name)
  code_arg("substitute", name)
  local line = script_line()
  return function(t)
    local what = "substitute " .. name
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(what .. " needs its text first", 'substitute "' .. name
           .. '" { "…", when = "so_dvctt == 0", indicators = { "6.3" } }')
    end
    local sub = { name = name, text = t[1], line = line, indicators = {} }
    copy_fields(t, sub, SUBSTITUTE_FIELDS, what, line)
    if type(t.when) ~= "string" then
      problem(line, what .. " has no when", 'when = "so_dvctt == 0"')
    else
      sub.when = parse_into({ text = t.when, line = line })
    end
    local list = type(t.indicators) == "table" and t.indicators or {}
    sub.indicators = {}
    for i, code in ipairs(list) do
      if type(code) ~= "string" then problem(line, what .. ": indicators must be codes in quotes")
      else sub.indicators[i] = code end
    end
    if #sub.indicators == 0 then problem(line, what .. " lists no indicators", 'indicators = { "6.3" }') end
    D.substitutions[#D.substitutions + 1] = sub
  end
end

------------------------------------------------------------------------------
-- The sandbox environment
------------------------------------------------------------------------------

-- Reading a library field that is not offered names it.
local function lookup(t, name)
  return function(_, k)
    local v = t[k]
    if v == nil then
      error("'" .. name .. "." .. tostring(k) .. "' is not available in criteria scripts", 2)
    end
    return v
  end
end

-- A read-only view of t: writes fail, and its metatable cannot be reached.
local function readonly(t, name)
  return setmetatable({}, {
    __index = lookup(t, name),
    __newindex = function() error(name .. " is read-only in criteria scripts", 2) end,
    __metatable = false,
  })
end

local function copy_except(t, except)
  local c = {}
  for k, v in next, t do if not except[k] then c[k] = v end end
  return c
end

-- No rep (memory bombs), no dump (bytecode), and no Lua patterns: matching runs in C,
-- out of reach of the instruction budget, and a pattern like "a*a*a*a*b" backtracks
-- exponentially. find stays, for plain substrings only.
local safe_string = copy_except(string, { rep = true, dump = true, match = true,
                                          gmatch = true, gsub = true, find = true })
local string_find = string.find
safe_string.find = function(s, sub, init)
  return string_find(s, sub, init, true)
end
-- ("x"):rep(1e12) goes through the string metatable: point it at the safe copy.
getmetatable("").__index = lookup(safe_string, "string")

local FORBIDDEN = { io = true, os = true, debug = true, package = true, require = true,
  dofile = true, loadfile = true, collectgarbage = true, rawset = true, rawget = true,
  setmetatable = true, getmetatable = true, print = true, loadstring = true, lpeg = true,
  pcall = true, xpcall = true }

local vocabulary = {
  decision = decision, inputs = inputs, group = group, indicator = indicator,
  shared = shared, substitute = substitute,
  assert = assert, error = error, ipairs = ipairs, next = next, pairs = pairs, select = select,
  tonumber = tonumber, tostring = tostring, type = type,
  string = readonly(safe_string, "string"), table = readonly(table, "table"),
  math = readonly(copy_except(math, { random = true, randomseed = true }), "math"),
  utf8 = readonly(utf8, "utf8"),
}
for _, kind in ipairs(TYPES) do vocabulary[kind] = input_constructor(kind) end

local env = setmetatable({}, {
  __index = function(_, k)
    local v = vocabulary[k]
    if v ~= nil then return v end
    if FORBIDDEN[k] then
      error("'" .. tostring(k) .. "' is not available in criteria scripts: a script only "
            .. "declares a decision (it cannot read files, run programs or load modules)", 2)
    end
    error("unknown name '" .. tostring(k) .. "'", 2)
  end,
  __newindex = function(_, k)
    error("criteria scripts cannot set the global '" .. tostring(k)
          .. "': write 'local " .. tostring(k) .. " = …'", 2)
  end,
  __metatable = false,
})

-- load: text only, and into the sandbox (never the host's globals).
vocabulary.load = function(chunk, name)
  if type(chunk) ~= "string" then
    error("load: only text can be loaded in criteria scripts", 2)
  end
  if chunk:byte(1) == 27 then
    error("load: binary (precompiled) chunks are not allowed in criteria scripts", 2)
  end
  return load(chunk, name, "t", env)
end

------------------------------------------------------------------------------
-- The prelude object
------------------------------------------------------------------------------

local P = { env = env }

P.stdlib_api = {
  fail = fail,
  pattern = function(name, shown, text)
    return { [PATTERN] = true, name = name, shown = shown, text = text, line = script_line() }
  end,
}

function P.export(t)
  for k, v in next, t do
    if vocabulary[k] ~= nil then error("stdlib redefines '" .. k .. "'") end
    vocabulary[k] = v
  end
end

function P.finish()
  if D.decision == nil then
    problem(1, "the script declares no decision", 'start with decision "province/number-year-level" { title = "…", … }')
  end
  if #D.indicators == 0 then problem(1, "the script declares no indicator") end
  return D
end

return P
