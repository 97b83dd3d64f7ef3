#!/usr/bin/env bash
# Runs npm scripts side by side, as npm test does with its checks (mostly single-threaded, so two
# cores do two at once) and with the bench's smoke run beside the browser tests (which leave some of
# the CPU idle). The first script's output shows as it comes; each other's is printed whole after
# it, in the order given. Fails if any script failed, once every one has finished.
# Usage: bash scripts/run-together.sh build check lint test:unit
set -uo pipefail

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
first=$1
shift
pids=()
for script in "$@"; do
  npm run --silent "$script" >"$logs/$script.log" 2>&1 &
  pids+=($!)
done

failed=()
npm run --silent "$first" || failed+=("$first")
i=0
for script in "$@"; do
  if wait "${pids[$i]}"; then result=ok; else result=FAILED; failed+=("$script"); fi
  i=$((i + 1))
  echo "── npm run $script: $result"
  cat "$logs/$script.log"
done

if ((${#failed[@]})); then
  echo "run-together: failed: ${failed[*]}" >&2
  exit 1
fi
