#!/bin/sh
# 100 000 columns besides the inputs: 20 are listed as ignored, the others counted in one
# finding; one of them repeats an input's column (1.1.N) and is reported on its own.
awk 'BEGIN {
  n = 100000
  printf "unit,name,số_hộ,1.1.n,2.1.a,3.1.p,4.1.co,5.1.truong_ban,6.1.kp"
  for (i = 1; i <= n; i++) printf ",%s", (i == 50000 ? "1.1.N" : "c" i)
  printf "\n"
  for (r = 1; r <= 3; r++) {
    printf "X%02d,Xã %d,1000,%d,500,80%%,có,chu_tich,1200.5", r, r, r * 4
    for (i = 1; i <= n; i++) printf ",%d", i % 10
    printf "\n"
  }
}'
