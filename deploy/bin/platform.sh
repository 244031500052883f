#!/usr/bin/env bash
# Starts, stops and reports the platform's four services from their built jars.
#   deploy/bin/platform.sh start|stop|status|restart <service>…|kill <service>
# ZJTX_INSTANCE=e2e runs a second, separate instance for the end-to-end suite: ports +10000
# (18080…18083), databases zjtx_*_e2e, logs in logs/e2e, so tests never touch a running demo.
# ZJTX_INSTANCE=eval runs a third one for the matchmaking evaluation: ports +20000 (28080…28083),
# databases zjtx_*_eval, index prefix eval-, logs in logs/eval (servers.sh reset-eval empties it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

INSTANCE=${ZJTX_INSTANCE:-local}
case $INSTANCE in
  e2e) OFFSET=10000; DB_SUFFIX=_e2e ;;
  eval) OFFSET=20000; DB_SUFFIX=_eval ;;
  *) OFFSET=0; DB_SUFFIX="" ;;
esac
LOG_DIR=$ZJTX_LOGS/$INSTANCE
PID_DIR=$ZJTX_RUN/$INSTANCE
mkdir -p "$LOG_DIR" "$PID_DIR"

SERVICES=(enterprise-service policy-service matchmaking-service gateway)
port_of() {
  case $1 in
    gateway) echo $((8080 + OFFSET)) ;;
    enterprise-service) echo $((8081 + OFFSET)) ;;
    policy-service) echo $((8082 + OFFSET)) ;;
    matchmaking-service) echo $((8083 + OFFSET)) ;;
  esac
}
# Where a service's health answers: the services on their own loopback-only port, the gateway on its
# management interface (9000 + offset), never on its public port.
health_url() {
  if [ "$1" = gateway ]; then echo "http://127.0.0.1:$((9000 + OFFSET))/q/health/ready"
  else echo "http://127.0.0.1:$(port_of "$1")/q/health/ready"; fi
}

start_one() {
  local svc=$1 port jar pidfile
  port=$(port_of "$svc"); jar=$ZJTX_REPO/$svc/target/quarkus-app/quarkus-run.jar; pidfile=$PID_DIR/$svc.pid
  [ -f "$jar" ] || die "$svc 尚未构建（缺少 $jar）。请先运行 ./mvnw package -DskipTests"
  stop_one "$svc"
  port_open 127.0.0.1 "$port" && die "端口 $port 已被其他程序占用，$svc 无法启动"
  say "启动 $svc（:$port）"
  (
    cd "$ZJTX_REPO"
    export ZJTX_ENTERPRISE_PORT=$(port_of enterprise-service) ZJTX_POLICY_PORT=$(port_of policy-service)
    export ZJTX_MATCHMAKING_PORT=$(port_of matchmaking-service) ZJTX_GATEWAY_PORT=$(port_of gateway)
    export ZJTX_MANAGEMENT_PORT=$((9000 + OFFSET))
    export ZJTX_ENTERPRISE_URL=http://127.0.0.1:$(port_of enterprise-service)
    export ZJTX_POLICY_URL=http://127.0.0.1:$(port_of policy-service)
    export ZJTX_MATCHMAKING_URL=http://127.0.0.1:$(port_of matchmaking-service)
    export ZJTX_ENTERPRISE_DB=zjtx_enterprise$DB_SUFFIX ZJTX_POLICY_DB=zjtx_policy$DB_SUFFIX
    export ZJTX_MATCHMAKING_DB=zjtx_matchmaking$DB_SUFFIX ZJTX_GATEWAY_DB=zjtx_gateway$DB_SUFFIX
    export ZJTX_INDEX_PREFIX=${INSTANCE}- ZJTX_INSTANCE=$INSTANCE
    export ZJTX_DEMO_ENABLED=${ZJTX_DEMO_ENABLED:-true}
    # The end-to-end suites compare a screen with the API at once; the dashboard's answers up to a
    # minute old are its design (tested in RecentAnswersTest, measured in deploy/bench), not theirs.
    # The portal journeys provoke a webhook dead letter: one loopback port where nothing listens is
    # allowed as a callback on the e2e instance only (the SSRF guard refuses loopback everywhere
    # else), and a delivery gives up after 2 attempts 1 s apart instead of 6 over minutes.
    if [ "$INSTANCE" = e2e ]; then
      export ZJTX_DASHBOARD_FRESH_FOR=${ZJTX_DASHBOARD_FRESH_FOR:-0S}
      export ZJTX_WEBHOOK_ALLOW_LIST=${ZJTX_WEBHOOK_ALLOW_LIST:-127.0.0.1:18977}
      export ZJTX_PUSH_WEBHOOKS_MAX_ATTEMPTS=${ZJTX_PUSH_WEBHOOKS_MAX_ATTEMPTS:-2}
      export ZJTX_PUSH_WEBHOOKS_BACKOFF=${ZJTX_PUSH_WEBHOOKS_BACKOFF:-PT1S}
    fi
    # Each instance has its own event exchange and queues: the e2e instance never consumes what the
    # local demo (or a test run) published, and the other way round.
    export ZJTX_EVENTS_EXCHANGE=zjtx.events.$INSTANCE
    export ZJTX_EVENTS_QUEUE=$svc.enterprise-events.$INSTANCE
    export ZJTX_LOG_FILE_ENABLED=false
    # The local profile: the only one (besides dev mode and tests) where the demo credentials apply
    # (PostgreSQL zjtx/zjtx, RabbitMQ guest/guest, the demo realm's gateway client secret).
    export QUARKUS_PROFILE=local
    setsid nohup "$JAVA_HOME/bin/java" -Xmx${ZJTX_SERVICE_HEAP:-768m} -XX:+UseSerialGC -Dfile.encoding=UTF-8 \
      -jar "$jar" > "$LOG_DIR/$svc.log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
  )
}

stop_one() {
  local svc=$1 pidfile=$PID_DIR/$1.pid
  if pid_alive "$pidfile"; then
    say "停止 $svc"
    kill "$(cat "$pidfile")" 2>/dev/null || true
    for _ in $(seq 30); do pid_alive "$pidfile" || break; sleep 0.5; done
    pid_alive "$pidfile" && kill -9 "$(cat "$pidfile")" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

wait_ready() {
  local svc=$1 port i
  port=$(port_of "$svc")
  for ((i = 0; i < 180; i++)); do
    curl -fsS -o /dev/null --max-time 3 "$(health_url "$svc")" 2>/dev/null && { say "$svc 就绪"; return 0; }
    pid_alive "$PID_DIR/$svc.pid" || { tail -n 40 "$LOG_DIR/$svc.log" >&2; die "$svc 启动失败，日志：$LOG_DIR/$svc.log"; }
    sleep 1
  done
  tail -n 40 "$LOG_DIR/$svc.log" >&2
  die "$svc 在 180 秒内未就绪，日志：$LOG_DIR/$svc.log"
}

start_all() {
  local svc
  # The services first, one after another (two cores: parallel start-ups only slow each other).
  # The consumers of enterprise events before enterprise-service: each declares its durable queue when
  # it starts, and an event published before any queue is bound to the exchange reaches nobody. On
  # a fresh RabbitMQ, starting enterprise-service first lost every demo firm's registration.
  for svc in policy-service matchmaking-service enterprise-service; do start_one "$svc"; wait_ready "$svc"; done
  start_one gateway; wait_ready gateway
}

status_all() {
  local svc port state
  for svc in "${SERVICES[@]}"; do
    port=$(port_of "$svc")
    if curl -fsS -o /dev/null --max-time 3 "$(health_url "$svc")" 2>/dev/null; then state=UP
    elif pid_alive "$PID_DIR/$svc.pid"; then state=STARTING/DOWN; else state=STOPPED; fi
    printf '%-20s :%-6s %s\n' "$svc" "$port" "$state"
  done
}

use_jdk
case "${1:-start}" in
  start) start_all ;;
  stop) for svc in gateway matchmaking-service policy-service enterprise-service; do stop_one "$svc"; done ;;
  status) status_all ;;
  # Restarts the named services only (e.g. matchmaking-service after a rebuild).
  restart) shift; [ $# -gt 0 ] || die "用法：$0 restart <服务名>…"; for svc in "$@"; do start_one "$svc"; wait_ready "$svc"; done ;;
  # kill -9, as a crash would (the fault-injection suite): no shutdown hook runs, nothing is flushed.
  kill) [ -n "${2:-}" ] && pid_alive "$PID_DIR/$2.pid" || die "用法：$0 kill <运行中的服务名>"
    say "强行终止 $2（kill -9）"; kill -9 "$(cat "$PID_DIR/$2.pid")" ;;
  *) die "用法：$0 start|stop|status|restart <服务名>…|kill <服务名>" ;;
esac
