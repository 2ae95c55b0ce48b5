-- expect: the decision's total is 1000 points, but its groups add up to 900
-- The decision's total against its groups.
decision "t/check" { title = "t", total = 1000 }
group "1" { "g", max = 900 }
indicator "1.1" { "x", max = 900, co = yesno "co", score = yes_no "co" }
