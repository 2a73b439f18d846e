# shellcheck shell=bash
# Keycloak helpers for the Tandem scripts. Source bin/lib/common.sh first.
#
#   ensure_keycloak                 unpack Keycloak into $TANDEM_CACHE (fetching it by
#                                   Maven coordinates when the tarball is not there)
#   start_keycloak PORT MGMT_PORT   start it with realm `tandem` imported and wait until the
#                                   realm answers; stopped again when the calling script exits
#   launch_keycloak PORT MGMT_PORT [KEPT_HOME], await_keycloak   the same in two halves
#
# Keycloak runs in dev mode. By default with an in-memory database, so every start imports
# infra/keycloak/tandem-realm.json afresh (bin/test). With KEPT_HOME (bin/run), from a copy of the
# distribution there with a database file kept between starts, which saves creating the schema and
# importing the realm (about half of a start); imported afresh whenever the realm file changes.

TANDEM_KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_HOME="${KEYCLOAK_HOME:-$TANDEM_CACHE/keycloak-$TANDEM_KEYCLOAK_VERSION}"
TANDEM_REALM_FILE="$ROOT/infra/keycloak/tandem-realm.json"

# Build-time options: they must be the same in every invocation, or Keycloak re-runs its
# (slow) build step and two instances sharing the distribution could trip over each other.
TANDEM_KEYCLOAK_BUILD_OPTS=(--db=dev-mem --health-enabled=true)
# A kept copy's: dev-file differs from dev-mem, hence the copy of its own.
TANDEM_KEYCLOAK_KEPT_BUILD_OPTS=(--db=dev-file --health-enabled=true)

ensure_keycloak() {
  if [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
    return 0
  fi
  mkdir -p "$TANDEM_CACHE" || return 1
  local tarball="$TANDEM_CACHE/keycloak-quarkus-dist-$TANDEM_KEYCLOAK_VERSION.tar.gz"
  if [[ ! -s "$tarball" ]]; then
    [[ -n "${MVN:-}" ]] || ensure_maven
    log "fetching org.keycloak:keycloak-quarkus-dist:$TANDEM_KEYCLOAK_VERSION:tar.gz (about 180 MB, once)"
    "$MVN" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$TANDEM_KEYCLOAK_VERSION:tar.gz" \
      "-DoutputDirectory=$TANDEM_CACHE" \
      || { warn "could not fetch the Keycloak distribution"; return 1; }
  fi
  log "unpacking Keycloak $TANDEM_KEYCLOAK_VERSION into $KEYCLOAK_HOME"
  local tmp
  tmp="$(mktemp -d "$TANDEM_CACHE/.keycloak-unpack.XXXXXX")" || return 1
  if ! tar -xzf "$tarball" -C "$tmp"; then
    rm -rf "$tmp"
    warn "could not unpack $tarball (delete it to fetch it again)"
    return 1
  fi
  if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
    mv "$tmp/keycloak-$TANDEM_KEYCLOAK_VERSION" "$KEYCLOAK_HOME" || { rm -rf "$tmp"; return 1; }
  fi
  rm -rf "$tmp"
}

# keycloak_realm_url PORT: the realm's discovery document.
keycloak_discovery_url() {
  printf 'http://localhost:%s/realms/tandem/.well-known/openid-configuration' "$1"
}

# start_keycloak PORT MGMT_PORT: Keycloak with the tandem realm, ready when this returns.
start_keycloak() {
  launch_keycloak "$@" && await_keycloak
}

# empty_kept_keycloak HOME: the kept copy at HOME starts from an empty database next time (and imports the realm).
empty_kept_keycloak() {
  rm -rf "$1/data/h2" "$1/data/tandem-realm.sha256"
}

# keep_keycloak_copy HOME: a copy of the distribution at HOME (made once), whose database file is removed when the
# realm file differs from the one it imported. Sets KC_LAUNCHED_STAMP to the realm's hash when it must import it.
keep_keycloak_copy() {
  local home="$1" realm_hash
  if [[ ! -x "$home/bin/kc.sh" ]]; then
    ensure_keycloak || return 1
    log "copying Keycloak to $home (its database is kept there between runs)"
    rm -rf "$home.partial" && cp -a "$KEYCLOAK_HOME" "$home.partial" && mv "$home.partial" "$home" || return 1
  fi
  realm_hash="$(sha256sum "$TANDEM_REALM_FILE" | cut -c1-64)"
  KC_LAUNCHED_STAMP=""
  if [[ "$(cat "$home/data/tandem-realm.sha256" 2>/dev/null)" != "$realm_hash" ]]; then
    [[ -d "$home/data/h2" ]] && log "the realm file changed since Keycloak imported it: starting Keycloak from an empty database"
    empty_kept_keycloak "$home"
    KC_LAUNCHED_STAMP="$realm_hash"
  fi
}

# launch_keycloak PORT MGMT_PORT [KEPT_HOME]: starts Keycloak with the tandem realm in the background (or finds one
# serving it already) and returns at once; await_keycloak then waits until it serves the realm. In between, the
# caller may start what does not need Keycloak yet (it takes the longest to start). KEPT_HOME: see the top.
launch_keycloak() {
  local port="$1" mgmt_port="$2" kept_home="${3:-}" home="$KEYCLOAK_HOME" build_opts=("${TANDEM_KEYCLOAK_BUILD_OPTS[@]}")
  if [[ -z "$port" || -z "$mgmt_port" ]]; then
    warn "usage: launch_keycloak PORT MGMT_PORT [KEPT_HOME]"
    return 1
  fi
  KC_LAUNCHED_PORT="$port"
  KC_LAUNCHED_PID=""
  KC_LAUNCHED_STAMP=""
  KC_LAUNCHED_HOME=""
  if [[ "$(http_status "$(keycloak_discovery_url "$port")")" == "200" ]]; then
    log "Keycloak already serving realm tandem on port $port: reusing it (it will be left running)"
    return 0
  fi
  local p
  for p in "$port" "$mgmt_port"; do
    if port_in_use "$p"; then
      warn "port $p is in use, but realm tandem is not served on $port; free the port first"
      return 1
    fi
  done

  if [[ -n "$kept_home" ]]; then
    keep_keycloak_copy "$kept_home" || return 1
    home="$kept_home"
    build_opts=("${TANDEM_KEYCLOAK_KEPT_BUILD_OPTS[@]}")
    KC_LAUNCHED_HOME="$kept_home"
  else
    ensure_keycloak || return 1
  fi
  [[ -n "${JAVA_HOME:-}" ]] || find_jdk
  mkdir -p "$home/data/import" "$TANDEM_HOME/logs" || return 1
  cp "$TANDEM_REALM_FILE" "$home/data/import/tandem-realm.json" || return 1

  KC_LAUNCHED_LOG="$TANDEM_HOME/logs/keycloak-$port.log"
  : >"$KC_LAUNCHED_LOG"
  # One start at a time per distribution: the very first start builds the distribution. Held until it is ready.
  exec {KC_LAUNCHED_LOCK}>"$home.lock"
  if ! flock -n "$KC_LAUNCHED_LOCK"; then
    log "another Keycloak from this distribution is starting; waiting for it"
    flock "$KC_LAUNCHED_LOCK"
  fi

  KC_LAUNCHED_AT=$SECONDS
  start_bg "Keycloak on port $port (the very first start also builds Keycloak: about 2 min)" "$KC_LAUNCHED_LOG" \
    env JAVA_HOME="$JAVA_HOME" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$home/bin/kc.sh" start-dev "${build_opts[@]}" \
    --http-host=127.0.0.1 --http-port="$port" --hostname="http://localhost:$port" \
    --http-management-port="$mgmt_port" --import-realm {KC_LAUNCHED_LOCK}>&-
  KC_LAUNCHED_PID=$BG_PID
  register_cleanup "Keycloak on port $port" stop_group "$KC_LAUNCHED_PID" "Keycloak" 30
}

# await_keycloak: until the Keycloak of the last launch_keycloak serves realm tandem (TANDEM_KEYCLOAK_TIMEOUT, 240 s).
await_keycloak() {
  [[ -n "${KC_LAUNCHED_PID:-}" ]] || return 0
  local port="$KC_LAUNCHED_PORT" logfile="$KC_LAUNCHED_LOG" started="$KC_LAUNCHED_AT"
  local timeout="${TANDEM_KEYCLOAK_TIMEOUT:-240}" discovery status next_report=$((SECONDS + 15)) outcome=0
  discovery="$(keycloak_discovery_url "$port")"
  while true; do
    status="$(http_status "$discovery")"
    if [[ "$status" == "200" ]]; then
      break
    fi
    if ! kill -0 "$KC_LAUNCHED_PID" 2>/dev/null; then
      warn "Keycloak exited during start-up; last lines of $logfile:"
      outcome=1
      break
    fi
    if ((SECONDS - started >= timeout)); then
      warn "Keycloak did not serve realm tandem within ${timeout}s; last lines of $logfile:"
      outcome=1
      break
    fi
    if ((SECONDS >= next_report)); then
      log "  waiting for Keycloak on port $port... $((SECONDS - started))s (last log line: $(tail -n 1 "$logfile" | cut -c1-100))"
      next_report=$((SECONDS + 15))
    fi
    sleep 1
  done
  flock -u "$KC_LAUNCHED_LOCK"
  exec {KC_LAUNCHED_LOCK}>&-
  KC_LAUNCHED_PID=""
  if ((outcome != 0)); then
    tail -n 30 "$logfile" >&2
    return 1
  fi
  if [[ -n "$KC_LAUNCHED_STAMP" ]]; then
    printf '%s\n' "$KC_LAUNCHED_STAMP" >"$KC_LAUNCHED_HOME/data/tandem-realm.sha256"
  fi
  log "Keycloak ready on http://localhost:$port after $((SECONDS - started))s"
}
