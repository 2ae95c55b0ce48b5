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
** read_base(path), from the host, reads the script named by `extends` (a path relative
** to the criteria script) and returns its text and chunk name, or nil and why.
** The shape of finish()'s result is documented in docs/architecture.md
** ("The declaration table").
]]

local formula, getinfo, script_source, read_base, translate = ...
-- A message in the user's language: _("English %s"):format(…) (src/i18n.h; xgettext
-- reads the _("…") of this file into po/vi.po).
local _ = translate or function(s) return s end
local type, next, pairs, ipairs, select, tostring, tonumber, error, assert, setmetatable,
      getmetatable, load, pcall, sort, concat, pack, unpack =
      type, next, pairs, ipairs, select, tostring, tonumber, error, assert, setmetatable,
      getmetatable, load, pcall, table.sort, table.concat, table.pack, table.unpack
local string, table, math, utf8 = string, table, math, utf8
local string_find, string_sub = string.find, string.sub   -- the real ones (see safe_string)
local _ENV = nil

local MAX_FORMULA = 65536            -- bytes; LPeg runs without the instruction hook
local sandbox_env                    -- the scripts' environment (set below; extends needs it)

local D = { inputs = {}, groups = {}, indicators = {}, substitutions = {}, problems = {},
            recognitions = {}, lists = {}, script = script_source }
local by_code, shared_inputs, input_names = {}, {}, {}

------------------------------------------------------------------------------
-- Where in the script we are, and how problems are reported
------------------------------------------------------------------------------

-- The chunks that are criteria scripts: the script, and the one it extends.
local sources = { [script_source] = true }

-- Line of the innermost frame that belongs to a criteria script, and that script's
-- path when it is not the main one (the base of `extends`).
local function script_line()
  for level = 2, 64 do
    local info = getinfo(level, "Sl")
    if info == nil then break end
    if sources[info.source] then
      return info.currentline, info.source ~= script_source and string.sub(info.source, 2) or nil
    end
  end
  return 0
end

-- The file a declaration being made now comes from (nil: the script itself).
local function script_file()
  local _k, file = script_line()
  return file
end

-- A problem that does not stop the script: collected, reported all at once.
local function problem(line, msg, hint, file)
  D.problems[#D.problems + 1] = { line = line, msg = msg, hint = hint, file = file or script_file() }
end

-- A misuse that makes the rest meaningless: stop with a structured error.
local function fail(msg, hint)
  local line, file = script_line()
  error({ msg = msg, line = line, hint = hint, file = file }, 0)
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

-- What the vocabulary hands out (inputs, shared bindings, patterns) are empty,
-- read-only handles; what each stands for is kept here, out of the script's reach.
-- A mark inside the object itself would not do: pairs() shows every key, so a script
-- could copy the mark into a table of its own making, or change the object once made.
local INPUT, SHARED, PATTERN, AGGREGATE = {}, {}, {}, {}   -- the kinds of objects
local objects = setmetatable({}, { __mode = "k" })   -- handle → { [kind] = true, … }

local function make(kind, t)
  t[kind] = true
  local handle = setmetatable({}, {
    __index = t,
    __newindex = function()
      error(_("an input, a shared input or a pattern cannot be changed once made"), 2)
    end,
    __metatable = false,
  })
  objects[handle] = t
  return handle
end

-- What v stands for when it is an object of this kind, else nil.
local function made(v, kind)
  local t = objects[v]
  return t and t[kind] and t or nil
end

local TYPES = { "count", "amount", "percent", "yesno", "choice", "text" }

local function options_of(spec, line)
  local opts = {}
  if type(spec) ~= "table" then
    problem(line, _("a choice needs its options"), 'choice { "label", options = { code = "text", … } }')
    return opts
  end
  if spec[1] ~= nil then                        -- ordered form: { { code, text }, … }
    for _k, pair in ipairs(spec) do
      if type(pair) == "table" and type(pair[1]) == "string" then
        opts[#opts + 1] = { code = pair[1], label = tostring(pair[2] or pair[1]) }
      else
        problem(line, _("each option must be { code, text }"))
      end
    end
  else
    for _k, code in ipairs(sorted_keys(spec)) do
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
          problem(line, _("blank = \"no\" is only for yes/no inputs"), 'yesno { "label", blank = "no" }')
        end
        t.blank = spec.blank
      end
      if kind == "choice" then t.options = options_of(spec.options, line) end
      if spec.part_of ~= nil then             -- b counts a part of what a counts: b <= a
        if type(spec.part_of) ~= "string" or (kind ~= "count" and kind ~= "amount") then
          problem(line, "part_of names the input this count is a part of",
                  'b = count { "…", part_of = "a" }')
        else
          t.part_of = spec.part_of
        end
      end
    else
      fail(_("%s needs a label"):format(kind), kind .. ' "label"  or  ' .. kind .. ' { "label", unit = "…" }')
    end
    if kind == "choice" and t.options == nil then t.options = options_of(nil, line) end
    return make(INPUT, t)
  end
end

local function shared(name)
  if type(name) ~= "string" then fail(_("shared needs the name of a shared input"), 'b = shared "dan_so"') end
  return make(SHARED, { name = name, line = script_line() })
end

------------------------------------------------------------------------------
-- Declarations
------------------------------------------------------------------------------

local DECISION_FIELDS = { title = "string", number = "string", issued = "string",
  province = "string", issuer = "string", level = "string", total = "number",
  rank = "boolean", decimals = "number", out_of_range = "string", source = "string",
  note = "string", stated = "table", period = "number" }
local GROUP_FIELDS = { max = "number", note = "string", source = "string" }
local INDICATOR_FIELDS = { max = "number", unit = "string", evidence = "string",
  agency = "string", source = "string", note = "string", max_stated = "boolean",
  legal = "string", responsible = "string" }
-- Fields of a criterion that is met or not (section 3c): kept raw until finish(), so
-- that `amend` can change them.
local TARGET_FIELDS = { value = true, target = true, levels = true, tiers = true }
local SUBSTITUTE_FIELDS = { when = "string", indicators = "table", source = "string",
  note = "string" }
local STATED_FIELDS = { groups = "number", indicators = "number", total = "number",
  where = "string" }

-- Copy the known fields of t into out, reporting unknown or mistyped ones.
local function copy_fields(t, out, known, what, line, skip)
  for _k, k in ipairs(sorted_keys(t)) do
    local v = t[k]
    if k == 1 or (skip and skip(k, v)) then
      -- handled by the caller
    elseif known[k] == nil then
      local names = sorted_keys(known)
      local hint = skip
        and _("known fields: %s, score (or value and its targets), or an input: %s = count \"label\""):format(concat(names, ", "), tostring(k))
        or _("known fields: %s"):format(concat(names, ", "))
      problem(line, _("%s: unknown field '%s'"):format(what, tostring(k)), hint)
    elseif type(v) ~= known[k] then
      problem(line, _("%s: field '%s' must be a %s, not a %s"):format(what, k, known[k], type(v)))
    else
      out[k] = v
    end
  end
end

local function code_arg(kind, code)
  if type(code) ~= "string" or code == "" then
    fail(_("%s needs a code in quotes"):format(kind), kind .. ' "1.2" { … }')
  end
end

-- stated = { { groups = 8, indicators = 62, where = "…" }, … }: what the decision says
-- of itself, for check to compare.
local function stated_list(t, line)
  local out = {}
  for i, st in ipairs(t) do
    if type(st) ~= "table" then
      problem(line, _("stated: entry %d must be a table"):format(i),
              'stated = { { groups = 8, indicators = 61, where = "Điều 1" } }')
    else
      local e = {}
      copy_fields(st, e, STATED_FIELDS, _("stated entry %d"):format(i), line)
      out[#out + 1] = e
    end
  end
  return out
end

local function decision(id)
  code_arg("decision", id)
  local line = script_line()
  return function(t)
    if type(t) ~= "table" then fail(_("decision \"%s\" needs a table { title = …, … }"):format(id)) end
    if D.decision then problem(line, _("a second decision in the same script"), _("one script holds one decision")) end
    local d = { id = id, line = line, file = script_file() }
    copy_fields(t, d, DECISION_FIELDS, _("decision"), line)
    if D.base_decision then                    -- extends: what the new header does not say
      for _k, k in ipairs({ "level", "decimals", "out_of_range", "rank", "total", "period",
                           "province" }) do
        if d[k] == nil then d[k] = D.base_decision[k] end
      end
    end
    if d.title == nil then problem(line, _("the decision has no title"), 'title = "…"') end
    if d.stated ~= nil then d.stated = stated_list(d.stated, line) end
    if d.out_of_range ~= nil and d.out_of_range ~= "clamp" and d.out_of_range ~= "reject" then
      problem(line, _("out_of_range must be \"clamp\" or \"reject\""))
      d.out_of_range = nil
    end
    D.decision = d
  end
end

local function add_input(name, spec, owner)
  local t = { name = name, type = spec.type, label = spec.label, unit = spec.unit,
              blank = spec.blank, options = spec.options, line = spec.line, owner = owner,
              part_of = spec.part_of }
  if input_names[name] then
    problem(spec.line, _("input '%s' is declared twice"):format(name))
  end
  input_names[name] = t
  D.inputs[#D.inputs + 1] = t
  return t
end

local function inputs(t)
  if type(t) ~= "table" then fail(_("inputs needs a table { name = count \"label\", … }")) end
  for _k, name in ipairs(sorted_keys(t)) do
    local spec = made(t[name], INPUT)
    if type(name) ~= "string" then
      problem(script_line(), _("each shared input needs a name"), 'dan_so = count "Số lượng dân số"')
    elseif spec == nil then
      problem(script_line(), _("shared input '%s' must have a type"):format(name),
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
      fail(_("group \"%s\" needs its name"):format(code), 'group "' .. code .. '" { "Nhận thức số", max = 100 }')
    end
    local g = { code = code, name = t[1], line = line }
    copy_fields(t, g, GROUP_FIELDS, _("group %s"):format(code), line)
    for _k, other in ipairs(D.groups) do
      if other.code == code then problem(line, _("group %s is declared twice"):format(code)) end
    end
    D.groups[#D.groups + 1] = g
  end
end

-- src/boundary.c reads formula trees at most 200 nodes deep (C recursion); a chain
-- like "a1 + a2 + … + a300" is that deep without a bracket. True when tree is deeper
-- (counting its lists too: a little stricter than boundary.c).
local MAX_DEPTH = 200
local function too_deep(tree, depth)
  if depth > MAX_DEPTH then return true end
  for _k, v in next, tree do
    if type(v) == "table" and too_deep(v, depth + 1) then return true end
  end
  return false
end

local TOO_DEEP = _("the formula is nested too deeply (too many brackets or operators inside "
                   .. "each other); split it into named steps")

-- Parse formula text into s.ast, or record the error in s.error.
local function parse_into(s)
  -- LPeg runs in C, out of reach of the instruction budget: bound what it is given.
  if #s.text > MAX_FORMULA then
    s.error = { pos = 1, msg = _("the formula is longer than %d bytes"):format(MAX_FORMULA) }
    return s
  end
  local nul = string_find(s.text, "\0", 1, true)     -- C would cut the text there
  if nul then
    s.error = { pos = nul, msg = _("the formula contains a NUL byte (\\0), which formulas may not contain") }
    return s
  end
  -- LPeg raises (rather than fails) on very deep nesting: report it as a formula error.
  -- (A limit of the host stopping the script here stops it anyway: its hook fires
  -- again at the next instruction.)
  local ok, tree, err = pcall(formula.parse, s.text)
  if not ok or (tree and too_deep(tree, 1)) then tree, err = nil, { pos = 1, msg = TOO_DEEP } end
  if tree then s.ast = tree else s.error = err end
  return s
end

-- The score field: formula text, or a pattern from stdlib.
local function score_of(v, ind_line, what)
  local s
  if type(v) == "string" then
    s = { text = v, line = ind_line }
  elseif made(v, PATTERN) then
    s = { text = v.text, line = v.line, generated = true, pattern = v.name, shown = v.shown }
  else
    problem(ind_line, _("%s has no score"):format(what), 'score = "a / b * max"  or a pattern such as ratio { "a", "b" }')
    return nil
  end
  if #s.text > MAX_FORMULA then
    problem(s.line, _("%s: the formula is longer than %d bytes"):format(what, MAX_FORMULA))
    return nil
  end
  return parse_into(s)
end

------------------------------------------------------------------------------
-- Criteria that are met or not: contexts, values, targets (section 3c)
------------------------------------------------------------------------------

-- na: "not assigned" (a year's `*`) or "Không áp dụng" (a level). A private mark.
local NA = setmetatable({}, { __tostring = function() return "na" end, __metatable = false,
  __newindex = function() error(_("na cannot be changed"), 2) end })
local KINDS = { mandatory = true, extended = true }

local function is_na(v) return v == NA or v == "*" end

-- value, target, levels, tiers of t into ind (raw: finish() turns them into formulas).
local function set_target_fields(ind, t, line, what)
  if t.value ~= nil then
    if type(t.value) ~= "string" then
      problem(line, _("%s: value must be a formula in quotes"):format(what), 'value = "a / b"')
    else
      ind.value = { text = t.value, line = line, file = script_file() }
    end
  end
  for _k, k in ipairs({ "target", "levels", "tiers" }) do
    local v = t[k]
    if v ~= nil then
      if type(v) ~= "table" and type(v) ~= "string" and not is_na(v) then
        problem(line, _("%s: %s must be a table (or one target in quotes)"):format(what, k))
      elseif k == "target" and type(v) == "table" and type(ind.target) == "table" and v ~= NA then
        for key, tv in next, v do ind.target[key] = tv end      -- amend: the years it gives
      elseif type(v) == "table" and v ~= NA then
        local copy = {}
        for key, tv in next, v do copy[key] = tv end
        ind[k] = copy
      else
        ind[k] = v
      end
      ind.target_line = line
    end
  end
end

-- A target as a yes/no formula over `value`, or NA. See docs/language.md, section 3c.
local function target_formula(v)
  if is_na(v) then return NA end
  if type(v) ~= "string" then return nil end
  if #v > MAX_FORMULA then return v end       -- parse_into says so; "^%s*(.-)%s*$" would take
                                              -- time in the square of the length
  local match = string.match                  -- the real one: scripts' strings have no match
  local t = match(v, "^%s*(.-)%s*$")
  if t == "*" then return NA end
  if t == "yes" then return "value" end
  if t == "no" then return "not value" end
  if match(t, "^[<>=~]") then return "value " .. t end
  if match(t, "^[%d.]+%s*%%?$") then return "value >= " .. t end
  return t
end

local function contexts(t)
  local line = script_line()
  if D.contexts then problem(line, _("contexts are declared twice"), _("one contexts { … } per script")) end
  if type(t) ~= "table" then fail(_("contexts needs a table"), 'contexts { periods = { 2022, 2023 } }') end
  local c = { items = {}, line = line }
  local n = 0
  for _k, kind in ipairs({ "periods", "levels", "tiers" }) do
    if t[kind] ~= nil then n = n + 1; c.kind = kind end
  end
  if n ~= 1 then
    fail(_("contexts needs exactly one of periods, levels or tiers"),
         'contexts { periods = { 2022, 2023, 2024, 2025 } }')
  end
  local list = t[c.kind]
  if type(list) ~= "table" or #list == 0 then fail(_("contexts: %s must be a list"):format(c.kind)) end
  for i, item in ipairs(list) do
    if c.kind == "periods" then
      if math.type(item) ~= "integer" then problem(line, _("contexts: each period must be a year, like 2024")) end
      c.items[i] = { code = tostring(item), label = tostring(item) }
    elseif c.kind == "levels" then
      if type(item) ~= "string" then problem(line, _("contexts: each level must be its name in quotes")) end
      c.items[i] = { code = tostring(i), label = tostring(item) }
    else
      if type(item) ~= "table" or type(item[1]) ~= "string" or type(item[2]) ~= "string" then
        fail(_("contexts: each tier must be { code, name }"), '{ "cds", "Chuyển đổi số" }')
      end
      c.items[i] = { code = item[1], label = item[2] }
    end
  end
  D.contexts = c
end

local RECOGNITION_FIELDS = { rule = "string", tier = "string", source = "string", note = "string" }

-- recognition "name" { "text", rule = "…", tier = "cds" }
local function recognition(name)
  code_arg("recognition", name)
  local line = script_line()
  return function(t)
    local what = _("recognition %s"):format(name)
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(_("%s needs its text first"):format(what), 'recognition "' .. name .. '" { "…", rule = "all_met()" }')
    end
    local rec = { name = name, text = t[1], line = line, file = script_file() }
    copy_fields(t, rec, RECOGNITION_FIELDS, what, line)
    for _k, other in ipairs(D.recognitions) do
      if other.name == name then problem(line, _("%s is declared twice"):format(what)) end
    end
    if type(t.rule) ~= "string" then
      problem(line, _("%s has no rule"):format(what), 'rule = "all_met()"')
    else
      rec.rule = parse_into({ text = t.rule, line = line, file = rec.file })
    end
    D.recognitions[#D.recognitions + 1] = rec
  end
end

local LEVEL_RULE_FIELDS = { registered = "string", source = "string", note = "string" }

local function level_rule(t)
  local line = script_line()
  if type(t) ~= "table" or t[1] ~= "cumulative" then
    fail(_('level_rule needs its kind: "cumulative" (the one tieuchi knows)'),
         'level_rule { "cumulative", registered = "muc_do_dang_ky" }')
  end
  if D.level_rule then problem(line, _("level_rule is declared twice")) end
  local lr = { kind = t[1], line = line, file = script_file() }
  copy_fields(t, lr, LEVEL_RULE_FIELDS, "level_rule", line)
  D.level_rule = lr
end

-- A file a script names (its children's script) lies beside it or below its folder:
-- no absolute path, no "..", a .lua name. The host applies the same rule to extends.
local function local_path(path)
  return #path >= 5 and string_sub(path, 1, 1) ~= "/" and not string_find(path, "..", 1, true)
         and string_sub(path, -4) == ".lua"
end

local function children(t)
  local line = script_line()
  if type(t) ~= "table" or type(t.script) ~= "string" then
    fail(_("children needs the children's script"), 'children { script = "121-2025-xa.lua" }')
  end
  if not local_path(t.script) then
    fail(_("children: the children's script must be a .lua file in the script's folder or below "
           .. "it (no absolute path, no \"..\"): criteria scripts may not read other files"),
         'children { script = "121-2025-xa.lua" }')
  end
  if D.children then problem(line, _("children is declared twice")) end
  D.children = { script = t.script, line = line, note = type(t.note) == "string" and t.note or nil }
end

-- extends "base.lua": run the base script here, first; this script then changes it.
local function extends(path)
  if type(path) ~= "string" then fail(_("extends needs the base script's path in quotes"), 'extends "1829-2023-xa.lua"') end
  if D.base or D.decision or #D.indicators > 0 then
    fail(_("extends must come first, and once"), _("put extends \"…\" on the first line of the script"))
  end
  local text, chunkname = read_base(path)
  if text == nil then fail(_("extends: %s"):format(tostring(chunkname))) end
  sources[chunkname] = true
  D.base = string.sub(chunkname, 2)
  local f, err = load(text, chunkname, "t", sandbox_env)
  if type(err) == "table" then err = err.msg end  -- the parser's own errors pass the host's handler
  if f == nil then fail(_("extends: the base script is not valid Lua: %s"):format(tostring(err))) end
  f()
  D.base_decision, D.decision = D.decision, nil
end

local AMEND_FIELDS = { unit = "string", evidence = "string", agency = "string",
  source = "string", note = "string", legal = "string", responsible = "string" }

-- amend "1.11" { target = { [2024] = na }, note = "…" }: change a criterion of the base.
local function amend(code)
  code_arg("amend", code)
  local line = script_line()
  return function(t)
    local what = _("amend %s"):format(code)
    local ind = by_code[code]
    if ind == nil then
      problem(line, _("%s: there is no criterion \"%s\""):format(what, code), _("amend changes a criterion the script or its base declares"))
      return
    end
    if type(t) ~= "table" then fail(_("%s needs a table of the fields it changes"):format(what)) end
    if type(t[1]) == "string" then ind.text = t[1] end
    copy_fields(t, ind, AMEND_FIELDS, what, line, function(k) return TARGET_FIELDS[k] end)
    if t.value ~= nil and ind.value == nil then
      problem(line, _("%s: %s is scored in points; it cannot get a value"):format(what, code))
    else
      set_target_fields(ind, t, line, what)
    end
    ind.amended = true
  end
end

-- as_written = { [key] = TARGET }: the decision's own targets where the script chose
-- otherwise, as ind.written_targets { ctx, raw, rule }, for check only.
local function build_written(ind, c, line, file, what)
  local spec = ind.as_written_targets
  if spec == nil then return end
  ind.written_targets = {}
  for _, key in ipairs(sorted_keys(spec)) do
    local i
    for k, item in ipairs(c.items) do
      if item.code == tostring(key) then i = k end
    end
    local text = target_formula(spec[key])
    if i == nil then
      problem(line, what .. ": as_written has a target for " .. tostring(key)
              .. ", which is not one of the contexts", nil, file)
    elseif type(text) == "string" then
      ind.written_targets[#ind.written_targets + 1] = { ctx = i, raw = tostring(spec[key]),
        rule = parse_into({ text = text, line = line, generated = true, file = file }) }
    end
  end
end

-- The targets of criterion ind, one per context, as formulas (finish() calls this).
local function build_targets(ind)
  local c, what = D.contexts, _("indicator %s"):format(ind.code)
  local line, file = ind.target_line or ind.line, ind.file
  ind.value = parse_into(ind.value)
  ind.targets = {}
  if c == nil then
    problem(ind.line, _("%s has a value but the script declares no contexts"):format(what),
            "contexts { periods = { 2022, 2023, 2024, 2025 } } after the decision", file)
    return
  end
  local function add(i, raw, kind)
    local text = target_formula(raw)
    local tg = { ctx = i, raw = tostring(raw), kind = kind }
    if text == nil then
      problem(line, _("%s: the target for %s must be text in quotes or na"):format(what, c.items[i].label), nil, file)
    elseif text ~= NA then
      tg.rule = parse_into({ text = text, line = line, generated = true, file = file })
      tg.assigned = true
    end
    ind.targets[#ind.targets + 1] = tg
  end
  local needs = { periods = "target", levels = "levels", tiers = "tiers" }
  for k, kind in next, needs do
    if ind[kind] ~= nil and k ~= c.kind then
      problem(line, _("%s: '%s' does not fit contexts of %s"):format(what, kind, c.kind),
              _("use %s = { … }"):format(needs[c.kind]), file)
    end
  end
  local spec = ind[needs[c.kind]]
  if spec == nil then
    problem(line, _("%s has a value but no %s"):format(what, needs[c.kind]),
            needs[c.kind] .. " = { … } (docs/language.md, section 3c)", file)
    return
  end
  build_written(ind, c, line, file, what)
  if c.kind == "periods" then
    local seen = {}
    for i, item in ipairs(c.items) do
      local raw = spec
      if type(spec) == "table" and not is_na(spec) then
        raw = spec[tonumber(item.code)]
        if raw == nil then raw = spec[item.code] end
        seen[tonumber(item.code)] = true
        seen[item.code] = true
      end
      if raw == nil then
        problem(line, _("%s: no target for %s"):format(what, item.label),
                _("give one, or na when the decision does not assign it that year (*)"), file)
      else
        add(i, raw, nil)
      end
    end
    if type(spec) == "table" and not is_na(spec) then
      for key in next, spec do
        if not seen[key] then problem(line, _("%s: a target for %s, which is not a period of the contexts"):format(what, tostring(key)), nil, file) end
      end
    end
  elseif c.kind == "levels" then
    if type(spec) ~= "table" or is_na(spec) or #spec ~= #c.items then
      problem(line, _("%s: levels must list one target per level (%d)"):format(what, #c.items),
              _("na where the decision says \"Không áp dụng\""), file)
      return
    end
    for i = 1, #c.items do add(i, spec[i], nil) end
  else
    if type(spec) ~= "table" or is_na(spec) then
      problem(line, _("%s: tiers must be a table { tier = { mandatory, \"target\" } }"):format(what), nil, file)
      return
    end
    local index = {}
    for i, item in ipairs(c.items) do index[item.code] = i end
    for _k, code in ipairs(sorted_keys(spec)) do
      local e, i = spec[code], index[code]
      if i == nil then
        problem(line, _("%s: there is no tier \"%s\""):format(what, tostring(code)), nil, file)
      elseif not is_na(e) then
        if type(e) ~= "table" or not KINDS[e[1]] then
          problem(line, _("%s: tier %s needs { mandatory or extended, \"target\" }"):format(what, code),
                  nil, file)
        else
          add(i, e[2], e[1])
        end
      end
    end
  end
end

local function indicator(code)
  code_arg("indicator", code)
  local line = script_line()
  return function(t)
    local what = _("indicator %s"):format(code)
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(_("%s needs its text first"):format(what), 'indicator "' .. code .. '" { "Tên chỉ số", max = 20, score = "…" }')
    end
    if by_code[code] then problem(line, _("%s is declared twice"):format(what)) end
    local ind = { code = code, text = t[1], line = line, locals = {}, group = #D.groups }
    if #D.groups == 0 then
      problem(line, _("%s comes before any group"):format(what), 'declare group "1" { "…", max = … } first')
    end
    local function is_input(k, v)
      if k == "score" or k == "as_written" or TARGET_FIELDS[k] then return true end
      if type(v) ~= "table" then return false end
      if made(v, INPUT) then
        local col = add_input(code .. "." .. tostring(k), made(v, INPUT), code)
        ind.locals[#ind.locals + 1] = { name = tostring(k), input = col.name, line = v.line }
        return true
      elseif made(v, SHARED) then
        ind.locals[#ind.locals + 1] = { name = tostring(k), input = v.name, shared = true, line = v.line }
        if not shared_inputs[v.name] then
          problem(v.line, _("%s: '%s' is bound to '%s', which is not a shared input"):format(what, tostring(k), v.name),
                  _("declare it in inputs { … }"))
        end
        return true
      end
      return false
    end
    copy_fields(t, ind, INDICATOR_FIELDS, what, line, is_input)
    ind.file = script_file()
    if ind.max_stated == nil then ind.max_stated = true end
    if t.value ~= nil then                     -- a criterion met or not (section 3c)
      if t.score ~= nil then problem(line, _("%s has both a score and a value"):format(what),
                                     _("a criterion has a value and targets; an indicator scored in points has a score")) end
      if t.max ~= nil then problem(line, _("%s: a criterion with a value has no max"):format(what),
                                   _("remove max, or give a score instead of a value")) end
      set_target_fields(ind, t, line, what)
    else
      if t.max == nil then problem(line, _("%s has no max"):format(what), "max = 20") end
      for k in next, TARGET_FIELDS do
        if t[k] ~= nil then
          problem(line, _("%s: '%s' needs a value"):format(what, k), 'value = "a / b"')
        end
      end
      ind.score = score_of(t.score, line, what)
    end
    -- as_written: the decision's own rule exactly as it states it, defects included, so that
    -- check can point at them while score (or the targets) hold the script's choice. For a
    -- points indicator a formula; for a criterion, the targets that differ, by context.
    if t.value ~= nil and type(t.as_written) == "table" then
      ind.as_written_targets = t.as_written
    elseif t.value == nil and type(t.as_written) == "string" then
      ind.as_written = score_of(t.as_written, line, what .. " (as_written)")
    elseif t.as_written ~= nil then
      problem(line, what .. ": as_written must be " .. (t.value ~= nil
              and "a table of targets" or "a formula in quotes"), t.value ~= nil
              and 'as_written = { nang_cao = "100" }'
              or 'as_written = "case ty_le when > 75% then max when < 75% then ty_le / 75% * max end"')
    end
    by_code[code] = ind
    D.indicators[#D.indicators + 1] = ind
  end
end

-- substitute "dvctt" { "text", when = "formula", indicators = { "6.3", … } }
local function substitute(name)
  code_arg("substitute", name)
  local line = script_line()
  return function(t)
    local what = _("substitute %s"):format(name)
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(_("%s needs its text first"):format(what), 'substitute "' .. name
           .. '" { "…", when = "so_dvctt == 0", indicators = { "6.3" } }')
    end
    local sub = { name = name, text = t[1], line = line, indicators = {} }
    copy_fields(t, sub, SUBSTITUTE_FIELDS, what, line)
    if type(t.when) ~= "string" then
      problem(line, _("%s has no when"):format(what), 'when = "so_dvctt == 0"')
    else
      sub.when = parse_into({ text = t.when, line = line })
    end
    local list = type(t.indicators) == "table" and t.indicators or {}
    sub.indicators = {}
    for i, code in ipairs(list) do
      if type(code) ~= "string" then problem(line, _("%s: indicators must be codes in quotes"):format(what))
      else sub.indicators[i] = code end
    end
    if #sub.indicators == 0 then problem(line, _("%s lists no indicators"):format(what), 'indicators = { "6.3" }') end
    D.substitutions[#D.substitutions + 1] = sub
  end
end

------------------------------------------------------------------------------
-- List tables: rows of officials, enterprises, residents … whose aggregates per
-- unit are inputs (docs/language.md, "List tables")
------------------------------------------------------------------------------

local AGGREGATE_HINT = 'count_rows(), count_where "co_may_tinh", sum_of "so_nguoi" or share_where "co_dttm"'

-- count_rows(), count_where "cond", sum_of("column" [, "cond"]), share_where "cond".
local function aggregate(kind, name)
  return function(a, b)
    local line = script_line()
    local t = { kind = kind, line = line }
    if kind == "rows" then
      if a ~= nil then problem(line, _("count_rows() takes nothing: it counts the unit's rows"), "count_rows()") end
    elseif kind == "sum" then
      if type(a) ~= "string" then fail(_("sum_of needs the column it adds up, in quotes"), 'sum_of "so_nguoi"  or  sum_of("so_nguoi", "co_wifi")') end
      t.column = a
      if b ~= nil then
        if type(b) ~= "string" then fail(_("sum_of: the condition must be a formula in quotes"), 'sum_of("so_nguoi", "co_wifi")') end
        t.where = parse_into({ text = b, line = line })
      end
    else
      if type(a) ~= "string" then
        fail(_("%s needs a condition in quotes"):format(name), name .. ' "co_may_tinh"  or  ' .. name .. ' "co_dttm and co_pm_attt"')
      end
      t.where = parse_into({ text = a, line = line })
    end
    return make(AGGREGATE, t)
  end
end

local LIST_FIELDS = { key = "string", key_per_unit = "boolean", row_name = "string",
  source = "string", note = "string" }

local function list_columns(l, cols, what, line)
  if type(cols) ~= "table" then
    problem(line, _("%s has no columns"):format(what), 'columns = { ho_ten = text "Họ tên", co_may_tinh = yesno "Có máy tính" }')
    return
  end
  for _k, name in ipairs(sorted_keys(cols)) do
    local spec = made(cols[name], INPUT)
    if type(name) ~= "string" or spec == nil then
      problem(line, _("%s: column '%s' must have a type"):format(what, tostring(name)),
              tostring(name) .. ' = yesno "label"  (or count, amount, percent, choice, text)')
    else
      l.columns[#l.columns + 1] = { name = name, type = spec.type, label = spec.label, unit = spec.unit,
                                    blank = spec.blank, options = spec.options, line = spec.line }
    end
  end
  -- declaration order (what a template lists), names breaking ties on one line
  sort(l.columns, function(a, b) if a.line ~= b.line then return a.line < b.line end return a.name < b.name end)
end

local function list_inputs(l, ins, what, line)
  if type(ins) ~= "table" then
    problem(line, _("%s gives no inputs"):format(what), "inputs = { tong_cbcc = count_rows(), [\"4.3.a\"] = count_where \"co_may_tinh\" }")
    return
  end
  for _k, name in ipairs(sorted_keys(ins)) do
    local a = made(ins[name], AGGREGATE)
    if type(name) ~= "string" or a == nil then
      problem(line, _("%s: input '%s' must be an aggregate of the list"):format(what, tostring(name)), AGGREGATE_HINT)
    else
      l.aggregates[#l.aggregates + 1] = { input = name, kind = a.kind, column = a.column,
                                          where = a.where, line = a.line }
    end
  end
end

-- list "can_bo" { "title", key = …, row_name = …, columns = { … }, inputs = { … } }
local function list(name)
  code_arg("list", name)
  local line = script_line()
  return function(t)
    local what = _("list %s"):format(name)
    if type(t) ~= "table" or type(t[1]) ~= "string" then
      fail(_("%s needs its title first"):format(what), 'list "' .. name .. '" { "Mẫu 1.4. Danh sách …", columns = { … }, inputs = { … } }')
    end
    local l = { name = name, title = t[1], line = line, file = script_file(), columns = {}, aggregates = {} }
    copy_fields(t, l, LIST_FIELDS, what, line, function(k) return k == "columns" or k == "inputs" end)
    list_columns(l, t.columns, what, line)
    list_inputs(l, t.inputs, what, line)
    for _k, other in ipairs(D.lists) do
      if other.name == name then problem(line, _("%s is declared twice"):format(what)) end
    end
    D.lists[#D.lists + 1] = l
  end
end

------------------------------------------------------------------------------
-- The sandbox environment
------------------------------------------------------------------------------

-- tostring of a table or a function shows where it lies in memory, which changes from
-- run to run (and tells where the host is loaded): the same script must always declare
-- the same, so scripts get the type's name instead.
local ADDRESSED = { table = true, ["function"] = true, thread = true, userdata = true }
local function safe_tostring(v)
  if ADDRESSED[type(v)] and v ~= NA then return type(v) end
  return tostring(v)
end

-- Why the library functions left out are left out, in the words of the message.
local LEFT_OUT = {
  ["string.rep"] = _("it makes texts big enough to fill the memory in one step"),
  ["string.dump"] = _("it makes precompiled code (bytecode), which criteria scripts may not load"),
  ["string.match"] = _("Lua patterns can run for hours inside one step; string.find searches plain text"),
  ["math.random"] = _("a script must declare the same decision on every run"),
}
LEFT_OUT["string.gmatch"], LEFT_OUT["string.gsub"] = LEFT_OUT["string.match"], LEFT_OUT["string.match"]
LEFT_OUT["math.randomseed"] = LEFT_OUT["math.random"]

-- Reading a library field that is not offered names it.
local function lookup(t, name)
  return function(_t, k)
    local v = t[k]
    if v == nil then
      local field = name .. "." .. safe_tostring(k)
      local why = LEFT_OUT[field]
      error(why and _("'%s' is not available in criteria scripts: %s"):format(field, why)
              or _("'%s' is not available in criteria scripts"):format(field), 2)
    end
    return v
  end
end

-- A read-only view of t: writes fail, and its metatable cannot be reached.
local function readonly(t, name)
  return setmetatable({}, {
    __index = lookup(t, name),
    __newindex = function() error(_("%s is read-only in criteria scripts"):format(name), 2) end,
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
-- The library function f for a wrapper around it, which must call this in tail position
-- (return lib_call(…)): Lua places f's errors ("bad argument #1 to 'find'") at the
-- caller of f, which would be the wrapper, here in the prelude; at level 2 from here
-- they are at the script's line.
local function lib_call(f, ...)
  local r = pack(pcall(f, ...))
  if not r[1] then error(r[2], 2) end
  return unpack(r, 2, r.n)
end

-- Even a plain search compares the text sought at every position of the text searched:
-- up to (#s - #sub + 1) × #sub byte comparisons in one call, in C (2^28: a tenth of a
-- second or so).
local MAX_FIND_WORK = 1 << 28
safe_string.find = function(s, sub, init)
  if type(s) == "string" and type(sub) == "string" and #sub <= #s
     and (#s - #sub + 1) * #sub > MAX_FIND_WORK then
    error(_("string.find: searching a text of %d bytes for one of %d bytes is more work than "
            .. "criteria scripts may do in one step"):format(#s, #sub), 2)
  end
  return lib_call(string_find, s, sub, init, true)
end

-- string.format: "%p" shows where a value lies in memory, "%s" of a table or a function
-- too (see safe_tostring).
local format, match = string.format, string.match
local function uses_pointer(fmt)
  local i = string_find(fmt, "%", 1, true)
  while i do
    local conv = match(fmt, "^[-+ #%d.]*(.)", i + 1)
    if conv == "p" then return true end
    i = string_find(fmt, "%", i + (conv == "%" and 2 or 1), true)
  end
  return false
end
safe_string.format = function(fmt, ...)
  if type(fmt) == "string" and uses_pointer(fmt) then
    error(_("string.format: '%p' shows where values lie in memory, which criteria scripts "
            .. "may not use"), 2)
  end
  local args = pack(...)
  for i = 1, args.n do
    if ADDRESSED[type(args[i])] then args[i] = safe_tostring(args[i]) end
  end
  return lib_call(format, fmt, unpack(args, 1, args.n))
end
-- ("x"):rep(1e12) goes through the string metatable: point it at the safe copy.
getmetatable("").__index = lookup(safe_string, "string")

-- table.move runs its loop in C: table.move({}, 1, 1e15, 2) would never return. A
-- table of more than 2^22 elements does not fit in the memory criteria scripts get.
local MAX_MOVE = 1 << 22
local safe_table = copy_except(table, {})
safe_table.move = function(a1, f, e, t, a2)
  local first, last = tonumber(f), tonumber(e)
  if first and last and last - first >= MAX_MOVE then
    error(_("table.move: moving more than %d elements is more work than criteria scripts may "
            .. "do in one step"):format(MAX_MOVE), 2)
  end
  return lib_call(table.move, a1, f, e, t, a2)
end

-- pairs in a fixed order: Lua's order depends on where the keys lie in memory and
-- changes from run to run, and a script that declares indicators in a pairs loop must
-- declare them in the same order every time. Numbers first, then texts, then false and
-- true; other keys (tables, functions) last, in Lua's order.
local KEY_RANK = { number = 1, string = 2, boolean = 3 }
local function key_before(a, b)
  local ra, rb = KEY_RANK[type(a)] or 4, KEY_RANK[type(b)] or 4
  if ra ~= rb then return ra < rb end
  if ra == 3 then return b and not a end
  if ra == 4 then return false end
  return a < b
end
local function sorted_pairs(t)
  if type(t) ~= "table" then
    error("bad argument #1 to 'pairs' (table expected, got " .. type(t) .. ")", 2)
  end
  local keys, i = {}, 0
  for k in next, t do keys[#keys + 1] = k end
  sort(keys, key_before)
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, t[k] end
  end, t, nil
end

-- error and assert raise only messages. The host takes an error table for the
-- prelude's own structured error: a script raising { msg = …, line = … } could put
-- any line and hint in the report.
local NOT_A_MESSAGE = _("the script raised an error that is not a message")
local function is_message(v) return type(v) == "string" or type(v) == "number" end
local function script_error(msg, level)
  if not is_message(msg) then msg = NOT_A_MESSAGE end
  if math.type(level) ~= "integer" then level = 1 end
  error(msg, level > 0 and level + 1 or 0)
end
local function script_assert(v, msg, ...)
  if v then return v, msg, ... end
  if msg == nil then msg = "assertion failed!" elseif not is_message(msg) then msg = NOT_A_MESSAGE end
  error(msg, 0)                               -- as Lua's assert: the host adds the line
end

local FORBIDDEN = { io = true, os = true, debug = true, package = true, require = true,
  dofile = true, loadfile = true, collectgarbage = true, rawset = true, rawget = true,
  setmetatable = true, getmetatable = true, print = true, loadstring = true, lpeg = true,
  pcall = true, xpcall = true, coroutine = true, rawequal = true, rawlen = true }

local vocabulary = {
  decision = decision, inputs = inputs, group = group, indicator = indicator,
  shared = shared, substitute = substitute,
  contexts = contexts, recognition = recognition, level_rule = level_rule,
  children = children, extends = extends, amend = amend, list = list,
  count_rows = aggregate("rows"), count_where = aggregate("where", "count_where"),
  sum_of = aggregate("sum"), share_where = aggregate("share", "share_where"),
  na = NA, mandatory = "mandatory", extended = "extended",
  assert = script_assert, error = script_error, ipairs = ipairs, next = next,
  pairs = sorted_pairs, select = select, tonumber = tonumber, tostring = safe_tostring,
  type = type,
  string = readonly(safe_string, "string"), table = readonly(safe_table, "table"),
  math = readonly(copy_except(math, { random = true, randomseed = true }), "math"),
  utf8 = readonly(utf8, "utf8"),
}
for _k, kind in ipairs(TYPES) do vocabulary[kind] = input_constructor(kind) end

local env = setmetatable({}, {
  __index = function(_t, k)
    local v = vocabulary[k]
    if v ~= nil then return v end
    if FORBIDDEN[k] then
      error(_("'%s' is not available in criteria scripts: a script only declares a decision "
              .. "(it cannot read files, run programs or load modules)"):format(k), 2)
    end
    error(_("unknown name '%s'"):format(safe_tostring(k)), 2)
  end,
  __newindex = function(_t, k)
    error(_("criteria scripts cannot set the global '%s': write 'local %s = …'"):format(
          safe_tostring(k), safe_tostring(k)), 2)
  end,
  __metatable = false,
})
sandbox_env = env

-- load: text only, and into the sandbox (never the host's globals). The chunk's name is
-- Lua's default ([string "…"]): a name like "@criteria/x.lua" would make the loaded
-- code's errors look like lines of the script.
vocabulary.load = function(chunk)
  if type(chunk) ~= "string" then
    error(_("load: only text can be loaded in criteria scripts"), 2)
  end
  if chunk:byte(1) == 27 then
    error(_("load: binary (precompiled) chunks are not allowed in criteria scripts"), 2)
  end
  return load(chunk, nil, "t", env)
end

------------------------------------------------------------------------------
-- The prelude object
------------------------------------------------------------------------------

local P = { env = env }

P.stdlib_api = {
  fail = fail,
  _ = _,                                      -- translate, as in this file
  pattern = function(name, shown, text)
    return make(PATTERN, { name = name, shown = shown, text = text, line = script_line() })
  end,
}

function P.export(t)
  for k, v in next, t do
    if vocabulary[k] ~= nil then error("stdlib redefines '" .. k .. "'") end
    vocabulary[k] = v
  end
end

-- C reads names, labels and codes as C strings, which end at the first NUL byte: a
-- "\0" in a script's string would silently cut them (two codes could become one).
-- The first line holding one, or nil. Formula records are skipped: parse_into checks
-- their text.
local function nul_line(v, line, seen)
  if type(v) == "string" then return string_find(v, "\0", 1, true) and line or nil end
  if type(v) ~= "table" or seen[v] or v.ast or v.error then return nil end
  seen[v] = true
  if math.type(v.line) == "integer" and v.line > 0 then line = v.line end
  local first
  for k, x in next, v do
    local l = nul_line(k, line, seen) or nul_line(x, line, seen)
    if l and (first == nil or l < first) then first = l end
  end
  return first
end

function P.finish()
  if D.decision == nil then
    problem(1, _("the script declares no decision"), 'start with decision "province/number-year-level" { title = "…", … }')
  end
  if #D.indicators == 0 then problem(1, _("the script declares no indicator")) end
  for _k, ind in ipairs(D.indicators) do
    if ind.value ~= nil then build_targets(ind) end
  end
  local nul = nul_line(D, 1, {})
  if nul then
    problem(nul, _("a text in quotes contains a NUL byte (\\0), which criteria scripts may not contain"),
            _("remove the \\0: names, labels and codes are plain text"))
  end
  return D
end

return P
