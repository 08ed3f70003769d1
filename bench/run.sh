#!/usr/bin/env bash
# Runs every benchmark (or those whose file name contains $1). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -b bench/tsconfig.json
for f in bench/dist/torch/*.js bench/dist/vision/*.js; do
  case "$f" in *"${1:-}"*) node "$f" ;; esac
done
