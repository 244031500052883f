#!/usr/bin/env bash
# 目标看板's API at 100,000 firms, answered at the service, with and without the reuse of recent answers
# (zjtx.dashboard.fresh-for) in the same run: the baseline computes every answer anew.
#   deploy/bench/dashboard-api.sh [calls per path, default 30]
# PAGE=1 then also measures the page (目标看板, all charts drawn, 5 visits in headless Chromium) through the
# e2e instance's gateway, whose enterprise-service is replaced by this one (port 18081) for the measurement.
# Needs the built enterprise-service (./mvnw package -pl enterprise-service -am -DskipTests), PostgreSQL and
# Keycloak (deploy/bin/servers.sh start). Makes its own database zjtx_enterprise_bench (the 2,000 demo firms
# grown to 100,000 by dashboard-100k.sql, kept between runs), its own port 18091 and event exchange: it never
# touches a running instance.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
source "$(dirname "$0")/timing.sh"
use_jdk
CALLS=${1:-30}
PORT=18091
DB=zjtx_enterprise_bench
JAR=$ZJTX_REPO/enterprise-service/target/quarkus-app/quarkus-run.jar
LOG=$ZJTX_LOGS/bench/enterprise-dashboard.log
PATHS=(/api/v1/dashboard/targets /api/v1/dashboard/districts /api/v1/dashboard/clusters /api/v1/dashboard/trend)
[ -f "$JAR" ] || die "enterprise-service 尚未构建：./mvnw package -pl enterprise-service -am -DskipTests"
mkdir -p "$(dirname "$LOG")"
pid=
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap stop_service EXIT

start_service() { # $1: fresh-for, $2: demo on/off, $3: port (default $PORT)
  local port=${3:-$PORT}
  port_open 127.0.0.1 "$port" && die "端口 $port 已被占用"
  ZJTX_ENTERPRISE_PORT=$port ZJTX_ENTERPRISE_DB=$DB QUARKUS_PROFILE=local ZJTX_DEMO_ENABLED=$2 \
    ZJTX_EVENTS_EXCHANGE=zjtx.events.bench ZJTX_EVENTS_QUEUE=enterprise-service.bench ZJTX_LOG_FILE_ENABLED=false \
    ZJTX_DASHBOARD_FRESH_FOR=$1 "$JAVA_HOME/bin/java" -Xmx768m -XX:+UseSerialGC -jar "$JAR" > "$LOG" 2>&1 &
  pid=$!
  wait_http "http://127.0.0.1:$port/q/health/ready" 180 || { tail -30 "$LOG"; die "enterprise-service 未就绪，见 $LOG"; }
}

# 0 while the table does not exist yet (a new database: Flyway creates it when the service first starts).
firms() { PGPASSWORD=zjtx psql -h 127.0.0.1 -U zjtx -d $DB -tA -v ON_ERROR_STOP=1 -c 'select count(*) from enterprise' 2>/dev/null || echo 0; }

if ! PGPASSWORD=zjtx psql -h 127.0.0.1 -U zjtx -d $DB -tAc 'select 1' >/dev/null 2>&1; then
  say "建立 $DB"
  "$ZJTX_REPO/deploy/bin/servers.sh" create-db $DB
fi
if [ "$(firms)" -lt 2000 ]; then
  say "加载演示企业 2,000 家"
  start_service 0S true
  for _ in $(seq 300); do [ "$(firms)" -ge 2000 ] 2>/dev/null && grep -q "已加载" "$LOG" && break; sleep 1; done
  stop_service
fi
if [ "$(firms)" -lt 100000 ]; then
  say "扩充到 100,000 家（deploy/bench/dashboard-100k.sql）"
  PGPASSWORD=zjtx psql -h 127.0.0.1 -U zjtx -d $DB -v ON_ERROR_STOP=1 -q -f "$ZJTX_REPO/deploy/bench/dashboard-100k.sql"
fi
say "企业库：$(firms) 家企业；每个接口 $CALLS 次（另有 1 次预热不计）；机器负载 $(cut -d' ' -f1-3 /proc/loadavg)"

TOKEN=$(demo_token admin-demo)

measure() { # $1: label
  local path times
  for path in "${PATHS[@]}"; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path"
    times=$(for _ in $(seq "$CALLS"); do
      curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path"
    done | sort -n)
    awk -v label="$1" -v path="$path" '{t[NR]=$1*1000} END {
      p50=t[int((NR+1)*0.5)]; p95=t[int(NR*0.95+0.999)];
      printf "%-28s %-30s p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms\n", label, path, p50, p95, t[NR] }' <<< "$times"
  done
}

start_service 0S false
measure "基线：每次重新计算"
stop_service
start_service PT1M false
measure "复用一分钟内的答案"

if [ "${PAGE:-0}" = 1 ]; then
  stop_service
  say "页面：e2e 实例的网关（:18080，Keycloak 允许的回调地址）转发到这份 100,000 家企业的 enterprise-service"
  trap 'stop_service; ZJTX_INSTANCE=e2e "$ZJTX_REPO/deploy/bin/platform.sh" stop >/dev/null' EXIT
  ZJTX_INSTANCE=e2e ZJTX_DEMO_ENABLED=false "$ZJTX_REPO/deploy/bin/platform.sh" start >/dev/null
  kill "$(cat "$ZJTX_RUN/e2e/enterprise-service.pid")"
  for _ in $(seq 60); do port_open 127.0.0.1 18081 || break; sleep 0.5; done
  start_service PT1M false 18081
  (cd "$ZJTX_REPO/gateway/src/main/webui" &&
    BENCH_PATHS=/dashboard/targets,/dashboard/districts,/dashboard/clusters,/dashboard/trend \
      node e2e/dashboard-bench.mjs http://127.0.0.1:18080 "$CALLS")
fi
