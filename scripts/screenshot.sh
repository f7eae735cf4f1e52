#!/usr/bin/env bash
# Renders docs/import-modal.png, the README's screenshot of the Import users modal, under Xvfb from a real build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
# A CJK font, so the generated names with Japanese characters render as text, not boxes.
ensure_packages fonts-wqy-microhei
[ -x build/bin/screenshot_import ] || { echo "build first (./test.sh or ./run.sh)" >&2; exit 1; }
mkdir -p docs
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" build/bin/screenshot_import docs/import-modal.png
echo "wrote docs/import-modal.png"
