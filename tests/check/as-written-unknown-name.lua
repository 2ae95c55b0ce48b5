-- expect: indicator 1.1: unknown name 'tyle' in as_written
-- A typing error in as_written would hide the decision's defects: it is an error.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Tỷ lệ", max = 10, a = count "a", b = count "b",
  score = capped_ratio { "a", "b", target = "50%" },
  as_written = "ty_le = a / b\ncase tyle when > 50% then max when < 50% then ty_le / 50% * max end" }
