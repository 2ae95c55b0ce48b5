-- expect: 0 warnings, 0 errors
-- Steps that each name the step before twice, and an as_written step that names itself: the
-- analysis is bounded (a finding it cannot make in bounded time is not made), never a hang.
decision "t/check" { title = "t" }
group "1" { "g", max = 10 }
indicator "1.1" { "x", max = 10, a = count "a", b = count "b",
  score = [[
    s1 = a / b
    s2 = s1 + s1
    s3 = s2 + s2
    s4 = s3 + s3
    s5 = s4 + s4
    s6 = s5 + s5
    s7 = s6 + s6
    s8 = s7 + s7
    s9 = s8 + s8
    s10 = s9 + s9
    s11 = s10 + s10
    s12 = s11 + s11
    s13 = s12 + s12
    s14 = s13 + s13
    s15 = s14 + s14
    s16 = s15 + s15
    s17 = s16 + s16
    s18 = s17 + s17
    s19 = s18 + s18
    s20 = s19 + s19
    s21 = s20 + s20
    s22 = s21 + s21
    s23 = s22 + s22
    s24 = s23 + s23
    s25 = s24 + s24
    s26 = s25 + s25
    s27 = s26 + s26
    s28 = s27 + s27
    s29 = s28 + s28
    s30 = s29 + s29
    min(max, s30)
  ]],
  as_written = "t = t + t\nt" }
