-- expect: the cap (5) is not a multiple of the points per item (2): item 3 adds only 1
-- "2 points each, at most 5" (Hòa Bình xã 3.9): a note, it may be meant.
decision "t/check" { title = "t" }
group "1" { "g", max = 5 }
indicator "1.1" { "Wifi", max = 5, n = count "n", score = "min(n * 2, 5)" }
