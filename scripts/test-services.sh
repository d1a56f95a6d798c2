# Sourced by build.sh: installs and starts what the tests need (PostgreSQL on loopback).
# Exports AO_TEST_POSTGRES, an Npgsql connection string to a superuser on a throwaway server. When AO_TEST_POSTGRES
# is already set (a server of your own), that server is used and nothing is started. The throwaway server keeps
# fsync and synchronous_commit on, so the persistence benchmarks measure durable commits.

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# PostgreSQL for the journal tests; iproute2 (`ip`) for the cluster's network-namespace partition test.
ensure_test_prerequisites() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v ip >/dev/null 2>&1 || missing+=(iproute2)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "installing ${missing[*]} from Debian's packages..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing for the tests: ${missing[*]}; run 'sudo apt-get install -y ${missing[*]}' and retry." >&2
    echo "(the cluster partition test also needs root, to create network namespaces)" >&2
    exit 1
  fi
}

start_test_services() {
  if [ -n "${AO_TEST_POSTGRES:-}" ]; then
    echo "using the PostgreSQL named by AO_TEST_POSTGRES"
    return 0
  fi
  local bin; bin=$(pg_bin)
  AO_PG_DIR=$(mktemp -d /tmp/ao-test-pg.XXXXXX)
  local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$AO_PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$AO_PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$AO_PG_DIR/data" -l "$AO_PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $AO_PG_DIR -c max_connections=300 -c fsync=on -c synchronous_commit=on" start >/dev/null \
    || { echo "PostgreSQL did not start; its log:" >&2; cat "$AO_PG_DIR/log" >&2; return 1; }
  AO_PG_PID=$(head -1 "$AO_PG_DIR/data/postmaster.pid")
  export AO_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "test PostgreSQL on 127.0.0.1:$port (pid $AO_PG_PID)"
}

stop_test_services() {
  if [ -n "${AO_PG_PID:-}" ]; then
    kill -INT "$AO_PG_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$AO_PG_PID" 2>/dev/null || break; sleep 0.2; done
  fi
  [ -n "${AO_PG_DIR:-}" ] && rm -rf "$AO_PG_DIR"
}
