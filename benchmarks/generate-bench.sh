#!/usr/bin/env bash
# Whole-process benchmark of `leadtype generate` (the published Release tool, ReadyToRun, with the
# runtime settings of src/Leadtype.Cli/Leadtype.Cli.csproj such as TieredPGO off):
# cold, no-change and edit-one-page runs on the leadtype docs (50 pages) and on synthetic
# 300- and 3,000-page sites, with peak RSS.
#
# Usage: benchmarks/generate-bench.sh [--runs N] [--sizes "50 300 3000"] [--work DIR] [--no-publish]
#                                     [--extra "ARGS"]   (more generate arguments, e.g. "--search-binary FILE")
#                                     [--aot]            (time the Native AOT build of the tool instead)
#                                     [--cold-aside]     (cold runs move the previous output aside, see below)
#
# Each cell runs N times (default 5) under /usr/bin/time; the table reports the median wall time,
# the median CPU time (user + sys; useful on a shared machine, where wall time includes waiting for
# a core) and the largest peak RSS. Cold runs start with no output and no cache; no-change runs
# follow a completed run; edit-one runs change one page's text before each run.
# --aot publishes the tool with Native AOT (-p:LeadtypeAot=true; needs clang, or clang-14, and zlib) into
# WORK/cli-aot and times that instead of the ReadyToRun build in WORK/cli.
# --cold-aside: a cold run normally starts by deleting the previous run's output and cache. On a file system
# that skips recently freed inodes when it allocates new ones (ext4 without a journal, as on the benchmark
# machine, skips inodes freed in the last ~30 s and rescans them for every new file), those deletions make
# the next run's file creations slower, and more so with every run of a cell. With --cold-aside the previous
# output and cache are moved into WORK/trash instead, so a cold run creates its files as it would in a fresh
# checkout. The trash stays when the script ends (deleting it then would slow the next measurement); the next
# --cold-aside run with the same WORK deletes it first and waits 30 s. Delete it by hand when done.
# Needs: the .NET 10 SDK, GNU time (/usr/bin/time), node (for the synthetic corpora).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=5
sizes="50 300 3000"
work="${TMPDIR:-/tmp}/leadtype-generate-bench"
publish=1
extra=""
aot=0
aside=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-publish) publish=0; shift ;;
    --extra) extra="$2"; shift 2 ;;
    --aot) aot=1; shift ;;
    --cold-aside) aside=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is required: apt-get install -y time" >&2; exit 2; }
mkdir -p "$work"
if [[ $aot == 1 ]]; then
  cli="$work/cli-aot/leadtype"
  if [[ $publish == 1 || ! -x $cli ]]; then
    echo "publishing the Release CLI (Native AOT) to $work/cli-aot" >&2
    # -f net10.0: the tool's restore covers net8.0 too, and the AOT compiler's package imports only apply
    # to a build whose target framework is known before the project is read.
    linker=()
    if ! command -v clang >/dev/null && command -v clang-14 >/dev/null; then linker=(-p:CppCompilerAndLinker=clang-14); fi
    dotnet publish "$repo/src/Leadtype.Cli" -c Release -r linux-x64 -f net10.0 -p:LeadtypeAot=true "${linker[@]}" \
      -o "$work/cli-aot" >"$work/publish-aot.log" 2>&1 \
      || { cat "$work/publish-aot.log" >&2; exit 1; }
  fi
else
  cli="$work/cli/leadtype"
  if [[ $publish == 1 || ! -x $cli ]]; then
    echo "publishing the Release CLI (ReadyToRun) to $work/cli" >&2
    dotnet publish "$repo/src/Leadtype.Cli" -c Release -r linux-x64 --self-contained false \
      -p:PublishReadyToRun=true -o "$work/cli" >"$work/publish.log" 2>&1 \
      || { cat "$work/publish.log" >&2; exit 1; }
  fi
fi

# remove_previous DIR...: what a cold run starts without (deleted, or moved into $work/trash with --cold-aside).
trash="$work/trash"
remove_previous() {
  local dir
  for dir in "$@"; do
    [[ -e $dir ]] || continue
    if [[ $aside == 1 ]]; then
      mkdir -p "$trash" && mv "$dir" "$(mktemp -d "$trash/XXXXXXXX")/"
    else
      rm -rf "$dir"
    fi
  done
}
if [[ $aside == 1 && -e $trash ]]; then
  # The previous --cold-aside run's trash: deleted now, then 30 s for its inodes to stop counting as
  # recently freed (deleting it at the end of a run would slow whatever is measured next instead).
  echo "deleting $trash from a previous run, then waiting 30 s" >&2
  rm -rf "$trash" && sleep 30
fi

# corpus_for SIZE -> prints a project folder (one holding docs/) that this script may edit.
corpus_for() {
  local size="$1" dir="$work/corpus-$1"
  if [[ ! -d $dir/docs ]]; then
    if [[ $size == 50 ]]; then
      # A private, writable copy: the shared corpus is read-only and must never be touched.
      mkdir -p "$dir" && cp -r "$repo/../shared/corpora/leadtype/." "$dir/" && chmod -R u+w "$dir"
    else
      "$repo/../shared/tools/make-corpus" --pages "$size" --out "$dir" >/dev/null
    fi
  fi
  echo "$dir"
}

# The page edit-one runs change: the first page under docs/ in path order.
edit_target() { find "$1/docs" -name '*.mdx' | LC_ALL=C sort | awk 'NR == 1'; }

# measure PREPARE COMMAND...: runs COMMAND $runs times, PREPARE before each; prints "wall cpu rss".
measure() {
  local prepare="$1"; shift
  local times=() cpus=() rss=0 i line
  for ((i = 1; i <= runs; i++)); do
    eval "$prepare"
    # GNU time writes its line after the command's own stderr: it is the last line of run.err.
    /usr/bin/time -f '%e %U %S %M' "$@" >/dev/null 2>"$work/run.err" || true
    line="$(tail -n 1 "$work/run.err")"
    read -r wall user sys kb <<<"$line"
    times+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
    (( kb > rss )) && rss=$kb
  done
  printf '%s %s %s\n' "$(median "${times[@]}")" "$(median "${cpus[@]}")" "$((rss / 1024))"
}

median() { printf '%s\n' "$@" | LC_ALL=C sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

printf '\n%-6s %-10s %10s %10s %10s\n' pages run "wall (s)" "cpu (s)" "RSS (MiB)"
for size in $sizes; do
  project="$(corpus_for "$size")"
  out="$work/out-$size"
  cache="$work/cache-$size"
  target="$(edit_target "$project")"
  args=(generate --src "$project" --out "$out" --cache-dir "$cache" --base-url https://docs.example.com)
  # shellcheck disable=SC2206 # word splitting of --extra is the point
  [[ -n $extra ]] && args+=($extra)

  # A failing run would make every number meaningless: check once, show why.
  remove_previous "$out" "$cache"
  if ! "$cli" "${args[@]}" >/dev/null 2>"$work/check.err"; then
    echo "leadtype generate failed on the $size-page corpus:" >&2; tail -n 20 "$work/check.err" >&2; exit 1
  fi

  read -r wall cpu rss < <(measure 'remove_previous "$out" "$cache"' "$cli" "${args[@]}")
  printf '%-6s %-10s %10s %10s %10s\n' "$size" cold "$wall" "$cpu" "$rss"

  "$cli" "${args[@]}" >/dev/null 2>&1 || true
  read -r wall cpu rss < <(measure ':' "$cli" "${args[@]}")
  printf '%-6s %-10s %10s %10s %10s\n' "$size" no-change "$wall" "$cpu" "$rss"

  counter=0
  read -r wall cpu rss < <(measure 'counter=$((counter + 1)); printf "\nBenchmark edit %s.\n" "$counter-$RANDOM" >>"$target"' "$cli" "${args[@]}")
  printf '%-6s %-10s %10s %10s %10s\n' "$size" edit-one "$wall" "$cpu" "$rss"
done
