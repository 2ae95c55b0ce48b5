-- expect: no arm covers ty_le when it is exactly 75 %
-- "> 75 %: max; < 75 %: …" leaves exactly 75 % to no arm (Hòa Bình xã 3.5).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tỷ lệ", max = 10, a = count "a", b = count "b",
  score = [[
    ty_le = a / b
    case ty_le
      when > 75% then max
      when < 75% then ty_le / 75% * max
    end
  ]] }
