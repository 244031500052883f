#!/usr/bin/env bash
# Duplicated code in the main (non-test) Java sources only, as docs/engineering.md counts it:
#   deploy/bin/duplicates-main.sh [more options of the duplicates tool, e.g. --most 60]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v duplicates >/dev/null || die "需要 duplicates 工具（开发机工具库）"
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cd "$ZJTX_REPO"
git ls-files | grep /src/main/java/ | xargs -I{} cp --parents {} "$copy/"
cd "$copy" && duplicates --repo . --seconds 60 "$@"
