#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Compares loading a declared model directory (`schemadiff inspect --models DIR --dev-url
# URL`) with loading the same files with psql.
#
#   bench/load_bench.sh [N...]        (default: 10000)
#
# For each N: a throwaway cluster (initdb into a temp dir, unix socket only, fsync off) and
# a model directory written by `generate_schema.py N --split DIR`. Then one warm-up and RUNS
# timed runs (median wall time, peak RSS and CPU time of the client process, GNU time) of
#   a. psql -f of every file of DIR in name order into a fresh database
#   b. a, then `schemadiff inspect --url` of that database
#   c. schemadiff inspect --models DIR --dev-url <the cluster's postgres database>
# For a and b the database is created before and dropped after each timed command; c
# creates and drops its scratch database itself, inside its time. c does what b does (load,
# then introspect), so c/b is the like-for-like ratio; c/a is reported as well.
#
# With PROFILE=1 (default) also, to see where the difference goes:
#   a1. a with `psql -1`: all files in one transaction instead of one per statement
#   a2. one query per file: the server reads each file (pg_read_file) and psql sends its
#       whole text as one multi-statement query (\gexec), one round trip per file
#   and the cost of CREATE DATABASE + DROP DATABASE of a loaded database, outside any load.
#
# Environment:
#   SCHEMADIFF_BIN        schemadiff binary (default: <repo>/build/schemadiff)
#   SCHEMADIFF_PG_BINDIR  PostgreSQL server/client binaries (default: newest
#                         /usr/lib/postgresql/*/bin, else the directory of initdb on PATH)
#   SCHEMADIFF_PG_USER    account the server runs as when we are root (default: postgres)
#   RUNS                  timed runs per command (default: 3)
#   PROFILE=0             skip a1, a2 and the CREATE/DROP DATABASE timing
#   KEEP_SQL=DIR          keep the generated model directories in DIR (DIR/models_N)

set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)
generator="$script_dir/generate_schema.py"
runs=${RUNS:-3}
profile=${PROFILE:-1}
schemadiff_bin=${SCHEMADIFF_BIN:-$repo_root/build/schemadiff}

die() {
  echo "load_bench: $*" >&2
  exit 1
}

if [[ $# -eq 0 ]]; then
  set -- 10000
fi
# shellcheck source=bench/checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
check_sizes "$@"
check_runs "$runs"

check_schemadiff_bin "$schemadiff_bin"
check_measuring_tools

pg_tools=(initdb pg_ctl psql)
# shellcheck source=bench/cluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/cluster.sh"

# ratio A B: A / B with two decimals, or "-".
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b != "-" && b > 0) printf "%.2f", a / b; else print "-" }'
}

# measure LABEL BEFORE AFTER CMD...: one warm-up run, then $runs timed runs with stdout to
# /dev/null; BEFORE and AFTER (function names, or "") run around each run, untimed.
# Sets MEASURED_SECONDS, MEASURED_RSS_MB and MEASURED_CPU (client user + system seconds),
# all medians.
measure() {
  local label=$1 before=$2 after=$3
  shift 3
  local times=() rss=() cpu=() k
  for ((k = 0; k <= runs; k++)); do
    [[ -z $before ]] || "$before"
    if ! run /usr/bin/time -f '%e %M %U %S' -o "$work_dir/time.out" "$@" >/dev/null 2>"$work_dir/stderr.out"; then
      echo "load_bench: $label failed:" >&2
      sed -n '1,20p' "$work_dir/stderr.out" >&2
      exit 1
    fi
    [[ -z $after ]] || "$after"
    if ((k > 0)); then
      local elapsed max_kb user system
      read -r elapsed max_kb user system < <(tail -n 1 "$work_dir/time.out")
      times+=("$elapsed")
      rss+=("$max_kb")
      cpu+=("$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')")
    fi
  done
  MEASURED_SECONDS=$(median "${times[@]}")
  MEASURED_RSS_MB=$(awk -v kb="$(median "${rss[@]}")" 'BEGIN { printf "%.0f", kb / 1024 }')
  MEASURED_CPU=$(median "${cpu[@]}")
  echo "   $label: ${MEASURED_SECONDS} s (runs: ${times[*]})" >&2
}

target_db=load_target

create_target() {
  run "${psql[@]}" -d postgres -c "CREATE DATABASE $target_db" >/dev/null
}

# In autocommit mode every statement psql sends is one transaction, so the commits the
# target database saw count the statements of the load.
drop_target() {
  target_commits=$("${psql[@]}" -d postgres -A -t -c \
    "SELECT xact_commit FROM pg_catalog.pg_stat_database WHERE datname = '$target_db'")
  run "${psql[@]}" -d postgres -c "DROP DATABASE $target_db" >/dev/null
}

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/schemadiff-bench.XXXXXX")
chmod 755 "$work_dir"
data_parent=$work_dir/pg
mkdir "$data_parent"
if [[ ${#as_server_user[@]} -gt 0 ]]; then
  chown "$server_user" "$data_parent"
fi

results=()
profiles=()
for n in "$@"; do
  echo "== N=$n" >&2
  models_dir=$work_dir/models_$n
  python3 "$generator" "$n" --split "$models_dir"
  chmod -R a+rX "$models_dir"
  if [[ -n ${KEEP_SQL:-} ]]; then
    mkdir -p "$KEEP_SQL"
    cp -r "$models_dir" "$KEEP_SQL/"
  fi
  # Byte order of the names, as schemadiff applies them.
  mapfile -t model_files < <(printf '%s\n' "$models_dir"/*.sql | LC_ALL=C sort)
  model_bytes=$(cat "${model_files[@]}" | wc -c)
  echo "   ${#model_files[@]} files, $model_bytes bytes of SQL" >&2

  data_dir=$data_parent/data_$n
  run "${as_server_user[@]}" "$pg_bindir/initdb" -D "$data_dir" -A trust -U postgres -E UTF8 \
    --locale=C --no-sync >"$work_dir/initdb.log" 2>&1 ||
    { cat "$work_dir/initdb.log" >&2; die "initdb failed"; }
  # Introspection locks every table a view reads: room in the lock table for them all.
  run "${as_server_user[@]}" "$pg_bindir/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$data_dir' -c port=5432 \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off \
        -c max_connections=20 -c max_locks_per_transaction=4096" \
    start >/dev/null || { cat "$data_dir/server.log" >&2; die "server did not start"; }

  psql=("$pg_bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$data_dir" -p 5432 -U postgres)
  server_url="postgresql://postgres@/postgres?host=$data_dir&port=5432"
  target_url="postgresql://postgres@/$target_db?host=$data_dir&port=5432"
  psql_load=("${psql[@]}" -d "$target_db")
  for file in "${model_files[@]}"; do
    psql_load+=(-f "$file")
  done

  # Sanity checks outside the timed runs: both ways give a model with tables, the same one.
  create_target
  run "${psql_load[@]}" >/dev/null
  run "$schemadiff_bin" inspect --url "$target_url" --format json >"$work_dir/from_psql.json"
  drop_target
  run "$schemadiff_bin" inspect --models "$models_dir" --dev-url "$server_url" --format json \
    >"$work_dir/from_models.json" 2>"$work_dir/stderr.out" ||
    { sed -n '1,20p' "$work_dir/stderr.out" >&2; die "schemadiff inspect --models failed"; }
  summary=$(python3 -c '
import json, sys
model = json.load(open(sys.argv[1]))
if not isinstance(model, dict) or not model.get("tables"):
    sys.exit("no tables in the output")
print(" ".join(f"{key}={len(value)}" for key, value in model.items() if isinstance(value, list)))
' "$work_dir/from_models.json") || die "schemadiff inspect --models did not print JSON with tables"
  echo "   inspect --models output: $(wc -c <"$work_dir/from_models.json") bytes; $summary" >&2
  if cmp -s "$work_dir/from_psql.json" "$work_dir/from_models.json"; then
    same_model=yes
  else
    same_model=no
    echo "   warning: the model loaded by psql and the declared model differ" >&2
  fi

  measure "a. psql -f" create_target drop_target "${psql_load[@]}"
  psql_seconds=$MEASURED_SECONDS psql_rss=$MEASURED_RSS_MB psql_cpu=$MEASURED_CPU
  statements=$target_commits

  # One process tree under GNU time: $1 schemadiff, $2 the database URL, then the psql command.
  measure "b. psql -f + inspect --url" create_target drop_target \
    bash -c '"${@:3}" && "$1" inspect --url "$2" --format json' load_and_inspect \
    "$schemadiff_bin" "$target_url" "${psql_load[@]}"
  both_seconds=$MEASURED_SECONDS both_rss=$MEASURED_RSS_MB both_cpu=$MEASURED_CPU

  measure "c. inspect --models" "" "" \
    "$schemadiff_bin" inspect --models "$models_dir" --dev-url "$server_url" --format json
  models_seconds=$MEASURED_SECONDS models_rss=$MEASURED_RSS_MB models_cpu=$MEASURED_CPU
  leftover=$("${psql[@]}" -d postgres -A -t -c \
    "SELECT count(*) FROM pg_catalog.pg_database WHERE datname LIKE 'schemadiff\\_scratch\\_%'")
  [[ $leftover == 0 ]] || echo "   warning: $leftover scratch database(s) left behind" >&2

  results+=("| $n | ${#model_files[@]} | $statements | $psql_seconds | $both_seconds | $models_seconds | $(ratio "$models_seconds" "$psql_seconds") | $(ratio "$models_seconds" "$both_seconds") | $psql_cpu / $both_cpu / $models_cpu | $psql_rss / $both_rss / $models_rss | $same_model |")

  if [[ $profile == 1 ]]; then
    measure "a1. psql -1 -f" create_target drop_target "${psql_load[@]}" -1
    single_seconds=$MEASURED_SECONDS

    # \gexec sends each file's text as one query string, which the server runs as one
    # implicit transaction.
    for file in "${model_files[@]}"; do
      printf "SELECT pg_catalog.pg_read_file('%s') \\gexec\n" "$file"
    done >"$work_dir/per_file.psql"
    measure "a2. one query per file" create_target drop_target \
      "${psql[@]}" -d "$target_db" -f "$work_dir/per_file.psql"
    per_file_seconds=$MEASURED_SECONDS

    # What c pays around its load: a scratch database created, and dropped fully loaded.
    create_target
    run "${psql_load[@]}" >/dev/null
    drop_start=$EPOCHREALTIME
    run "${psql[@]}" -d postgres -c "DROP DATABASE $target_db" >/dev/null
    create_start=$EPOCHREALTIME
    create_target
    create_end=$EPOCHREALTIME
    run "${psql[@]}" -d postgres -c "DROP DATABASE $target_db" >/dev/null
    drop_seconds=$(awk -v a="$drop_start" -v b="$create_start" 'BEGIN { printf "%.2f", b - a }')
    create_seconds=$(awk -v a="$create_start" -v b="$create_end" 'BEGIN { printf "%.2f", b - a }')

    profiles+=("| $n | $psql_seconds | $single_seconds | $per_file_seconds | $create_seconds | $drop_seconds | $psql_cpu | $models_cpu |")
  fi

  stop_server
  rm -rf -- "$data_dir" "$models_dir"
done

echo
echo "Median of $runs timed runs after one warm-up; wall seconds; CPU = user + system seconds and"
echo "RSS = peak resident MB, both of the client process(es) only (a / b / c), not of the server."
echo "c/b is the like-for-like ratio: c loads and then introspects, as b does."
echo
echo "| N | files | statements | a. psql -f s | b. psql -f + inspect s | c. inspect --models s | c/a | c/b | client CPU s | client RSS MB | same model |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|"
printf '%s\n' "${results[@]}"
if [[ $profile == 1 ]]; then
  echo
  echo "Where load time goes: psql per statement (a), in one transaction (a1), one query per file"
  echo "(a2); CREATE DATABASE and DROP DATABASE of a loaded database (c pays both); client CPU."
  echo
  echo "| N | a. psql -f s | a1. psql -1 -f s | a2. one query per file s | CREATE DATABASE s | DROP DATABASE s | psql CPU s | inspect --models CPU s |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${profiles[@]}"
fi
