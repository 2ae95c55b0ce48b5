-- expect: group 1 is worth 100 points, but its 2 indicators add up to 90
-- The group's max against its indicators' maxima.
decision "t/check" { title = "t" }
group "1" { "g", max = 100 }
indicator "1.1" { "x", max = 50, co = yesno "co", score = yes_no "co" }
indicator "1.2" { "y", max = 40, co = yesno "co", score = yes_no "co" }
