--[[
** lang/formula.lua — the grammar of the formula language, written with LPeg.
**
** parse(text) returns the formula's tree, or nil and an error { pos = N, msg = "…" }
** where pos is a 1-based byte offset into text. Every node carries `pos` and `stop`
** (offsets of its first byte and one past its last), so the host can quote and
** locate any sub-expression. The node shapes are listed in docs/architecture.md
** ("The formula tree") and read by src/boundary.c.
**
** Errors: the grammar records the farthest position at which a required token
** failed and the names of what was expected there (the classic farthest-failure
** technique; Debian's LPeg 1.0.2 has no labelled failures).
]]

local lpeg, translate = ...          -- handed in by the host: never globals
-- A message in the user's language (src/i18n.h; xgettext reads the _("…") of this file).
local _ = translate or function(s) return s end
local P, R, S, V, C, Ct, Cp, Cc, Carg, Cmt =
  lpeg.P, lpeg.R, lpeg.S, lpeg.V, lpeg.C, lpeg.Ct, lpeg.Cp, lpeg.Cc, lpeg.Carg, lpeg.Cmt
-- String functions as locals: the string metatable that scripts see has no patterns.
local tonumber, next, concat, sort, match, sub = tonumber, next, table.concat, table.sort,
  string.match, string.sub
local _ENV = nil

-- Farthest-failure bookkeeping. The state table is passed as lpeg.match's extra
-- argument (Carg(1)), so parsing is reentrant.
local function expected(what)
  return Cmt(Carg(1), function(_, pos, st)
    if pos > st.far then st.far, st.want = pos, { [what] = true }
    elseif pos == st.far then st.want[what] = true end
    return false
  end)
end

local comment = P"--" * (1 - P"\n")^0
local sp = (S" \t\r\n" + comment)^0
local idstart = R("az", "AZ") + P"_" + R"\128\255"
local idchar = idstart + R"09"

local keywords = { ["if"]=1, ["then"]=1, ["elseif"]=1, ["else"]=1, ["end"]=1, ["case"]=1,
                   ["when"]=1, ["and"]=1, ["or"]=1, ["not"]=1 }

local function kw(word) return P(word) * -idchar * sp end
local function need_kw(word) return kw(word) + expected("'" .. word .. "'") end
local function sym(s) return P(s) * sp end

local name = Cmt(C(idstart * idchar^0), function(_, _, id)
  return not keywords[id], id
end)

-- Node builders: every capture list starts with the start position and ends with
-- the stop position (before trailing space).
local function num(pos, digits, pct, stop)
  local v = tonumber(digits)
  if pct == "%" then v = v / 100 end
  return { tag = "num", pos = pos, stop = stop, value = v, text = digits .. pct,
           pct = pct == "%" }
end
local function str(pos, s, stop) return { tag = "str", pos = pos, stop = stop, value = s } end
local function ref(pos, id, stop) return { tag = "name", pos = pos, stop = stop, name = id } end
local function call(pos, fn, args, stop)
  return { tag = "call", pos = pos, stop = stop, fn = fn, args = args }
end
local function unary(pos, op, arg) return { tag = "un", pos = pos, stop = arg.stop, op = op, arg = arg } end

-- Fold a flat capture list { e1, op1, e2, op2, e3 } into left-associative nodes.
local function fold(list)
  local acc = list[1]
  for i = 2, #list, 2 do
    local rhs = list[i + 1]
    acc = { tag = "bin", op = list[i], lhs = acc, rhs = rhs, pos = acc.pos, stop = rhs.stop }
  end
  return acc
end

local function if_node(pos, parts, stop)
  -- parts: { c1, t1, c2, t2, …, else }
  local n = { tag = "if", pos = pos, stop = stop, conds = {}, thens = {} }
  for i = 1, #parts - 1, 2 do
    n.conds[#n.conds + 1], n.thens[#n.thens + 1] = parts[i], parts[i + 1]
  end
  n.els = parts[#parts]
  return n
end

local function arm_cmp(pos, op, value, result)
  return { kind = "cmp", op = op, value = value, result = result, pos = pos, stop = result.stop }
end
local function arm_range(pos, lo, hi, result)
  return { kind = "range", lo = lo, hi = hi, result = result, pos = pos, stop = result.stop }
end
local function arm_eq(pos, value, result)
  return { kind = "eq", value = value, result = result, pos = pos, stop = result.stop }
end
-- make_arm(pos, op, value, result) | (pos, "range", lo, hi, result) | (pos, "eq", value, result)
local function make_arm(pos, a, b, c, d)
  if a == "range" then return arm_range(pos, b, c, d)
  elseif a == "eq" then return arm_eq(pos, b, c)
  else return arm_cmp(pos, a, b, c) end
end

local function case_node(pos, subject, arms, els, stop)
  if stop == nil then els, stop = nil, els end   -- no else: the captures shift by one
  return { tag = "case", pos = pos, stop = stop, subject = subject, arms = arms, els = els }
end

-- A parenthesised expression covers its brackets, so quoting it shows them.
local function paren(pos, e, stop)
  e.pos, e.stop = pos, stop
  return e
end

local function step(pos, id, expr) return { name = id, pos = pos, expr = expr } end
local function program(steps, result) return { tag = "prog", steps = steps, result = result } end

local E = expected(_("an expression"))
local mark = Cp()                    -- start or stop position
-- "end" closing an if or case: the node stops after it.
local end_mark = (P"end" * -idchar + expected("'end'")) * mark * sp
local cmpop = C(P"==" + P"~=" + P"<=" + P">=" + P"<" + P">") * sp

local grammar = P{
  "Program",
  Program = sp * Ct(V"Step"^0) * (V"Expr" + E) * (-P(1) + expected(_("an operator or the end of the formula")))
            / program,
  Step = (mark * name * sp * P"=" * -P"=" * sp * (V"Expr" + E)) / step,
  Expr = V"Or",
  Or = Ct(V"And" * (C(P"or") * -idchar * sp * (V"And" + E))^0) / fold,
  And = Ct(V"Not" * (C(P"and") * -idchar * sp * (V"Not" + E))^0) / fold,
  Not = (mark * C(P"not") * -idchar * sp * (V"Not" + E)) / unary + V"Cmp",
  Cmp = Ct(V"Add" * (cmpop * (V"Add" + E))^-1) / fold,
  Add = Ct(V"Mul" * (C(S"+-") * sp * (V"Mul" + E))^0) / fold,
  Mul = Ct(V"Unary" * (C(S"*/") * sp * (V"Unary" + E))^0) / fold,
  Unary = (mark * C(P"-") * sp * (V"Unary" + E)) / unary + V"Primary",
  Primary = V"Number" + V"String" + V"If" + V"Case" + V"Call" + V"Ref"
            + (mark * sym"(" * (V"Expr" + E) * (P")" + expected("')'")) * mark * sp) / paren,
  Number = (mark * C(R"09"^1 * (P"." * R"09"^1)^-1) * C(P"%"^-1) * mark * sp) / num,
  String = (mark * (P'"' * C((1 - S'"\n')^0) * (P'"' + expected(_("a closing '\"'")))
                  + P"'" * C((1 - S"'\n")^0) * (P"'" + expected(_("a closing \"'\"")))) * mark * sp) / str,
  Ref = (mark * name * mark * sp) / ref,
  Call = (mark * name * sp * sym"(" * Ct((V"Expr" * (sym"," * (V"Expr" + E))^0)^-1)
          * (P")" + expected("')'")) * mark * sp) / call,
  If = (mark * kw"if" * Ct((V"Expr" + E) * need_kw"then" * (V"Expr" + E)
          * (kw"elseif" * (V"Expr" + E) * need_kw"then" * (V"Expr" + E))^0
          * need_kw"else" * (V"Expr" + E)) * end_mark) / if_node,
  Case = (mark * kw"case" * (V"Expr" + E) * Ct(V"Arm"^1 + expected("'when'"))
          * (kw"else" * (V"Expr" + E))^-1 * end_mark) / case_node,
  Arm = (mark * kw"when" * (
            cmpop * (V"Add" + E) * need_kw"then" * (V"Expr" + E)
          + Cc"range" * V"Add" * sym".." * (V"Add" + E) * need_kw"then" * (V"Expr" + E)
          + Cc"eq" * V"Add" * need_kw"then" * (V"Expr" + E)
          + E)) / make_arm,
}

-- Quote the text found at an error position, for "found 'x'".
local function found_at(text, pos)
  if pos > #text then return _("the end of the formula") end
  local word = match(text, "^[%w_\128-\255]+", pos) or sub(text, pos, pos)
  if word == "\n" then return _("the end of the line") end
  return "'" .. word .. "'"
end

local function expected_list(want)
  local names = {}
  for k in next, want do names[#names + 1] = k end
  sort(names)                        -- deterministic: never let pairs order reach output
  if #names == 1 then return names[1] end
  return _("%s or %s"):format(concat(names, ", ", 1, #names - 1), names[#names])
end

local M = {}

function M.parse(text)
  local st = { far = 0, want = {} }
  local tree = grammar:match(text, 1, st)
  if tree then return tree end
  if st.far == 0 then st.far, st.want = 1, { [_("an expression")] = true } end
  return nil, { pos = st.far, msg = _("expected %s, found %s"):format(expected_list(st.want),
                                                                   found_at(text, st.far)) }
end

return M
