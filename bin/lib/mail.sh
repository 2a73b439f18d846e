# shellcheck shell=bash
# Mail helpers for the Tandem scripts: a real SMTP/IMAP server on this machine (GreenMail), to which the
# backend sends its mail and in which anyone can read it. Source bin/lib/common.sh first.
#
#   ensure_greenmail                              fetch GreenMail standalone by Maven coordinates into $TANDEM_CACHE
#   start_greenmail SMTP_PORT IMAP_PORT API_PORT  start it (any address receives mail; sign in to IMAP with the
#                                                 address and any password) and wait until it listens; stopped
#                                                 again when the calling script exits
#
# GreenMail keeps mail in memory: a restart empties every mailbox.

TANDEM_GREENMAIL_VERSION="2.1.3"
GREENMAIL_JAR="${GREENMAIL_JAR:-$TANDEM_CACHE/greenmail-standalone-$TANDEM_GREENMAIL_VERSION.jar}"

ensure_greenmail() {
  if [[ -s "$GREENMAIL_JAR" ]]; then
    return 0
  fi
  mkdir -p "$TANDEM_CACHE" || return 1
  [[ -n "${MVN:-}" ]] || ensure_maven
  log "fetching com.icegreen:greenmail-standalone:$TANDEM_GREENMAIL_VERSION (about 20 MB, once)"
  "$MVN" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    "-Dartifact=com.icegreen:greenmail-standalone:$TANDEM_GREENMAIL_VERSION" \
    "-DoutputDirectory=$TANDEM_CACHE" \
    || { warn "could not fetch GreenMail"; return 1; }
  [[ -s "$GREENMAIL_JAR" ]] || { warn "GreenMail was fetched but $GREENMAIL_JAR is missing"; return 1; }
}

# greenmail_api_url API_PORT: the base of GreenMail's HTTP API (GET .../api/user/{address}/messages/).
greenmail_api_url() {
  printf 'http://127.0.0.1:%s' "$1"
}

start_greenmail() {
  local smtp_port="$1" imap_port="$2" api_port="$3" timeout="${TANDEM_GREENMAIL_TIMEOUT:-60}"
  if [[ -z "$smtp_port" || -z "$imap_port" || -z "$api_port" ]]; then
    warn "usage: start_greenmail SMTP_PORT IMAP_PORT API_PORT"
    return 1
  fi
  local api
  api="$(greenmail_api_url "$api_port")"
  if [[ "$(http_status "$api/api/configuration")" == "200" ]] && port_in_use "$smtp_port"; then
    log "GreenMail already answering on ports $smtp_port (SMTP) and $api_port (API): reusing it (it will be left running)"
    return 0
  fi
  local p
  for p in "$smtp_port" "$imap_port" "$api_port"; do
    if port_in_use "$p"; then
      warn "port $p is in use, but GreenMail does not answer there; free the port first"
      return 1
    fi
  done

  ensure_greenmail || return 1
  [[ -n "${JAVA_HOME:-}" ]] || find_jdk
  local logfile="$TANDEM_HOME/logs/greenmail-$smtp_port.log"
  mkdir -p "$TANDEM_HOME/logs" || return 1
  : >"$logfile"
  local started=$SECONDS
  # Each server by its port property (-Dgreenmail.setup.test.* as well would define SMTP twice and stop GreenMail).
  start_bg "GreenMail (SMTP $smtp_port, IMAP $imap_port, API $api_port)" "$logfile" \
    "$JAVA_HOME/bin/java" -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    "-Dgreenmail.smtp.port=$smtp_port" "-Dgreenmail.imap.port=$imap_port" \
    -Dgreenmail.api.hostname=127.0.0.1 "-Dgreenmail.api.port=$api_port" \
    -Xmx128m -jar "$GREENMAIL_JAR"
  local gm_pid=$BG_PID
  register_cleanup "GreenMail on port $smtp_port" stop_group "$gm_pid" "GreenMail" 10

  until [[ "$(http_status "$api/api/configuration")" == "200" ]] && port_in_use "$smtp_port"; do
    if ! kill -0 "$gm_pid" 2>/dev/null; then
      warn "GreenMail exited during start-up; last lines of $logfile:"
      tail -n 20 "$logfile" >&2
      return 1
    fi
    if ((SECONDS - started >= timeout)); then
      warn "GreenMail did not listen within ${timeout}s; last lines of $logfile:"
      tail -n 20 "$logfile" >&2
      return 1
    fi
    sleep 0.5
  done
  log "GreenMail ready after $((SECONDS - started))s: SMTP 127.0.0.1:$smtp_port, IMAP 127.0.0.1:$imap_port, API $api"
}
