#!/usr/bin/env bash
# Runs every test project and ends with one totals line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test ActorOrchestrator.sln -c Release --no-build -maxcpucount:1 --blame-hang-timeout 5m "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
sum() { grep -oE "$1: +[0-9]+" "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum Passed); failed=$(sum Failed); skipped=$(sum Skipped)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "test run aborted (exit $status)"; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
