# Shared by the benchmark scripts and scripts/demo, sourced after they define die(): finds
# the PostgreSQL binaries (checking the tools named in pg_tools), runs the server as an
# unprivileged account when root, and cleans up the cluster and work directory on exit or
# a signal.
# shellcheck shell=bash
pg_bindir=${SCHEMADIFF_PG_BINDIR:-}
if [[ -z $pg_bindir ]]; then
  pg_bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | grep -v '\*' | sort -V | tail -n 1 || true)
fi
if [[ -z $pg_bindir ]]; then
  initdb_path=$(command -v initdb || true)
  [[ -n $initdb_path ]] || die "no PostgreSQL binaries found (set SCHEMADIFF_PG_BINDIR)"
  pg_bindir=$(dirname "$(readlink -f "$initdb_path")")
fi
for tool in "${pg_tools[@]}"; do
  [[ -x $pg_bindir/$tool ]] || die "$pg_bindir/$tool is missing (set SCHEMADIFF_PG_BINDIR)"
done

# Server commands run as an unprivileged account when we are root.
as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
  server_user=${SCHEMADIFF_PG_USER:-postgres}
  id "$server_user" >/dev/null 2>&1 || die "user '$server_user' does not exist (set SCHEMADIFF_PG_USER)"
  as_server_user=(runuser -u "$server_user" --)
fi

work_dir=""
data_dir=""
child_pid=""

stop_server() {
  if [[ -n $data_dir && -f $data_dir/postmaster.pid ]]; then
    "${as_server_user[@]}" "$pg_bindir/pg_ctl" -D "$data_dir" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $child_pid ]]; then
    # GNU time does not forward signals: stop the measured process first.
    local grandchildren=()
    mapfile -t grandchildren < <(pgrep -P "$child_pid" 2>/dev/null || true)
    [[ ${#grandchildren[@]} -eq 0 ]] || kill "${grandchildren[@]}" 2>/dev/null || true
    kill "$child_pid" 2>/dev/null || true
    wait "$child_pid" 2>/dev/null || true
  fi
  stop_server
  if [[ -n $work_dir && -d $work_dir ]]; then
    rm -rf -- "$work_dir"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command in the background and waits for it, so that a signal interrupts the wait
# at once and the EXIT trap can stop the command and the server.
run() {
  "$@" &
  child_pid=$!
  local status=0
  wait "$child_pid" || status=$?
  child_pid=""
  return "$status"
}

# Prints the median of its numeric arguments (the upper middle one for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }'
}
