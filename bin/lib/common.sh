# shellcheck shell=bash
# Common helpers for the Tandem scripts (bin/run, bin/test). Source it, don't run it.
#
#   ROOT          repository root
#   TANDEM_CACHE  downloads and unpacked tools kept outside the clone (Maven, Keycloak)
#   TANDEM_HOME   state kept between runs of this clone (gitignored): logs, database
#
# Everything is fetched by coordinates through Maven or by package name through apt/npm;
# no download address is written here.

if [[ -n "${TANDEM_COMMON_SOURCED:-}" ]]; then
  return 0
fi
TANDEM_COMMON_SOURCED=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TANDEM_CACHE="${TANDEM_CACHE:-$HOME/.cache/tandem}"
TANDEM_HOME="${TANDEM_HOME:-$ROOT/.tandem}"
TANDEM_MAVEN_VERSION="3.9.16"
export ROOT TANDEM_CACHE TANDEM_HOME

# Output may go to a pipe that is already gone (e.g. `bin/run | tee` after Ctrl-C): never fail on it.
log() {
  printf '[tandem] %s\n' "$*" >&2 || true
}

warn() {
  printf '[tandem] WARNING: %s\n' "$*" >&2 || true
}

# die MESSAGE: print an error and exit (the EXIT trap then stops what this script started).
die() {
  printf '[tandem] ERROR: %s\n' "$*" >&2
  exit 1
}

is_root() {
  [[ "$(id -u)" -eq 0 ]]
}

# ---------------------------------------------------------------------------------------
# Cleanup registry: each script stops only what it started itself, in reverse order, on
# normal exit, on error, on Ctrl-C (INT) and on TERM. Things that were already running
# before the script started are never registered, so they are left alone.
# ---------------------------------------------------------------------------------------
TANDEM_CLEANUPS=()
TANDEM_CLEANING=0

# register_cleanup DESCRIPTION COMMAND...: run COMMAND at exit (last registered runs first).
register_cleanup() {
  local desc="$1"
  shift
  local cmd
  printf -v cmd '%q ' "$@"
  TANDEM_CLEANUPS+=("$desc"$'\t'"$cmd")
}

run_cleanups() {
  local status=$?
  # A closed output pipe must not kill the shell halfway through stopping things.
  trap '' PIPE
  if [[ "$TANDEM_CLEANING" -eq 1 ]]; then
    return "$status"
  fi
  TANDEM_CLEANING=1
  local i entry desc cmd
  for ((i = ${#TANDEM_CLEANUPS[@]} - 1; i >= 0; i--)); do
    entry="${TANDEM_CLEANUPS[$i]}"
    desc="${entry%%$'\t'*}"
    cmd="${entry#*$'\t'}"
    log "stopping: $desc"
    eval "$cmd" || warn "cleanup failed: $desc"
  done
  TANDEM_CLEANUPS=()
  return "$status"
}

_tandem_on_signal() {
  local sig="$1" code="$2"
  trap - INT TERM
  trap '' PIPE
  printf '\n' >&2 || true
  log "received SIG$sig, shutting down"
  run_cleanups
  trap - EXIT
  exit "$code"
}

trap 'run_cleanups' EXIT
trap '_tandem_on_signal INT 130' INT
trap '_tandem_on_signal TERM 143' TERM

# start_bg NAME LOGFILE COMMAND...: start COMMAND in its own session/process group (so a
# Ctrl-C in the terminal reaches only this script, which then stops it in order), with
# output to LOGFILE. Sets BG_PID (= the process group id). The caller registers the stop.
start_bg() {
  local name="$1" logfile="$2"
  shift 2
  mkdir -p "$(dirname "$logfile")"
  log "starting $name (log: ${logfile#"$ROOT"/})"
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  # shellcheck disable=SC2034  # read by the callers
  BG_PID=$!
}

# stop_group PGID NAME [TIMEOUT_SECONDS]: TERM the process group, KILL it after the timeout.
stop_group() {
  local pgid="$1" name="$2" timeout="${3:-30}" waited=0
  if ! kill -0 -- "-$pgid" 2>/dev/null; then
    return 0
  fi
  kill -TERM -- "-$pgid" 2>/dev/null || true
  while kill -0 -- "-$pgid" 2>/dev/null; do
    if ((waited >= timeout * 10)); then
      warn "$name did not stop within ${timeout}s, killing it"
      kill -KILL -- "-$pgid" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  wait "$pgid" 2>/dev/null || true
}

# http_status URL: print the HTTP status code (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true
}

# port_in_use PORT: true when something listens on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# ---------------------------------------------------------------------------------------
# JDK
# ---------------------------------------------------------------------------------------

# java_major JAVA_BINARY: print the feature version (8, 17, 21, 25...) of a java binary.
java_major() {
  local line version
  line="$("$1" -version 2>&1 | grep -m1 -E 'version "' || true)"
  version="${line#*version \"}"
  version="${version%%\"*}"
  if [[ "$version" == 1.* ]]; then
    version="${version#1.}"
  fi
  version="${version%%[.+-]*}"
  [[ "$version" =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$version"
}

# find_jdk: export JAVA_HOME to a JDK (with javac) whose java is version 21 or newer.
# Tries $JAVA_HOME first, then /usr/lib/jvm/* (newest first), then the java on PATH.
find_jdk() {
  local candidates=() dir major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    candidates+=("$JAVA_HOME")
  fi
  for dir in /usr/lib/jvm/*; do
    [[ -d "$dir" && ! -L "$dir" ]] && candidates+=("$dir")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi

  # $JAVA_HOME wins when it is good enough; otherwise take the newest JDK found.
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]]; then
    major="$(java_major "$JAVA_HOME/bin/java" || echo 0)"
    if ((major >= 21)); then
      export JAVA_HOME
      return 0
    fi
    log "JAVA_HOME=$JAVA_HOME is Java $major; looking for a JDK 21 or newer"
  fi
  for dir in "${candidates[@]}"; do
    [[ -x "$dir/bin/java" && -x "$dir/bin/javac" ]] || continue
    major="$(java_major "$dir/bin/java" || echo 0)"
    if ((major >= 21 && major > best_major)); then
      best="$dir"
      best_major="$major"
    fi
  done
  if [[ -z "$best" ]]; then
    die "no JDK 21 or newer found (checked \$JAVA_HOME, /usr/lib/jvm/*, javac on PATH). Install one (e.g. 'apt-get install -y openjdk-21-jdk-headless' where available, or a Temurin 21/25 JDK under /usr/lib/jvm) or set JAVA_HOME to it."
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

# ---------------------------------------------------------------------------------------
# Maven 3.9 (the distro's Maven 3.8 is too old for current Quarkus plugins)
# ---------------------------------------------------------------------------------------

# ensure_maven: set MVN to Maven $TANDEM_MAVEN_VERSION under $TANDEM_CACHE, fetching it
# by coordinates with whatever mvn is installed (installing Debian's maven if none is).
ensure_maven() {
  local home="$TANDEM_CACHE/apache-maven-$TANDEM_MAVEN_VERSION"
  MVN="$home/bin/mvn"
  if [[ -x "$MVN" ]]; then
    export MVN
    return 0
  fi
  [[ -n "${JAVA_HOME:-}" ]] || find_jdk
  mkdir -p "$TANDEM_CACHE"
  local boot_mvn
  boot_mvn="$(command -v mvn || true)"
  if [[ -z "$boot_mvn" ]]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "no mvn installed: installing Debian's maven package to bootstrap Maven $TANDEM_MAVEN_VERSION"
      if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null; }; then
        die "apt-get install maven failed"
      fi
      boot_mvn="$(command -v mvn || true)"
    fi
    [[ -n "$boot_mvn" ]] || die "no mvn found to bootstrap Maven $TANDEM_MAVEN_VERSION: install Apache Maven (e.g. 'apt-get install -y maven') and retry"
  fi
  log "bootstrapping Maven $TANDEM_MAVEN_VERSION into $TANDEM_CACHE (with $boot_mvn)"
  local tarball="$TANDEM_CACHE/apache-maven-$TANDEM_MAVEN_VERSION-bin.tar.gz"
  if [[ ! -f "$tarball" ]]; then
    "$boot_mvn" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.apache.maven:apache-maven:$TANDEM_MAVEN_VERSION:tar.gz:bin" \
      "-DoutputDirectory=$TANDEM_CACHE" \
      || die "could not fetch org.apache.maven:apache-maven:$TANDEM_MAVEN_VERSION:tar.gz:bin"
  fi
  local tmp
  tmp="$(mktemp -d "$TANDEM_CACHE/.maven-unpack.XXXXXX")"
  tar -xzf "$tarball" -C "$tmp" || { rm -rf "$tmp"; die "could not unpack $tarball"; }
  if [[ ! -x "$MVN" ]]; then
    mv "$tmp/apache-maven-$TANDEM_MAVEN_VERSION" "$home"
  fi
  rm -rf "$tmp"
  [[ -x "$MVN" ]] || die "Maven bootstrap failed: $MVN missing"
  export MVN
}

# fmt_duration SECONDS: "1m 05s" / "42s".
fmt_duration() {
  local s="$1"
  if ((s >= 60)); then
    printf '%dm %02ds' $((s / 60)) $((s % 60))
  else
    printf '%ds' "$s"
  fi
}
