-- expect: shared input 'so_ho' is used by no formula
-- A shared input that no indicator binds or names.
decision "t/check" { title = "t" }
inputs { dan_so = count "Dân số", so_ho = count "Số hộ" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = shared "dan_so", score = ratio { "a", "b" } }
