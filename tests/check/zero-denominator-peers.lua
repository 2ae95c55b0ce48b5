-- expect: the denominator (peer_max(x) - peer_min(x)) can be 0
-- Min–max written out without the rule for every unit equal (the pattern min_max has one).
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "Kinh phí", max = 10, x = amount "x",
  score = "(x - peer_min(x)) / (peer_max(x) - peer_min(x)) * max" }
