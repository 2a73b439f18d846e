# shellcheck shell=bash
# PostgreSQL helpers for the Tandem scripts. Source bin/lib/common.sh first.
#
#   start_postgres DATA_DIR PORT [LOG_FILE]
#
# Initialises a cluster in DATA_DIR (if it has none), starts it on 127.0.0.1:PORT with its
# socket in DATA_DIR's parent, makes sure database `tandem` (owner `tandem`, password
# `tandem`) exists and stops it again when the calling script exits. A server that already
# answers on PORT is reused and left running.

# _pg_as_owner COMMAND...: run a server command as the cluster owner. initdb and postgres
# refuse to run as root, so as root they run as the `postgres` system user.
_pg_as_owner() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# find_pg_bin [MAJOR]: set PG_BIN to /usr/lib/postgresql/<newest or MAJOR>/bin, installing
# Debian's postgresql package first when none is there (as root).
find_pg_bin() {
  local want="${1:-}" dir
  PG_BIN=""
  for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k4,4 -n -r); do
    if [[ -x "$dir/initdb" ]] && [[ -z "$want" || "$dir" == "/usr/lib/postgresql/$want/bin" ]]; then
      PG_BIN="$dir"
      break
    fi
  done
  if [[ -z "$PG_BIN" && -z "$want" ]]; then
    if is_root && command -v apt-get >/dev/null 2>&1; then
      log "PostgreSQL server binaries not found: installing Debian's postgresql package"
      if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }; then
        warn "apt-get install postgresql failed"
        return 1
      fi
      # The package starts a system cluster on 5432; we do not use it (nor stop it).
      find_pg_bin
      return $?
    fi
    warn "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: 'sudo apt-get install -y postgresql') or set DATABASE_URL to an existing database."
    return 1
  fi
  [[ -n "$PG_BIN" ]]
}

# _pg_ensure_database PORT: create role and database `tandem` when missing.
_pg_ensure_database() {
  local port="$1"
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
  local has_role has_db
  has_role="$(PGCONNECT_TIMEOUT=5 "${psql[@]}" -tAc "select 1 from pg_roles where rolname = 'tandem'")" || return 1
  if [[ "$has_role" != "1" ]]; then
    "${psql[@]}" -c "create role tandem login password 'tandem'" || return 1
  fi
  has_db="$("${psql[@]}" -tAc "select 1 from pg_database where datname = 'tandem'")" || return 1
  if [[ "$has_db" != "1" ]]; then
    log "creating database tandem"
    "${psql[@]}" -c "create database tandem owner tandem encoding 'UTF8'" || return 1
  fi
}

# _pg_stop DATA_DIR: fast shutdown of the cluster in DATA_DIR.
_pg_stop() {
  _pg_as_owner "$PG_BIN/pg_ctl" -D "$1" -m fast -w -t 30 stop >/dev/null
}

start_postgres() {
  local data_dir="$1" port="$2" logfile="${3:-}"
  if [[ -z "$data_dir" || -z "$port" ]]; then
    warn "usage: start_postgres DATA_DIR PORT [LOG_FILE]"
    return 1
  fi
  mkdir -p "$(dirname "$data_dir")" || return 1
  data_dir="$(cd "$(dirname "$data_dir")" && pwd)/$(basename "$data_dir")"
  local parent
  parent="$(dirname "$data_dir")"
  logfile="${logfile:-$parent/postgres.log}"

  if [[ -s "$data_dir/PG_VERSION" ]]; then
    find_pg_bin "$(cat "$data_dir/PG_VERSION")" || find_pg_bin || return 1
  else
    find_pg_bin || return 1
  fi

  # Already serving on this port: reuse it, and leave it running at exit.
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 3; then
    log "PostgreSQL already running on 127.0.0.1:$port: reusing it (it will be left running)"
    _pg_ensure_database "$port" || warn "could not check/create database tandem on port $port (not our cluster?)"
    return 0
  fi
  if port_in_use "$port"; then
    warn "port $port is in use by something that is not a PostgreSQL server"
    return 1
  fi

  if is_root; then
    # The cluster belongs to the postgres system user, which must reach the directory.
    chown postgres:postgres "$parent" || return 1
    if ! runuser -u postgres -- test -w "$parent"; then
      warn "user postgres cannot write to $parent (a parent directory is not world-searchable?); choose a data directory under a path like /tmp or the repository"
      return 1
    fi
    touch "$logfile" && chown postgres:postgres "$logfile" || return 1
  else
    touch "$logfile" || return 1
  fi

  if [[ ! -s "$data_dir/PG_VERSION" ]]; then
    log "initialising PostgreSQL cluster in ${data_dir#"$ROOT"/}"
    _pg_as_owner "$PG_BIN/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --no-sync >>"$logfile" 2>&1 \
      || { warn "initdb failed, see $logfile"; return 1; }
  fi

  if _pg_as_owner "$PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    warn "the cluster in $data_dir is already running, but not on port $port; stop it or use its port"
    return 1
  fi

  log "starting PostgreSQL on 127.0.0.1:$port (log: ${logfile#"$ROOT"/})"
  # Not in our process group: Ctrl-C must not reach it before we stop it in order.
  _pg_as_owner setsid "$PG_BIN/pg_ctl" -D "$data_dir" -l "$logfile" -w -t 60 \
    -o "-p $port -k $parent -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
    || { warn "PostgreSQL did not start, see $logfile"; tail -n 20 "$logfile" >&2; return 1; }
  register_cleanup "PostgreSQL on port $port" _pg_stop "$data_dir"
  _pg_ensure_database "$port" || { warn "could not create database tandem"; return 1; }
}

# ---------------------------------------------------------------------------------------
# The Tandem database's connection settings, as bin/run gives them to the backend
# ---------------------------------------------------------------------------------------

# url_decode TEXT: undo percent-encoding (postgres URLs encode special characters).
# (The same as bin/run's own copy.)
url_decode() {
  printf '%b' "${1//%/\\x}"
}

# parse_database_url URL: postgres://user:pass@host[:port]/db[?params] -> QUARKUS_DATASOURCE_*
# (The same as bin/run's own copy.)
parse_database_url() {
  local url="$1" rest userinfo hostport db query=""
  if [[ ! "$url" =~ ^postgres(ql)?:// ]]; then
    die "DATABASE_URL must look like postgres://user:pass@host:port/db (got '${url%%://*}://...')"
  fi
  rest="${url#*://}"
  if [[ "$rest" == *@* ]]; then
    userinfo="${rest%@*}"
    rest="${rest##*@}"
  else
    userinfo=""
  fi
  hostport="${rest%%/*}"
  db="${rest#*/}"
  [[ "$rest" == */* ]] || db=""
  if [[ "$db" == *\?* ]]; then
    query="?${db#*\?}"
    db="${db%%\?*}"
  fi
  [[ "$hostport" == *:* ]] || hostport="$hostport:5432"
  [[ -n "$db" ]] || db="tandem"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$hostport/$db$query"
  if [[ -n "$userinfo" ]]; then
    QUARKUS_DATASOURCE_USERNAME="$(url_decode "${userinfo%%:*}")"
    if [[ "$userinfo" == *:* ]]; then
      QUARKUS_DATASOURCE_PASSWORD="$(url_decode "${userinfo#*:}")"
    fi
  fi
}

# tandem_db_settings: export the libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, and
# PGSSLMODE when the URL names one) for the database the backend of bin/run uses:
# QUARKUS_DATASOURCE_JDBC_URL (with _USERNAME/_PASSWORD) if set, else DATABASE_URL, else bin/run's own
# PostgreSQL (127.0.0.1:54320, database tandem, user tandem). Sets TANDEM_DB_SOURCE to say which, and
# TANDEM_DB_OWN_CLUSTER=true for bin/run's own cluster (where the superuser `postgres` signs in without a
# password). Returns 1 (with a message) for a URL it cannot read.
tandem_db_settings() {
  TANDEM_DB_OWN_CLUSTER=false
  if [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]]; then
    TANDEM_DB_SOURCE="QUARKUS_DATASOURCE_JDBC_URL"
  elif [[ -n "${DATABASE_URL:-}" ]]; then
    TANDEM_DB_SOURCE="DATABASE_URL"
    parse_database_url "$DATABASE_URL"
  else
    TANDEM_DB_SOURCE="bin/run's own PostgreSQL"
    TANDEM_DB_OWN_CLUSTER=true
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:54320/tandem"
    QUARKUS_DATASOURCE_USERNAME=tandem
    QUARKUS_DATASOURCE_PASSWORD=tandem
  fi
  local url="$QUARKUS_DATASOURCE_JDBC_URL" rest hostport db query="" param
  if [[ ! "$url" =~ ^jdbc:postgresql:// ]]; then
    warn "the database URL must look like jdbc:postgresql://host:port/db (got '${url%%//*}//...')"
    return 1
  fi
  rest="${url#jdbc:postgresql://}"
  hostport="${rest%%/*}"
  db="${rest#*/}"
  [[ "$rest" == */* ]] || db="tandem"
  if [[ "$db" == *\?* ]]; then
    query="${db#*\?}"
    db="${db%%\?*}"
  fi
  if [[ "$hostport" == *,* ]]; then
    warn "the database URL names several hosts ($hostport): name one (the primary)"
    return 1
  fi
  if [[ "$hostport" == \[* ]]; then # [IPv6]:port
    PGHOST="${hostport%%]*}"
    PGHOST="${PGHOST#\[}"
    PGPORT="${hostport##*]}"
    PGPORT="${PGPORT#:}"
  else
    PGHOST="${hostport%%:*}"
    PGPORT=""
    [[ "$hostport" == *:* ]] && PGPORT="${hostport#*:}"
  fi
  PGPORT="${PGPORT:-5432}"
  PGDATABASE="$(url_decode "${db:-tandem}")"
  PGUSER="${QUARKUS_DATASOURCE_USERNAME:-tandem}"
  PGPASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-tandem}"
  export PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD TANDEM_DB_SOURCE TANDEM_DB_OWN_CLUSTER
  local IFS='&'
  for param in $query; do
    case "$param" in
      sslmode=*) PGSSLMODE="${param#sslmode=}"; export PGSSLMODE ;;
    esac
  done
}
