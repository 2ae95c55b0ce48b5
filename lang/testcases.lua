--[[
** lang/testcases.lua — the vocabulary of a test file (SCRIPT.test.lua): the test cases
** written beside a criteria script, run by `tieuchi test SCRIPT` (src/cmd_test.c).
**
** Run by src/testfile.c with debug.getinfo (kept here, never given to the test file),
** the test file's chunk name and the translate function. Returns:
**   env       the environment the test file runs in (no io, os, load or require)
**   finish()  the cases, as plain tables, for src/testfile.c:
**             { settings = { data, children, period, tolerance },
**               cases = { { name, line, data, unit, children, period, tolerance,
**                           inputs = { {name, text}… } (sorted by name),
**                           checks = { {what, key, num | bool | str}… } (in a fixed order) } } }
** docs/language.md ("Test cases") describes the file for the people who write it.
]]

local getinfo, chunkname, translate = ...
local _ = translate or function(s) return s end
local type, pairs, ipairs, tostring, error, sort, format =
      type, pairs, ipairs, tostring, error, table.sort, string.format
local string, table, math, utf8, tonumber, select = string, table, math, utf8, tonumber, select
local _ENV = nil

local settings, cases = {}, {}

-- The line of the test file being run (for the messages and the case's line).
local function file_line()
  for level = 2, 32 do
    local info = getinfo(level, "Sl")
    if info == nil then break end
    if info.source == chunkname then return info.currentline end
  end
  return 0
end

local function fail(msg, hint)
  error({ msg = msg, line = file_line(), hint = hint }, 0)
end

-- What a case may say, and in what order its checks are listed.
local CHECKS = { "score", "value", "group", "total", "rank", "met", "level", "recognised" }
local KNOWN = { data = "string", unit = "string", children = "string", period = "number",
                tolerance = "number", inputs = "table" }
for i = 1, #CHECKS do local what = CHECKS[i]; KNOWN[what] = (what == "total" or what == "rank"
  or what == "level") and "any" or "table" end
KNOWN.recognition = "table"   -- the same as recognised

-- A cell as a dataset would hold it: numbers as Lua writes them, true/false as có/không.
local function cell_text(name, v)
  if type(v) == "number" then
    if v ~= v or v == math.huge or v == -math.huge then
      fail(_("input %s: a number that is not finite"):format(name))
    end
    if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 2^53 then
      return format("%d", math.tointeger(v))
    end
    return format("%.15g", v)
  elseif type(v) == "boolean" then
    return v and "có" or "không"
  elseif type(v) == "string" then
    return v
  end
  fail(_("input %s: write a number, true/false, a text or \"\" (blank)"):format(name))
end

local function sorted_keys(t, what)
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" then
      fail(_("%s: the keys are codes or names in quotes, e.g. [\"1.2\"] = …"):format(what))
    end
    keys[#keys + 1] = k
  end
  sort(keys)
  return keys
end

-- An expected value: a number, true/false, or "missing"/"undefined" (no score).
local function check_value(what, key, v)
  local c = { what = what, key = key }
  if type(v) == "number" then c.num = v
  elseif type(v) == "boolean" then c.bool = v
  elseif type(v) == "string" then c.str = v
  else fail(_("%s %s: expect a number, true/false or a text"):format(what, key)) end
  return c
end

local function build(name, line, t)
  for k, v in pairs(t) do
    local want = KNOWN[k]
    if want == nil then
      fail(_("case \"%s\": unknown field %s"):format(name, tostring(k)),
           _("a case has: data, unit, inputs, period, children, tolerance, and the checks "
             .. "score, value, group, total, rank, met, level, recognised"))
    elseif want ~= "any" and type(v) ~= want then
      fail(_("case \"%s\": %s must be a %s"):format(name, k, want))
    end
  end
  local c = { name = name, line = line, data = t.data or (t.unit and settings.data) or nil, unit = t.unit,
              children = t.children or settings.children, period = t.period or settings.period,
              tolerance = t.tolerance or settings.tolerance or 0.005, inputs = {}, checks = {} }
  if t.unit and not c.data then
    fail(_("case \"%s\": unit = \"%s\" names a row of a dataset: say which with data = \"…\"")
         :format(name, t.unit))
  end
  if t.inputs then
    for _i, k in ipairs(sorted_keys(t.inputs, "inputs")) do
      c.inputs[#c.inputs + 1] = { name = k, text = cell_text(k, t.inputs[k]) }
    end
  end
  if t.recognition and t.recognised then
    fail(_("case \"%s\": write recognised or recognition, not both"):format(name))
  end
  t.recognised = t.recognised or t.recognition
  for _i, what in ipairs(CHECKS) do
    local v = t[what]
    if type(v) == "table" then
      for _i, k in ipairs(sorted_keys(v, what)) do
        c.checks[#c.checks + 1] = check_value(what, k, v[k])
      end
    elseif v ~= nil then
      c.checks[#c.checks + 1] = check_value(what, "", v)
    end
  end
  if #c.checks == 0 then
    fail(_("case \"%s\" checks nothing"):format(name),
         _("say what the decision gives, e.g. score = { [\"1.1\"] = 2 } or level = 2"))
  end
  return c
end

local env = { pairs = pairs, ipairs = ipairs, tostring = tostring, tonumber = tonumber,
              type = type, select = select, string = string, table = table, math = math,
              utf8 = utf8 }

-- case "name" { … }
function env.case(name)
  if type(name) ~= "string" or name == "" then
    fail(_("a case needs a name: case \"what it shows\" { … }"))
  end
  for i = 1, #cases do
    local c = cases[i]
    if c.name == name then fail(_("two cases are named \"%s\""):format(name)) end
  end
  local line = file_line()
  return function(t)
    if type(t) ~= "table" then fail(_("case \"%s\" { … }: the braces are missing"):format(name)) end
    cases[#cases + 1] = build(name, line, t)
  end
end

-- Defaults for the cases that follow: dataset "…", children "…", period(2024), tolerance(0.01).
function env.dataset(path)
  if type(path) ~= "string" then fail(_("dataset \"path.csv\": a path in quotes")) end
  settings.data = path
end
function env.children(path)
  if type(path) ~= "string" then fail(_("children \"path.csv\": a path in quotes")) end
  settings.children = path
end
function env.period(year)
  if math.type(year) ~= "integer" then fail(_("period(YEAR): a year, e.g. period(2024)")) end
  settings.period = year
end
function env.tolerance(x)
  if type(x) ~= "number" or x < 0 then fail(_("tolerance(X): a number, 0 or more")) end
  settings.tolerance = x
end

local function finish()
  return { settings = settings, cases = cases }
end

return { env = env, finish = finish }
