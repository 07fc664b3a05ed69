# Shared by the benchmark scripts, sourced after they define die(): the checks of their
# arguments and of the tools they need, before anything starts.
# shellcheck shell=bash

# check_sizes N...: every N is a positive integer.
check_sizes() {
  local n
  for n in "$@"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$n'"
  done
}

# check_runs RUNS
check_runs() {
  [[ $1 =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$1'"
}

# check_schemadiff_bin PATH [HINT]
check_schemadiff_bin() {
  [[ -x $1 && ! -d $1 ]] ||
    die "schemadiff binary not found or not executable: $1 (build it, or set SCHEMADIFF_BIN${2:+; $2})"
}

# check_measuring_tools: GNU time for wall time and peak RSS, python3 for the generator.
check_measuring_tools() {
  [[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing: apt-get install -y time"
  command -v python3 >/dev/null || die "python3 is missing"
}
