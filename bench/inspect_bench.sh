#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Compares `schemadiff inspect` with `pg_dump --schema-only` on generated schemas.
#
#   bench/inspect_bench.sh [N...]        (default: 1000 10000)
#
# For each N: a throwaway cluster (initdb into a temp dir, unix socket only, fsync off),
# a database loaded with `generate_schema.py N`, then one warm-up and RUNS timed runs of
# each tool with output to /dev/null. Times and peak RSS are the median of the timed runs
# (GNU time: wall seconds, max RSS of the client process only, not of the server).
#
# Environment:
#   SCHEMADIFF_BIN        schemadiff binary (default: <repo>/build/schemadiff)
#   SCHEMADIFF_PG_BINDIR  PostgreSQL server/client binaries (default: newest
#                         /usr/lib/postgresql/*/bin, else the directory of initdb on PATH)
#   SCHEMADIFF_PG_USER    account the server runs as when we are root (default: postgres)
#   RUNS                  timed runs per tool (default: 3)
#   SKIP_INSPECT=1        measure everything but schemadiff (no binary needed)
#   KEEP_SQL=DIR          keep the generated schema files in DIR

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
generator="$script_dir/generate_schema.py"
runs=${RUNS:-3}
skip_inspect=${SKIP_INSPECT:-0}
schemadiff_bin=${SCHEMADIFF_BIN:-$repo_root/build/schemadiff}

die() {
  echo "inspect_bench: $*" >&2
  exit 1
}

if [[ $# -eq 0 ]]; then
  set -- 1000 10000
fi
# shellcheck source=bench/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
check_sizes "$@"
check_runs "$runs"

if [[ $skip_inspect != 1 ]]; then
  check_schemadiff_bin "$schemadiff_bin" "SKIP_INSPECT=1 skips it"
fi
check_measuring_tools

pg_tools=(initdb pg_ctl psql pg_dump)
# shellcheck source=bench/cluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"

# measure LABEL CMD...: one warm-up run, then $runs timed runs with stdout to /dev/null.
# Sets MEASURED_SECONDS and MEASURED_RSS_MB (medians).
measure() {
  local label=$1
  shift
  local times=() rss=() k
  for ((k = 0; k <= runs; k++)); do
    if ! run /usr/bin/time -f '%e %M' -o "$work_dir/time.out" "$@" >/dev/null 2>"$work_dir/stderr.out"; then
      echo "inspect_bench: $label failed:" >&2
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

catalog_counts_sql="
SELECT
  count(*) FILTER (WHERE c.relkind = 'r' AND NOT c.relispartition),
  count(*) FILTER (WHERE c.relkind = 'p'),
  count(*) FILTER (WHERE c.relkind = 'r' AND c.relispartition),
  count(*) FILTER (WHERE c.relkind IN ('i', 'I')),
  (SELECT count(*) FROM pg_constraint k JOIN pg_namespace kn ON kn.oid = k.connamespace
    WHERE kn.nspname NOT IN ('pg_catalog', 'information_schema') AND kn.nspname NOT LIKE 'pg_toast%'),
  (SELECT count(*) FROM pg_constraint k JOIN pg_namespace kn ON kn.oid = k.connamespace
    WHERE k.contype = 'f' AND kn.nspname NOT IN ('pg_catalog', 'information_schema')),
  count(*) FILTER (WHERE c.relkind = 'v'),
  count(*) FILTER (WHERE c.relkind = 'm'),
  count(*) FILTER (WHERE c.relkind = 'S'),
  (SELECT count(*) FROM pg_trigger t JOIN pg_class tc ON tc.oid = t.tgrelid
    JOIN pg_namespace tn ON tn.oid = tc.relnamespace
    WHERE NOT t.tgisinternal AND tn.nspname NOT IN ('pg_catalog', 'information_schema')),
  (SELECT count(*) FROM pg_attribute a JOIN pg_class ac ON ac.oid = a.attrelid
    JOIN pg_namespace an ON an.oid = ac.relnamespace
    WHERE ac.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
      AND an.nspname NOT IN ('pg_catalog', 'information_schema') AND an.nspname NOT LIKE 'pg_toast%')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/schemadiff-bench.XXXXXX")
chmod 755 "$work_dir"
data_parent=$work_dir/pg
mkdir "$data_parent"
if [[ ${#as_server_user[@]} -gt 0 ]]; then
  chown "$server_user" "$data_parent"
fi

results=()
counts=()
for n in "$@"; do
  echo "== N=$n" >&2
  schema_sql=$work_dir/schema_$n.sql
  python3 "$generator" "$n" >"$schema_sql"
  if [[ -n ${KEEP_SQL:-} ]]; then
    mkdir -p "$KEEP_SQL"
    cp "$schema_sql" "$KEEP_SQL/"
  fi

  data_dir=$data_parent/data_$n
  run "${as_server_user[@]}" "$pg_bindir/initdb" -D "$data_dir" -A trust -U postgres -E UTF8 \
    --locale=C --no-sync >"$work_dir/initdb.log" 2>&1 ||
    { cat "$work_dir/initdb.log" >&2; die "initdb failed"; }
  # pg_dump locks every table in one transaction (and inspect every table a view reads):
  # room in the lock table for them all, whatever N.
  run "${as_server_user[@]}" "$pg_bindir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$data_dir' -c port=5432 \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off \
        -c max_connections=20 -c max_locks_per_transaction=4096" \
    start >/dev/null || { cat "$data_dir/server.log" >&2; die "server did not start"; }

  psql=("$pg_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$data_dir" -p 5432 -U postgres)
  run "${psql[@]}" -d postgres -c "CREATE DATABASE bench" >/dev/null
  url="postgresql://postgres@/bench?host=$data_dir&port=5432"

  echo "   loading $(wc -c <"$schema_sql") bytes of SQL" >&2
  load_start=$EPOCHREALTIME
  run "${psql[@]}" -d bench -f "$schema_sql" >/dev/null
  load_seconds=$(awk -v a="$load_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  # Fresh planner statistics on the catalogs, as autovacuum would have by now.
  run "${psql[@]}" -d bench -c "ANALYZE" >/dev/null

  IFS='|' read -r n_tables n_partitioned n_partitions n_indexes n_constraints n_fks n_views \
    n_matviews n_sequences n_triggers n_columns \
    < <("${psql[@]}" -d bench -A -t -c "$catalog_counts_sql")
  counts+=("| $n | $n_tables | $n_partitioned | $n_partitions | $n_columns | $n_indexes | $n_constraints | $n_fks | $n_views | $n_matviews | $n_sequences | $n_triggers |")

  echo "   pg_dump --schema-only" >&2
  measure "pg_dump" "$pg_bindir/pg_dump" --schema-only -d "$url"
  dump_seconds=$MEASURED_SECONDS
  dump_rss=$MEASURED_RSS_MB

  if [[ $skip_inspect == 1 ]]; then
    inspect_seconds="-"
    inspect_rss="-"
    ratio="-"
  else
    echo "   schemadiff inspect" >&2
    # Sanity check outside the timed runs: the output must be JSON.
    run "$schemadiff_bin" inspect --url "$url" --format json >"$work_dir/inspect.json" 2>"$work_dir/stderr.out" ||
      { sed -n '1,20p' "$work_dir/stderr.out" >&2; die "schemadiff inspect failed"; }
    summary=$(python3 -c '
import json, sys
model = json.load(open(sys.argv[1]))
if not isinstance(model, dict) or not model.get("tables"):
    sys.exit("no tables in the output")
print(" ".join(f"{key}={len(value)}" for key, value in model.items() if isinstance(value, list)))
' "$work_dir/inspect.json") || die "schemadiff inspect did not print JSON with tables"
    echo "   inspect output: $(wc -c <"$work_dir/inspect.json") bytes; $summary" >&2
    measure "schemadiff inspect" "$schemadiff_bin" inspect --url "$url" --format json
    inspect_seconds=$MEASURED_SECONDS
    inspect_rss=$MEASURED_RSS_MB
    ratio=$(awk -v a="$inspect_seconds" -v b="$dump_seconds" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  fi
  results+=("| $n | $n_tables | $n_indexes | $load_seconds | $dump_seconds | $inspect_seconds | $ratio | $inspect_rss | $dump_rss |")

  stop_server
  rm -rf -- "$data_dir" "$schema_sql"
done

echo
echo "Median of $runs timed runs after one warm-up; wall seconds, peak RSS of the client process."
echo
echo "| N | tables | indexes | load s | pg_dump s | inspect s | inspect/pg_dump | inspect RSS MB | pg_dump RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${results[@]}"
echo
echo "Catalog counts (tables = ordinary, non-partition tables; indexes and constraints include those of partitions):"
echo
echo "| N | tables | partitioned | partitions | columns | indexes | constraints | foreign keys | views | mat. views | sequences | triggers |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${counts[@]}"
