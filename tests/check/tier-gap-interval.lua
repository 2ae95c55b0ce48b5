-- expect: no arm covers ty_le when it is from 69 % (excluded) to 70 %
-- "> 70 %; 50 %–69 %; < 50 %" leaves the rates above 69 % up to 70 % (Hòa Bình xã 4.4).
decision "t/check" { title = "t" }
group "1" { "g", max = 20 }
indicator "1.1" { "Tỷ lệ", max = 20, a = count "a", b = count "b",
  score = [[
    ty_le = a / b
    case ty_le
      when > 70% then max
      when 50% .. 69% then max / 2
      when < 50% then 0
    end
  ]] }
