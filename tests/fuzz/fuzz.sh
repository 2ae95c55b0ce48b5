#!/bin/sh
# tests/fuzz/fuzz.sh — run every libFuzzer harness of $FUZZ_BUILD for $FUZZ_SECONDS
# seconds each, one after the other (`make fuzz`; run from the repository's root, where
# the eval corpus finds the scripts its seeds extend). The committed corpus
# tests/fuzz/corpus/<harness>/ is read, never written: new inputs go to
# $FUZZ_BUILD/corpus/<harness>/. A crash, leak, timeout or sanitizer report is saved as
# $FUZZ_BUILD/artifacts/<harness>-… and makes the script fail, after the other harnesses
# ran. Prints, per harness, libFuzzer's "Done N runs in S second(s)".
FUZZ_BUILD=${FUZZ_BUILD:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-200}
# -timeout: a script's endless loop ends at the instruction budget (200 million), which
# takes a few seconds under the sanitizers; an input that runs longer hangs.
status=0
summary=""
for src in tests/fuzz/fuzz_*.c; do
  h=$(basename "$src" .c)
  h=${h#fuzz_}
  mkdir -p "$FUZZ_BUILD/corpus/$h" "$FUZZ_BUILD/artifacts"
  log="$FUZZ_BUILD/fuzz_$h.log"
  dict=""
  [ -f "tests/fuzz/$h.dict" ] && dict="-dict=tests/fuzz/$h.dict"
  echo "fuzz: $h: $FUZZ_SECONDS s (log: $log)"
  # shellcheck disable=SC2086
  "$FUZZ_BUILD/fuzz_$h" -max_total_time="$FUZZ_SECONDS" -timeout=25 -rss_limit_mb=2048 \
    -artifact_prefix="$FUZZ_BUILD/artifacts/$h-" $dict \
    "$FUZZ_BUILD/corpus/$h" "tests/fuzz/corpus/$h" >"$log" 2>&1
  rc=$?
  done_line=$(grep '^Done ' "$log" | tail -n 1)
  if [ $rc -ne 0 ]; then
    status=1
    done_line="FAILED (exit $rc): $(grep -E '^SUMMARY|ERROR:' "$log" | head -n 1)"
    grep -E 'Test unit written to' "$log"
  fi
  echo "fuzz: $h: $done_line"
  summary="$summary$h: $done_line
"
done
echo "fuzz: summary"
printf '%s' "$summary"
exit $status
