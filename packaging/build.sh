#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller and check that it works:
# `composer --version`, `composer check` on a sample, and the window starting (under Xvfb when
# there is no display). Prints the bundle's size and start time.
#
#   bash packaging/build.sh            # uses the current Python environment
set -euo pipefail
cd "$(dirname "$0")/.."
# Only the build tool: the spec reads the project from this tree (pathex), so an editable install stays editable.
python -m pip install --quiet "pyinstaller>=6.5,<7"
python -m PyInstaller packaging/composer.spec --noconfirm --distpath packaging/dist --workpath packaging/build >packaging/build.log 2>&1 \
  || { tail -n 40 packaging/build.log; exit 1; }
bundle=packaging/dist/composer
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"

"$bundle/composer" --version
status=0
echo "My patient in room 412 finally slept." | "$bundle/composer" check --role patient-care || status=$?
[ "$status" -eq 1 ] || { echo "composer check from the bundle: expected exit 1, got $status"; exit 1; }
echo "Sunny day at the lake." | "$bundle/composer" check
echo "composer check from the bundle: ok"

# The window: start it, wait until it is shown, measure, screenshot, close.
if [ -n "${DISPLAY:-}" ]; then
  bash packaging/smoke_window.sh "$bundle/composer"
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1400x900x24" bash packaging/smoke_window.sh "$bundle/composer"
else
  echo "no display and no xvfb-run: window start not checked"
fi
