-- expect: error: indicator 1.1
-- A yes/no compared with a number.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, co = yesno "co", score = "if co >= 1 then max else 0 end" }
