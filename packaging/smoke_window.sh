#!/usr/bin/env bash
# Start a built Composer on the current display, report how long until its window is shown,
# save a screenshot beside the bundle, and close it. Usage: smoke_window.sh PATH/TO/composer
set -euo pipefail
app="$1"
shot="$(dirname "$app")/../bundle-window.png"
export XDG_CONFIG_HOME="$(mktemp -d)" XDG_DATA_HOME="$(mktemp -d)"  # a first start, nothing of the user's
start=$(date +%s%N)
"$app" "$(dirname "$0")/sample-post.txt" &
pid=$!
for _ in $(seq 1 300); do
  if xdotool search --onlyvisible --name "Composer" >/dev/null 2>&1; then
    end=$(date +%s%N)
    echo "window shown after $(( (end - start) / 1000000 )) ms"
    sleep 2
    if command -v import >/dev/null; then import -window root "$shot" && echo "screenshot: $shot"; fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited before showing its window"; exit 1; fi
  sleep 0.05
done
kill "$pid" 2>/dev/null || true
echo "the window did not appear within 15 s"
exit 1
