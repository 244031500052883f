#!/usr/bin/env bash
# 产学研 matching latency at 100,000 experts + 100,000 needs (issue 13, "p50 ≤ 30 ms / p99 ≤ 100 ms for a stored
# need"): the service's own endpoint, the whole pipeline (BM25 and kNN in Elasticsearch, the exact BM25 of
# vector-only candidates, candidates and their vectors read from PostgreSQL, fusion, re-rank, explanations):
#   baseline   GET /api/v1/experts/{id}                              one expert, one primary-key read
#   need       GET /api/v1/matches/needs/{id}/experts?size=20        a stored need's first page of experts
#   deploy/bench/matchmaking-latency.sh [requests per path, default 300]     (REINDEX=1: rebuild the indexes first)
# Needs the built matchmaking-service (./mvnw package -pl matchmaking-service -am -DskipTests) and the servers
# (deploy/bin/servers.sh start). Makes its own database zjtx_matchmaking_bench (the demo data grown by
# matchmaking-100k.sql, kept between runs), its own indexes (mmbench-*), port 18093 and event exchange: it
# never touches a running instance. Each request asks for a different need, chosen at random.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
source "$(dirname "$0")/timing.sh"
use_jdk
CALLS=${1:-300}
PORT=18093
DB=zjtx_matchmaking_bench
BASE=http://127.0.0.1:$PORT
JAR=$ZJTX_REPO/matchmaking-service/target/quarkus-app/quarkus-run.jar
LOG=$ZJTX_LOGS/bench/matchmaking-latency.log
[ -f "$JAR" ] || die "matchmaking-service 尚未构建：./mvnw package -pl matchmaking-service -am -DskipTests"
mkdir -p "$(dirname "$LOG")"
pid=
stop_service() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap stop_service EXIT

start_service() { # $1: demo on/off
  port_open 127.0.0.1 "$PORT" && die "端口 $PORT 已被占用"
  ZJTX_MATCHMAKING_PORT=$PORT ZJTX_MATCHMAKING_DB=$DB QUARKUS_PROFILE=local ZJTX_DEMO_ENABLED=$1 \
    ZJTX_INDEX_PREFIX=mmbench- ZJTX_MANAGEMENT_PORT=19093 ZJTX_EVENTS_EXCHANGE=zjtx.events.bench \
    ZJTX_EVENTS_QUEUE=matchmaking-service.bench ZJTX_LOG_FILE_ENABLED=false \
    "$JAVA_HOME/bin/java" -Xmx768m -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "$JAR" > "$LOG" 2>&1 &
  pid=$!
  wait_http "$BASE/q/health/live" 180 || { tail -30 "$LOG"; die "matchmaking-service 未就绪，见 $LOG"; }
}
psql_bench() { PGPASSWORD=zjtx psql -h "$PG_HOST" -p "$PG_PORT" -U zjtx -d $DB -tA -v ON_ERROR_STOP=1 "$@"; }
count() { psql_bench -c "select count(*) from $1" 2>/dev/null || echo 0; }
# Rows not yet embedded or indexed: the demo loader's rows get their vectors from the indexing job.
backlog() { curl -fsS -H "Authorization: Bearer $(demo_token admin-demo)" "$BASE/api/v1/admin/search/status" | sed 's/.*"pending":\([0-9]*\).*/\1/'; }

psql_bench -c 'select 1' >/dev/null 2>&1 || { say "建立 $DB"; "$ZJTX_REPO/deploy/bin/servers.sh" create-db $DB; }
if [ "$(count expert)" -lt 240 ]; then
  say "加载演示数据并计算其向量"
  start_service true
  for _ in $(seq 600); do
    [ "$(count expert)" -ge 240 ] && [ "$(backlog 2>/dev/null || echo 1)" = 0 ] && break
    sleep 2
  done
  stop_service
fi
if [ "$(count expert)" -lt 100000 ] || [ "$(count tech_need)" -lt 100000 ]; then
  say "扩充到 100,000 位专家、100,000 条需求（deploy/bench/matchmaking-100k.sql，约 2 分钟）"
  psql_bench -q -f "$ZJTX_REPO/deploy/bench/matchmaking-100k.sql"
fi
start_service false
TOKEN=$(demo_token admin-demo)
indexed() { curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/admin/search/status" | grep -o "\"$1\":{[^}]*}" | grep -o '[0-9]*}$' | tr -d '}'; }
if [ "$(indexed experts)" != "$(count expert)" ] || [ "$(indexed needs)" != "$(count tech_need)" ] || [ "${REINDEX:-0}" = 1 ]; then
  say "全量重建索引（复用已存向量）"
  reindexed=$(date +%s)
  curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/admin/search/reindex" > /dev/null
  say "重建用时 $(( $(date +%s) - reindexed )) 秒；等 Elasticsearch 合并段 30 秒"
  sleep 30
fi

mapfile -t NEEDS < <(psql_bench -c "select id from tech_need where status = 'OPEN' order by random() limit $CALLS")
mapfile -t EXPERTS < <(psql_bench -c "select id from expert order by random() limit $CALLS")
say "专家 $(count expert) 位，需求 $(count tech_need) 条；每类 ${#NEEDS[@]} 次（另有 1 轮预热不计）；机器负载 $(cut -d' ' -f1-3 /proc/loadavg)"
time_urls baseline "${EXPERTS[@]/#/$BASE/api/v1/experts/}"
urls=()
for id in "${NEEDS[@]}"; do urls+=("$BASE/api/v1/matches/needs/$id/experts?size=20"); done
time_urls need "${urls[@]}"
say "机器负载 $(cut -d' ' -f1-3 /proc/loadavg)"
