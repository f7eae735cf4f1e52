#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store suites, listening only on a Unix socket inside DIR.
#   scripts/pg-cluster.sh start DIR   initdb + pg_ctl start; prints the clouddir --db URL of an empty database
#   scripts/pg-cluster.sh stop DIR    stops the server and removes DIR
# As root the server runs as the unprivileged user `nobody` (initdb refuses root).
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}
port=54329
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "error: PostgreSQL server binaries not found (install the postgresql package)" >&2; exit 1; }

runas=()
if [ "$(id -u)" -eq 0 ]; then
    runas=(runuser -u nobody --)
fi

case "$cmd" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown nobody "$dir"
    "${runas[@]}" "$bin/initdb" -D "$dir/data" -A trust -U clouddir -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    "${runas[@]}" "$bin/createdb" -h "$dir" -p "$port" -U clouddir clouddir_test
    echo "postgresql://clouddir@/clouddir_test?host=$dir&port=$port"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        "${runas[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
