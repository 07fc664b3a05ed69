#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Measures `schemadiff diff` (diff and plan) between two JSON snapshots of generated schemas
# that differ in about MUTATE_PCT % of their objects, and checks that the plan applies.
#
#   bench/diff_bench.sh [N...]        (default: 10000)
#
# For each N: a throwaway cluster (initdb into a temp dir, unix socket only, fsync off) with
# database `base` loaded with `generate_schema.py N` and database `variant` loaded with
# `generate_schema.py N --mutate MUTATE_PCT`; snapshots a.json and b.json written by
# `schemadiff inspect --format json`. Then one warm-up and RUNS timed runs (median wall time
# and peak RSS of the client process, GNU time) of
#   diff --from a.json --to b.json   the benchmark (exit 2: differences)
#   diff --from a.json --to a.json   no differences: the cost of loading two snapshots
#   inspect --url base               the memory (and time) to compare with
# Finally the upgrade script is applied to `base` in one transaction and
# `diff --from base --to variant` must find nothing left.
#
# Environment:
#   SCHEMADIFF_BIN        schemadiff binary (default: <repo>/build/schemadiff)
#   SCHEMADIFF_PG_BINDIR  PostgreSQL server/client binaries (default: newest
#                         /usr/lib/postgresql/*/bin, else the directory of initdb on PATH)
#   SCHEMADIFF_PG_USER    account the server runs as when we are root (default: postgres)
#   RUNS                  timed runs per command (default: 3)
#   MUTATE_PCT            share of changed objects in the variant (default: 10)
#   KEEP_DIR=DIR          keep the schema scripts, snapshots and upgrade script in DIR

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
generator="$script_dir/generate_schema.py"
runs=${RUNS:-3}
mutate_pct=${MUTATE_PCT:-10}
schemadiff_bin=${SCHEMADIFF_BIN:-$repo_root/build/schemadiff}

die() {
  echo "diff_bench: $*" >&2
  exit 1
}

if [[ $# -eq 0 ]]; then
  set -- 10000
fi
# shellcheck source=bench/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
check_sizes "$@"
check_runs "$runs"
[[ $mutate_pct =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "MUTATE_PCT must be a number, got '$mutate_pct'"

check_schemadiff_bin "$schemadiff_bin"
check_measuring_tools

pg_tools=(initdb pg_ctl psql)
# shellcheck source=bench/cluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"

# measure LABEL EXPECTED_EXIT CMD...: one warm-up run, then $runs timed runs with stdout to
# /dev/null; any other exit status than EXPECTED_EXIT is a failure.
# Sets MEASURED_SECONDS and MEASURED_RSS_MB (medians).
measure() {
  local label=$1 expected=$2
  shift 2
  local times=() rss=() k status
  for ((k = 0; k <= runs; k++)); do
    status=0
    run /usr/bin/time -f '%e %M' -o "$work_dir/time.out" "$@" >/dev/null 2>"$work_dir/stderr.out" || status=$?
    if [[ $status -ne $expected ]]; then
      echo "diff_bench: $label exited with $status, expected $expected:" >&2
      sed -n '1,20p' "$work_dir/stderr.out" >&2
      exit 1
    fi
    if ((k > 0)); then
      local line
      line=$(tail -n 1 "$work_dir/time.out")
      times+=("${line% *}")
      rss+=("${line#* }")
    fi
  done
  MEASURED_SECONDS=$(median "${times[@]}")
  MEASURED_RSS_MB=$(awk -v kb="$(median "${rss[@]}")" 'BEGIN { printf "%.0f", kb / 1024 }')
}

# load DB FILE: loads a script with psql, prints the wall seconds.
load() {
  local start=$EPOCHREALTIME
  run "${psql[@]}" -d "$1" -f "$2" >/dev/null
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/schemadiff-bench.XXXXXX")
chmod 755 "$work_dir"
data_parent=$work_dir/pg
mkdir "$data_parent"
if [[ ${#as_server_user[@]} -gt 0 ]]; then
  chown "$server_user" "$data_parent"
fi

results=()
details=()
failures=()
for n in "$@"; do
  echo "== N=$n, variant with --mutate $mutate_pct" >&2
  base_sql=$work_dir/base_$n.sql
  variant_sql=$work_dir/variant_$n.sql
  python3 "$generator" "$n" >"$base_sql"
  python3 "$generator" "$n" --mutate "$mutate_pct" --stats >"$variant_sql" 2>"$work_dir/stats.out"
  changed=$(awk -F': ' '$1 == "mutated.total" { print $2 }' "$work_dir/stats.out")
  # The variant is the base script with DDL appended: the shared prefix must be the base.
  cmp -s -n "$(wc -c <"$base_sql")" "$base_sql" "$variant_sql" ||
    die "the variant script does not start with the base script"

  data_dir=$data_parent/data_$n
  run "${as_server_user[@]}" "$pg_bindir/initdb" -D "$data_dir" -A trust -U postgres -E UTF8 \
    --locale=C --no-sync >"$work_dir/initdb.log" 2>&1 ||
    { cat "$work_dir/initdb.log" >&2; die "initdb failed"; }
  # inspect locks every table a view reads, and the upgrade runs in one transaction that
  # locks every table it alters: room in the lock table for them all, whatever N.
  run "${as_server_user[@]}" "$pg_bindir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$data_dir' -c port=5432 \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off \
        -c max_connections=20 -c max_locks_per_transaction=4096" \
    start >/dev/null || { cat "$data_dir/server.log" >&2; die "server did not start"; }

  psql=("$pg_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$data_dir" -p 5432 -U postgres)
  run "${psql[@]}" -d postgres -c "CREATE DATABASE base" -c "CREATE DATABASE variant" >/dev/null
  url_a="postgresql://postgres@/base?host=$data_dir&port=5432"
  url_b="postgresql://postgres@/variant?host=$data_dir&port=5432"

  echo "   loading base ($(wc -c <"$base_sql") bytes) and variant ($(wc -c <"$variant_sql") bytes, $changed changes)" >&2
  load_a=$(load base "$base_sql")
  load_b=$(load variant "$variant_sql")
  run "${psql[@]}" -d base -c "ANALYZE" >/dev/null
  run "${psql[@]}" -d variant -c "ANALYZE" >/dev/null

  echo "   snapshots" >&2
  a_json=$work_dir/a_$n.json
  b_json=$work_dir/b_$n.json
  run "$schemadiff_bin" inspect --url "$url_a" --format json >"$a_json" 2>"$work_dir/stderr.out" ||
    { sed -n '1,20p' "$work_dir/stderr.out" >&2; die "schemadiff inspect of base failed"; }
  run "$schemadiff_bin" inspect --url "$url_b" --format json >"$b_json" 2>"$work_dir/stderr.out" ||
    { sed -n '1,20p' "$work_dir/stderr.out" >&2; die "schemadiff inspect of variant failed"; }
  json_mb=$(awk -v a="$(wc -c <"$a_json")" -v b="$(wc -c <"$b_json")" 'BEGIN { printf "%.0f + %.0f", a / 1048576, b / 1048576 }')

  # The plan once outside the timed runs: its statements, and the script to apply.
  upgrade_sql=$work_dir/upgrade_$n.sql
  status=0
  run "$schemadiff_bin" diff --from "$a_json" --to "$b_json" >"$upgrade_sql" 2>"$work_dir/hazards.out" || status=$?
  [[ $status -eq 2 ]] ||
    { sed -n '1,20p' "$work_dir/hazards.out" >&2; die "diff --from a.json --to b.json exited with $status, expected 2"; }
  status=0
  run "$schemadiff_bin" diff --from "$a_json" --to "$b_json" --format json >"$work_dir/plan.json" 2>/dev/null || status=$?
  [[ $status -eq 2 ]] || die "diff --format json exited with $status, expected 2"
  read -r statements outside_tx < <(python3 -c '
import json, sys
steps = json.load(open(sys.argv[1]))["statements"]
print(len(steps), sum(1 for s in steps if not s["transactional"]))
' "$work_dir/plan.json")
  hazards=$(wc -l <"$work_dir/hazards.out")
  echo "   plan: $statements statements ($outside_tx outside a transaction), $hazards hazard lines" >&2

  echo "   diff a.json -> b.json" >&2
  measure "diff --from a.json --to b.json" 2 "$schemadiff_bin" diff --from "$a_json" --to "$b_json"
  diff_seconds=$MEASURED_SECONDS
  diff_rss=$MEASURED_RSS_MB
  echo "   diff a.json -> a.json" >&2
  measure "diff --from a.json --to a.json" 0 "$schemadiff_bin" diff --from "$a_json" --to "$a_json"
  same_seconds=$MEASURED_SECONDS
  same_rss=$MEASURED_RSS_MB
  echo "   inspect base" >&2
  measure "inspect --url base" 0 "$schemadiff_bin" inspect --url "$url_a" --format json
  inspect_seconds=$MEASURED_SECONDS
  inspect_rss=$MEASURED_RSS_MB
  plan_seconds=$(awk -v a="$diff_seconds" -v b="$same_seconds" 'BEGIN { printf "%.2f", a - b }')

  echo "   applying the upgrade to base" >&2
  applied="yes"
  if ! run "${psql[@]}" -1 -d base -f "$upgrade_sql" >/dev/null 2>"$work_dir/apply.out"; then
    applied="no: upgrade failed"
    failure=$(grep -m 1 'ERROR' "$work_dir/apply.out" || head -n 1 "$work_dir/apply.out")
    line_no=$(sed -n 's/^psql:[^:]*:\([0-9]*\): ERROR.*/\1/p' "$work_dir/apply.out" | head -n 1)
    statement=""
    if [[ -n $line_no ]]; then
      # psql reports the line where the failing statement ends; print from its start.
      statement=$(awk -v end="$line_no" 'NR <= end { if (prev ~ /;$/) buf = ""; buf = buf $0 "\n"; prev = $0 } NR == end { printf "%s", buf }' "$upgrade_sql")
    fi
    failures+=("N=$n: $failure" "${statement:+$statement}")
  else
    status=0
    run "$schemadiff_bin" diff --from "$url_a" --to "$url_b" >"$work_dir/residual.sql" 2>/dev/null || status=$?
    if [[ $status -ne 0 ]]; then
      left=$(grep -c ';$' "$work_dir/residual.sql" || true)
      applied="no: $left statements left"
      failures+=("N=$n: after the upgrade, diff --from base --to variant exited with $status; first statements left:" "$(head -n 20 "$work_dir/residual.sql")")
    fi
  fi

  if [[ -n ${KEEP_DIR:-} ]]; then
    mkdir -p "$KEEP_DIR"
    cp "$base_sql" "$variant_sql" "$a_json" "$b_json" "$upgrade_sql" "$KEEP_DIR/"
  fi

  results+=("| $n | $changed | $statements | $json_mb | $same_seconds | $diff_seconds | $plan_seconds | $same_rss | $diff_rss | $inspect_rss | $inspect_seconds | $applied |")
  details+=("| $n | $load_a | $load_b | $outside_tx | $hazards |")

  stop_server
  rm -rf -- "$data_dir" "$base_sql" "$variant_sql" "$a_json" "$b_json" "$upgrade_sql"
done

echo
echo "Median of $runs timed runs after one warm-up; wall seconds, peak RSS of the client process."
echo "load = diff a.json -> a.json (two snapshots loaded, nothing to do); diff+plan = diff a->b minus load."
echo
echo "| N | changes | plan statements | JSON MB (a + b) | load s | diff a->b s | diff+plan s | load RSS MB | diff a->b RSS MB | inspect RSS MB | inspect s | plan applies |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${results[@]}"
echo
echo "| N | load base s | load variant s | statements outside a transaction | hazard lines |"
echo "|---:|---:|---:|---:|---:|"
printf '%s\n' "${details[@]}"
if [[ ${#failures[@]} -gt 0 ]]; then
  echo
  echo "FAILURES:"
  printf '%s\n' "${failures[@]}"
  exit 3
fi
