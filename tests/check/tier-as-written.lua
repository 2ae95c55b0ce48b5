-- expect: indicator 1.1, as the decision writes it: no arm covers ty_le when it is exactly 50 %
-- The decision's table (as_written) has a gap; the score chooses >= 50 % and is itself gap-free.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tỷ lệ", max = 10, a = count "a", b = count "b",
  score = capped_ratio { "a", "b", target = "50%" },
  as_written = [[
    ty_le = a / b
    case ty_le
      when > 50% then max
      when < 50% then ty_le / 50% * max
    end
  ]],
  note = "Văn bản bỏ sót đúng 50 %: tính điểm tối đa." }
