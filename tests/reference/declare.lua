--[[
** tests/reference/declare.lua — the declarations of a criteria script, read in plain
** lua5.4 with the product's own lang/formula.lua, lang/prelude.lua and stdlib/*.lua.
**
** The declarations (inputs, groups, indicators, formula trees) are shared with the
** product on purpose: what the differential test checks is the evaluation
** (src/compile.c, src/eval.c and what follows), not the reading of scripts.
**
** declare(path) returns the declaration table of docs/architecture.md ("The
** declaration table"), or raises with the problems the script has. The host functions
** the prelude needs are given here in their simplest form: debug.getinfo, read_base
** (a file beside the script) and no translation.
]]

local lpeg = require "lpeg"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function chunk(path, env)
  if env == nil then return assert(load(read(path), "@" .. path, "t")) end
  return assert(load(read(path), "@" .. path, "t", env))
end

local M = {}

-- The folder of path, with its slash ("" for none).
local function folder(path)
  return string.match(path, "^(.*/)") or ""
end

function M.declare(path)
  -- The prelude points the string metatable at its filtered copy (no match, gsub, …)
  -- for the scripts' sake: put ours back afterwards, the evaluator needs them.
  local string_index = getmetatable("").__index
  local formula = chunk("lang/formula.lua")(lpeg)
  local function read_base(rel)
    local base = folder(path) .. rel
    local f = io.open(base, "rb")
    if not f then return nil, "cannot read the base script " .. base end
    local s = f:read("a")
    f:close()
    return s, "@" .. base
  end
  local P = chunk("lang/prelude.lua")(formula, debug.getinfo, "@" .. path, read_base, nil)
  local names = {}
  for name in io.popen("ls stdlib/*.lua"):lines() do names[#names + 1] = name end
  table.sort(names)
  for _, name in ipairs(names) do P.export(chunk(name)(P.stdlib_api)) end
  local script = chunk(path, P.env)
  local ok, err = pcall(script)
  local D = ok and P.finish() or nil
  getmetatable("").__index = string_index
  if not ok then
    error(type(err) == "table" and ("line " .. tostring(err.line) .. ": " .. tostring(err.msg)) or err, 0)
  end
  if #D.problems > 0 then
    local lines = {}
    for _, p in ipairs(D.problems) do lines[#lines + 1] = "line " .. p.line .. ": " .. p.msg end
    error(path .. ": " .. table.concat(lines, "\n"), 0)
  end
  return D
end

return M
