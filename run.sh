#!/usr/bin/env bash
# Installs what is missing, builds, and opens clouddir.
#   ./run.sh            the app on its own SQLite directory in the user's data folder
#   ./run.sh --sandbox  the app on a demo tenant (graphsim with 2,000 generated users, started and stopped by the app)
# Any further arguments are passed to clouddir.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/deps.sh

ensure_packages
build_clouddir
exec build/bin/clouddir "$@"
