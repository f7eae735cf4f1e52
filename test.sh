#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every ctest suite (SQLite and a throwaway
# PostgreSQL cluster, keychain suites in a private D-Bus session, GUI suites on the offscreen platform).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

ensure_packages
build_clouddir -DCLOUDDIR_WERROR=ON

# A throwaway PostgreSQL cluster for the store suites; removed again on exit.
pgdir=$(mktemp -d /tmp/clouddir-pg.XXXXXX)
cleanup() { scripts/pg-cluster.sh stop "$pgdir" || true; }
trap cleanup EXIT
CLOUDDIR_TEST_PG=$(scripts/pg-cluster.sh start "$pgdir")
export CLOUDDIR_TEST_PG
export CLOUDDIR_REQUIRE_PG=1
# Suites against independent peers (node + oauth2-mock-server) fail instead of skipping when the peer is missing.
export CLOUDDIR_REQUIRE_PEERS=1

ctest --test-dir build --output-on-failure --no-tests=error "$@"
