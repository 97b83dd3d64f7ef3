#!/usr/bin/env bash
# Runs npm scripts side by side, as npm test does: the browser tests in one lane, and beside them
# (they leave part of the two cores idle while pages wait) the bench's smoke run, then the type
# checks, lint and unit tests, in turn. An argument "a+b+c" is a lane: its scripts run one after
# another, each whatever the last one's result. The first argument's output shows as it comes;
# each other lane's is printed whole after it, in the order given. Fails if any script failed,
# once every one has finished.
# Usage: bash scripts/run-together.sh test:e2e:built test:bench+check+lint+test:unit
set -uo pipefail

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
first=$1
shift

# Runs a lane's scripts in turn; prints "script: ok|FAILED" lines to its status file.
run_lane() {
  local lane=$1 status=$2 log=$3 script
  IFS='+' read -ra scripts <<<"$lane"
  for script in "${scripts[@]}"; do
    echo "── npm run $script" >>"$log"
    if npm run --silent "$script" >>"$log" 2>&1; then echo "$script: ok" >>"$status"; else echo "$script: FAILED" >>"$status"; fi
  done
}

pids=()
i=0
for lane in "$@"; do
  run_lane "$lane" "$logs/$i.status" "$logs/$i.log" &
  pids+=($!)
  i=$((i + 1))
done

failed=()
npm run --silent "$first" || failed+=("$first")
i=0
for lane in "$@"; do
  wait "${pids[$i]}"
  cat "$logs/$i.log"
  while read -r line; do
    echo "── npm run $line"
    [[ $line == *': FAILED' ]] && failed+=("${line%: FAILED}")
  done <"$logs/$i.status"
  i=$((i + 1))
done

if ((${#failed[@]})); then
  echo "run-together: failed: ${failed[*]}" >&2
  exit 1
fi
