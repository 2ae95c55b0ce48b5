-- expect: 0 warnings, 0 errors
-- A count is a whole number: "≥ 20; 10–19; 1–9; 0" leaves nothing out.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Số tin bài", max = 10, n = count "n",
  score = [[
    case n
      when >= 20 then max
      when 10 .. 19 then max / 2
      when 1 .. 9 then max / 4
      when 0 then 0
    end
  ]] }
