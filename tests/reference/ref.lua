--[[
** tests/reference/ref.lua — one batch of the differential test:
**   lua5.4 tests/reference/ref.lua SCRIPT SEED UNITS OUTDIR
** (from the repository's root) writes OUTDIR/data.csv (and OUTDIR/children.csv when
** the script counts its children), random units drawn from SEED, and
** OUTDIR/expected.txt, what the reference evaluator makes of them, in the lines that
** compare.py also draws from the product's trace and CSV results.
]]

package.path = "tests/reference/?.lua;" .. package.path
local declare = require("declare").declare
local interp = require "interp"
local gen = require "gen"

local script, seed, n, out = arg[1], tonumber(arg[2]), tonumber(arg[3]), arg[4]

local function write(path, text)
  local f = assert(io.open(path, "wb"))
  f:write(text)
  f:close()
end

local D = declare(script)
local children
if D.children then
  local dir = string.match(script, "^(.*/)") or ""
  local CD = declare(dir .. D.children.script)
  local parents = {}
  for i = 1, n do parents[i] = string.format("U%06d", i) end
  parents[#parents + 1] = "NOBODY"              -- children whose parent is not in the data
  local kids, kheader = gen.units(CD, seed * 7 + 1, n * 2, "C", parents)
  write(out .. "/children.csv", gen.csv(kids, kheader))
  children = interp.children_summary(interp.evaluate(CD, kids))
end
local units, header = gen.units(D, seed, n, "U")
write(out .. "/data.csv", gen.csv(units, header))
local results = interp.evaluate(D, units, children)

-- A value as the trace's JSON gives it (numbers with 17 digits, as compare.py prints them).
local function show(v)
  if v == nil then return "null" end
  if type(v) == "boolean" then return tostring(v) end
  if type(v) == "table" then return "null" end
  if type(v) == "string" then return v end
  if v == 0 then v = 0.0 end
  return string.format("%.17g", v)
end

local lines = {}
local function line(...) lines[#lines + 1] = table.concat({ ... }, "\t") end
for _, r in ipairs(results) do
  local id = r.unit.id
  line("R", id, r.csv)
  if r.groups then
    local g = {}
    for i, x in ipairs(r.groups) do g[i] = show(x.score) end
    line("G", id, table.concat(g, " "), show(r.total))
  end
  for _, t in ipairs(r.indicators) do
    local steps = {}
    for i = 1, #t.ind[(t.ind.score and "score" or "value")].ast.steps do steps[i] = show(t.steps[i]) end
    local targets = {}
    if t.targets then
      for k in ipairs(D.contexts.items) do
        targets[k] = show(t.targets[k] and t.targets[k].met)
      end
    end
    local sub = ""
    if t.substitution then
      sub = show(t.substitution.holds) .. "/" .. tostring(t.substitution.applied)
    end
    line("I", id, t.code, t.status, show(t.score or t.value),
         t.status == "clamped" and show(t.raw) or "", table.concat(t.branches, " | "),
         table.concat(steps, " "), table.concat(targets, " "), sub)
  end
end
write(out .. "/expected.txt", table.concat(lines, "\n") .. "\n")
