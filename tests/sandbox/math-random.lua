-- Attack: let a random number decide a maximum, so that results change from run to run.
-- Defence: math.random and math.randomseed are not in the sandbox.
decision "sandbox/math-random" { title = "Ngẫu nhiên", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
indicator "1.1" { "Tỷ lệ cán bộ", max = math.random(1, 10), score = "max" }
