#!/usr/bin/env bash
# The whole test suite: unit and integration tests of every service against the real PostgreSQL,
# RabbitMQ, Elasticsearch and Keycloak, then the end-to-end suite against a separately started
# platform instance (ports 18080…18083, databases zjtx_*_e2e), and the web portal's browser journeys
# against that instance. Servers start once per run.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_jdk
started=$(date +%s)
say "使用 JDK：$JAVA_HOME"
"$ZJTX_REPO/deploy/bin/servers.sh" start

say "单元与集成测试（./mvnw verify）"
"$ZJTX_REPO/mvnw" -B -fae verify -f "$ZJTX_REPO/pom.xml"

say "端到端测试：启动独立实例"
"$ZJTX_REPO/deploy/bin/servers.sh" reset-e2e
trap 'ZJTX_INSTANCE=e2e "$ZJTX_REPO/deploy/bin/platform.sh" stop' EXIT
ZJTX_INSTANCE=e2e "$ZJTX_REPO/deploy/bin/platform.sh" start
"$ZJTX_REPO/mvnw" -B verify -Pe2e -pl deploy -f "$ZJTX_REPO/pom.xml"
say "门户浏览器测试（Chromium，端到端实例）"
"$ZJTX_REPO/deploy/bin/portal-test.sh" "http://127.0.0.1:$((8080 + 10000))"
say "全部测试通过，用时 $(( $(date +%s) - started )) 秒"
