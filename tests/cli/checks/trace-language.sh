#!/bin/sh
# The JSON trace is for machines: the same bytes whatever the language of messages (its keys,
# and the texts it carries — why a score is missing or undefined, the branch taken — are
# English; docs/architecture.md, "Messages and their language").
set -e
n=0
trace() {  # trace NAME SCRIPT DATA [OPTIONS]
  name=$1; shift
  for lang in vi en; do
    $RUNNER "$BUILD/tieuchi" run "$@" --format csv --lang $lang --trace "$TMP/$name.$lang.json" \
      >/dev/null 2>&1 || [ $? -eq 1 ]
  done
  if ! cmp -s "$TMP/$name.vi.json" "$TMP/$name.en.json"; then
    echo "$name: the trace differs between --lang vi and --lang en:"
    diff "$TMP/$name.vi.json" "$TMP/$name.en.json" | head -n 10
    exit 1
  fi
  n=$((n + 1))
}
trace hb-xa criteria/hoa-binh/1153-2023-xa.lua examples/hoa-binh/xa-2023.csv
trace hb-huyen criteria/hoa-binh/1153-2023-huyen.lua examples/hoa-binh/huyen-2023.csv
trace th-xa criteria/thanh-hoa/1829-2023-xa.lua examples/thanh-hoa/xa-2024.csv --period 2024
trace kt-huyen criteria/kon-tum/121-2025-huyen.lua examples/kon-tum/huyen-2025.csv --children examples/kon-tum/xa-2025.csv
trace yb-xa criteria/yen-bai/240-2024-xa.lua examples/yen-bai/xa-2024.csv
trace types tests/cli/fixtures/types.lua tests/cli/fixtures/types-sloppy.csv
trace peers tests/cli/fixtures/peers-substitution.lua tests/cli/fixtures/peers-substitution.csv
# and its texts are English: a Vietnamese message in it would be a translated one
if grep -l "thiếu dữ liệu\|không xác định\|chưa xác định\|đúng → then\| sai; \|chia cho 0" "$TMP"/*.vi.json; then
  echo "a translated message in a trace"; exit 1
fi
grep -q '"why":"missing: ' "$TMP/hb-xa.vi.json"
grep -q '"why":"ty_le >= 85% is true → then"' "$TMP/hb-xa.vi.json"
echo "$n traces identical in both languages"
