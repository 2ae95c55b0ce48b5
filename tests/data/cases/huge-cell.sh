#!/bin/sh
# 1 MB cells: in a count column (digits), in a yes/no column (quoted, with separators and
# line ends inside), in an ignored column, and a 1 MB header. Findings quote them cut
# short; the quoted one moves the next row's line number by 262144.
mb() { head -c 1048576 /dev/zero | tr '\0' "$1"; }
printf 'unit,name,số_hộ,1.1.n,2.1.a,3.1.p,4.1.co,5.1.truong_ban,6.1.kp,ghi_chu,'
mb h
printf '\nX01,Xã Một,1000,'
mb 9
printf ',500,80%%,có,chu_tich,1200.5,,\n'
printf 'X02,Xã Hai,1000,5,500,80%%,"'
awk 'BEGIN { for (i = 0; i < 262144; i++) print "a,b" }'
printf '",chu_tich,1200.5,,\n'
printf 'X03,Xã Ba,1000,3,500,80%%,có,chu_tich,1200.5,'
mb x
printf ',\n'
