#!/usr/bin/env bash
# Interleaved edit-one runs of two published `leadtype` tools (e.g. main before a change and the branch after it),
# on the same corpus: before each pair the same line is appended to the same page, the order within a pair
# alternates, and each tool keeps its own output and cache folder. Prints the median wall and CPU time per tool.
# Pairs run back to back, so both tools see the same machine load; prefer this to two separate
# generate-bench.sh runs when the difference is tens of milliseconds.
#
# Usage: benchmarks/edit-ab.sh --pairs N --corpus DIR --work DIR TOOL_A TOOL_B
#   TOOL_A, TOOL_B: folders holding a published `leadtype` (dotnet publish src/Leadtype.Cli -c Release -r linux-x64
#   --self-contained false -p:PublishReadyToRun=true -o FOLDER). DIR (a project folder holding docs/) is edited.
# Needs: GNU time (/usr/bin/time), python3.
set -euo pipefail

pairs=16
corpus=""
work="${TMPDIR:-/tmp}/leadtype-edit-ab"
tools=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pairs) pairs="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) tools+=("$1"); shift ;;
  esac
done
[[ -n $corpus && ${#tools[@]} -eq 2 ]] || { echo "usage: $0 --pairs N --corpus DIR --work DIR TOOL_A TOOL_B" >&2; exit 2; }
mkdir -p "$work"
target="$(find "$corpus/docs" -name '*.mdx' | LC_ALL=C sort | awk 'NR == 1')"

run() { # run INDEX: one generate of tool INDEX into its own output and cache
  "${tools[$1]}/leadtype" generate --src "$corpus" --out "$work/out-$1" --cache-dir "$work/cache-$1" --base-url https://docs.example.com
}

for i in 0 1; do run "$i" >/dev/null 2>&1; : >"$work/times-$i"; done
for ((p = 1; p <= pairs; p++)); do
  printf '\nBenchmark edit %s.\n' "$p-$RANDOM" >>"$target"
  if (( p % 2 )); then order="0 1"; else order="1 0"; fi
  for i in $order; do
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/times-$i" "${tools[$i]}/leadtype" generate --src "$corpus" \
      --out "$work/out-$i" --cache-dir "$work/cache-$i" --base-url https://docs.example.com >/dev/null 2>&1
  done
done

python3 - "$work" "${tools[@]}" <<'PY'
import statistics, sys
work, tools = sys.argv[1], sys.argv[2:]
for i, tool in enumerate(tools):
    rows = [line.split() for line in open(f"{work}/times-{i}") if line[:1].isdigit()]
    wall = [float(r[0]) for r in rows]
    cpu = [float(r[1]) + float(r[2]) for r in rows]
    print(f"{tool}: wall median {statistics.median(wall):.3f} s (min {min(wall):.2f}, max {max(wall):.2f}), "
          f"CPU median {statistics.median(cpu):.3f} s, peak RSS {max(int(r[3]) for r in rows) // 1024} MiB, {len(rows)} runs")
PY
