-- expect: group 6: the decision states 500 points, but the maxima it states for its indicators add up to 450
-- An indicator whose max the decision does not give (Hòa Bình Sở 6.14).
decision "t/check" { title = "t" }
group "6" { "g", max = 500 }
indicator "6.1" { "x", max = 450, co = yesno "co", score = yes_no "co" }
indicator "6.14" { "y", max = 50, max_stated = false, co = yesno "co", score = yes_no "co",
  note = "the group total (500) implies 50 points" }
