-- expect: this arm overlaps arm 1 when ty_le is exactly 65 %
-- "≥ 65 %: max; ≤ 65 %: …" gives 65 % two results (Hòa Bình 8.2).
decision "t/check" { title = "t" }
group "1" { "g", max = 20 }
indicator "1.1" { "Tỷ lệ", max = 20, a = count "a", b = count "b",
  score = [[
    ty_le = a / b
    case ty_le
      when >= 65% then max
      when <= 65% then ty_le / 65% * max
    end
  ]] }
