-- Attack: load a C module (the io library, or any .so on the search path) with require.
-- Defence: require is not in the sandbox.
decision "sandbox/require-module" { title = "Nạp mô-đun", province = "Thử nghiệm", level = "xa" }
group "1" { "Nhận thức số", max = 100 }
local lfs = require "io"
indicator "1.1" { "Tỷ lệ cán bộ", max = 10, score = "max" }
