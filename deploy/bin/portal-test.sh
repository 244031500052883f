#!/usr/bin/env bash
# The web portal's browser journeys (Playwright, playwright-core from npm, driving Debian's Chromium)
# against a running instance: log in through the real Keycloak page as ent-demo, uni-demo and
# expert-demo and check what the screens show against the API.
#   deploy/bin/portal-test.sh [base-url]         default: the end-to-end instance http://127.0.0.1:18080
# Failures keep a screenshot and a Playwright trace in logs/portal-test/.
# PORTAL_SCREENSHOTS=docs/screenshots also saves the main screens (how the README's pictures are made).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BASE=${1:-http://127.0.0.1:18080}
WEBUI=$ZJTX_REPO/gateway/src/main/webui
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

# Chromium, and a Chinese font so that screenshots and traces are readable.
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v fc-list >/dev/null && [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  say "安装 ${missing[*]}（apt-get）"
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi
[ -x "$CHROMIUM" ] || die "缺少 Chromium（$CHROMIUM）。请以 root 安装：apt-get install -y chromium fonts-wqy-microhei（Debian；Ubuntu 为 chromium-browser），或设置 CHROMIUM=浏览器路径"
command -v node >/dev/null || die "缺少 Node.js 20 或更高版本（apt-get install nodejs npm）"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || die "需要 Node.js 20 或更高版本（当前 $(node -v)）"
if [ ! -d "$WEBUI/node_modules/playwright-core" ]; then
  say "安装门户依赖（npm ci）"
  (cd "$WEBUI" && npm ci --no-audit --no-fund >/dev/null)
fi
curl -fsS -o /dev/null --max-time 5 "$BASE/portal-config.json" || die "门户未运行：$BASE/portal-config.json 无响应"

say "门户浏览器测试：$BASE"
mkdir -p "$ZJTX_LOGS/portal-test"
cd "$ZJTX_REPO"
PORTAL_ARTIFACTS="$ZJTX_LOGS/portal-test" node "$WEBUI/e2e/run.mjs" "$BASE"
