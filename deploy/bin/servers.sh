#!/usr/bin/env bash
# The real servers the platform needs: checks PostgreSQL and RabbitMQ (installs them as root on
# Debian/Ubuntu if missing), starts Elasticsearch 9.2.0 and Keycloak 26.7.3 fetched through Maven.
# Idempotent: start when already running does nothing; status tells what answers.
#   deploy/bin/servers.sh start|stop|status|reset-e2e|reset-eval
#   deploy/bin/servers.sh fault broker-stop|broker-start|db-stop|db-start|es-stop|es-start|kc-stop|kc-start
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ES_HOME=$ZJTX_HOME/elasticsearch-$ES_VERSION
ES_DATA=$ZJTX_HOME/es-data
ES_USER=zjtx-es
KC_HOME=$ZJTX_HOME/keycloak-$KC_VERSION
REALM_JSON=$ZJTX_REPO/deploy/keycloak/zjtx-realm.json

is_root() { [ "$(id -u)" = 0 ]; }
debian_like() { command -v apt-get >/dev/null 2>&1; }

# ---------- PostgreSQL ----------
ensure_postgres() {
  if ! port_open "$PG_HOST" "$PG_PORT"; then
    if is_root && [ -d /etc/postgresql ]; then
      say "PostgreSQL 未运行，正在启动"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    elif is_root && debian_like; then
      say "未发现 PostgreSQL，正在安装（apt-get install postgresql）"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || true
    fi
    sleep 2
    port_open "$PG_HOST" "$PG_PORT" || die "PostgreSQL 在 $PG_HOST:$PG_PORT 无应答。请安装并启动：sudo apt-get install postgresql && sudo pg_ctlcluster <版本> main start（或设置 ZJTX_DB_HOST/ZJTX_DB_PORT）"
  fi
  create_databases
}

psql_admin() {
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  elif is_root && id postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
  else
    die "无法以管理员身份连接 PostgreSQL：请确认 postgres 用户可从 $PG_HOST 登录，或手工创建角色 zjtx（密码 zjtx）及数据库 zjtx_enterprise、zjtx_policy、zjtx_matchmaking、zjtx_gateway（及其 _test、_e2e、_eval 副本）。"
  fi
}

create_databases() {
  local db
  psql_admin -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'zjtx') then create role zjtx login password 'zjtx'; end if; end \$\$;"
  for db in enterprise policy matchmaking gateway; do
    for suffix in "" _test _e2e _eval; do
      if [ -z "$(psql_admin -c "select 1 from pg_database where datname = 'zjtx_${db}${suffix}'")" ]; then
        psql_admin -c "create database zjtx_${db}${suffix} owner zjtx encoding 'UTF8' template template0" >/dev/null
      fi
    done
  done
}

# ---------- RabbitMQ ----------
ensure_rabbitmq() {
  port_open "$RABBIT_HOST" "$RABBIT_PORT" && return 0
  if is_root && command -v rabbitmq-server >/dev/null 2>&1; then
    say "RabbitMQ 未运行，正在启动"
    rabbitmq-server -detached || true
  elif is_root && debian_like; then
    say "未发现 RabbitMQ，正在安装（apt-get install rabbitmq-server）"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
    rabbitmq-server -detached || true
  fi
  local i
  for ((i = 0; i < 60; i++)); do port_open "$RABBIT_HOST" "$RABBIT_PORT" && return 0; sleep 1; done
  die "RabbitMQ 在 $RABBIT_HOST:$RABBIT_PORT 无应答。请安装并启动：sudo apt-get install rabbitmq-server && sudo rabbitmq-server -detached（或设置 ZJTX_RABBITMQ_HOST/ZJTX_RABBITMQ_PORT）"
}

# ---------- Elasticsearch ----------
es_healthy() { curl -fsS --max-time 2 "http://127.0.0.1:$ES_PORT/_cluster/health" >/dev/null 2>&1; }

install_es() {
  [ -x "$ES_HOME/bin/elasticsearch" ] && return 0
  local zip=$ZJTX_HOME/dist/elasticsearch-$ES_VERSION.zip
  mkdir -p "$ZJTX_HOME/dist"
  fetch_zip "org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" "$zip"
  say "解压 Elasticsearch $ES_VERSION"
  rm -rf "$ES_HOME.tmp" && mkdir -p "$ES_HOME.tmp"
  unzip -q "$zip" -d "$ES_HOME.tmp"
  mv "$ES_HOME.tmp/elasticsearch-$ES_VERSION" "$ES_HOME" && rm -rf "$ES_HOME.tmp"
}

start_es() {
  es_healthy && { say "Elasticsearch 已在运行（:$ES_PORT）"; return 0; }
  port_open 127.0.0.1 "$ES_PORT" && die "端口 $ES_PORT 已被其他程序占用，Elasticsearch 无法启动（可设置 ZJTX_ES_PORT）"
  install_es
  mkdir -p "$ES_DATA" "$ZJTX_LOGS/elasticsearch"
  local runner=()
  if is_root; then
    # Elasticsearch refuses to run as root: run it as an unprivileged user of its own.
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$ES_HOME" "$ES_DATA" "$ZJTX_LOGS/elasticsearch"
    chmod o+x "$ZJTX_HOME"
    runner=(runuser -u "$ES_USER" --)
  fi
  say "启动 Elasticsearch $ES_VERSION（:$ES_PORT）"
  "${runner[@]}" env ES_JAVA_HOME="$JAVA_HOME" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    "$ES_HOME/bin/elasticsearch" -d -p "$ES_DATA/es.pid" \
    -E discovery.type=single-node -E xpack.security.enabled=false \
    -E network.host=127.0.0.1 -E http.port="$ES_PORT" -E transport.port=9300-9399 \
    -E path.data="$ES_DATA/data" -E path.logs="$ZJTX_LOGS/elasticsearch" \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E action.destructive_requires_name=false \
    > "$ZJTX_LOGS/elasticsearch/stdout.log" 2>&1 \
    || die "Elasticsearch 启动失败，见 $ZJTX_LOGS/elasticsearch/"
  wait_http "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" 120 \
    || die "Elasticsearch 在 120 秒内未就绪，见 $ZJTX_LOGS/elasticsearch/"
  say "Elasticsearch 就绪"
}

stop_es() {
  local pidfile=$ES_DATA/es.pid
  if pid_alive "$pidfile"; then
    say "停止 Elasticsearch"
    kill "$(cat "$pidfile")" && for _ in $(seq 30); do pid_alive "$pidfile" || break; sleep 1; done
  fi
}

# ---------- Keycloak ----------
kc_ready() { curl -fsS --max-time 2 "http://127.0.0.1:$KC_PORT/realms/zjtx/.well-known/openid-configuration" >/dev/null 2>&1; }

install_kc() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  local zip=$ZJTX_HOME/dist/keycloak-quarkus-dist-$KC_VERSION.zip
  mkdir -p "$ZJTX_HOME/dist"
  fetch_zip "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "$zip"
  say "解压 Keycloak $KC_VERSION"
  rm -rf "$KC_HOME.tmp" && mkdir -p "$KC_HOME.tmp"
  unzip -q "$zip" -d "$KC_HOME.tmp"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$KC_HOME.tmp"
}

# A realm that exists is never re-imported by Keycloak: when the realm JSON in the repo changes,
# its kept data is dropped so the new realm is imported.
refresh_realm() {
  local sum
  sum=$(sha256sum "$REALM_JSON" | cut -d' ' -f1)
  if [ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$KC_HOME/data/h2" "$KC_HOME/data/import"
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_JSON" "$KC_HOME/data/import/zjtx-realm.json"
    echo "$sum" > "$KC_HOME/data/realm.sha256"
  fi
}

start_kc() {
  local pidfile=$ZJTX_RUN/keycloak.pid
  if kc_ready; then
    if [ "$(sha256sum "$REALM_JSON" | cut -d' ' -f1)" = "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null)" ]; then
      say "Keycloak 已在运行（:$KC_PORT）"; return 0
    fi
    say "realm 配置已变化，重启 Keycloak"; stop_kc
  fi
  port_open 127.0.0.1 "$KC_PORT" && die "端口 $KC_PORT 已被其他程序占用，Keycloak 无法启动（可设置 ZJTX_KEYCLOAK_PORT）"
  install_kc
  refresh_realm
  say "启动 Keycloak $KC_VERSION（:$KC_PORT；首次启动约 90 秒）"
  (
    cd "$KC_HOME"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
      setsid nohup bin/kc.sh start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="http://127.0.0.1:$KC_PORT" --import-realm \
      > "$ZJTX_LOGS/keycloak.log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
  )
  local i
  for ((i = 0; i < 240; i++)); do
    kc_ready && { say "Keycloak 就绪"; return 0; }
    pid_alive "$pidfile" || die "Keycloak 启动失败，见 $ZJTX_LOGS/keycloak.log"
    sleep 1
  done
  die "Keycloak 在 240 秒内未就绪，见 $ZJTX_LOGS/keycloak.log"
}

stop_kc() {
  local pidfile=$ZJTX_RUN/keycloak.pid
  if pid_alive "$pidfile"; then
    say "停止 Keycloak"
    kill -- "-$(cat "$pidfile")" 2>/dev/null || kill "$(cat "$pidfile")"
    for _ in $(seq 30); do pid_alive "$pidfile" || break; sleep 1; done
  fi
  rm -f "$pidfile"
}

# The end-to-end suite starts from empty databases and indexes every run; so does the matchmaking
# evaluation instance (reset_instance eval). Only that instance's databases and index prefix.
reset_instance() {
  local name=$1 db
  for db in enterprise policy matchmaking gateway; do
    psql_admin -c "drop database if exists zjtx_${db}_${name} with (force)" >/dev/null
    psql_admin -c "create database zjtx_${db}_${name} owner zjtx encoding 'UTF8' template template0" >/dev/null
  done
  if es_healthy; then curl -fsS -X DELETE "http://127.0.0.1:$ES_PORT/${name}-*" >/dev/null 2>&1 || true; fi
}
reset_e2e() { reset_instance e2e; say "端到端测试数据库与索引已清空"; }
reset_eval() { reset_instance eval; say "评测实例数据库与索引已清空"; }

status() {
  local name state
  for name in postgres rabbitmq elasticsearch keycloak; do
    case $name in
      postgres) port_open "$PG_HOST" "$PG_PORT" && state=UP || state=DOWN ;;
      rabbitmq) port_open "$RABBIT_HOST" "$RABBIT_PORT" && state=UP || state=DOWN ;;
      elasticsearch) es_healthy && state=UP || state=DOWN ;;
      keycloak) kc_ready && state=UP || state=DOWN ;;
    esac
    printf '%-14s %s\n' "$name" "$state"
  done
}

# ---------- Faults, for the fault-injection suite (deploy/src/test/.../FaultsIT) ----------
# Stop or start one server as an outage would. Needs the rights the servers run with (root on these
# machines); says so plainly otherwise.
fault() {
  case $1 in
    broker-stop) command -v rabbitmqctl >/dev/null || die "无 rabbitmqctl：无法模拟消息服务中断"
      rabbitmqctl -q stop_app ;;
    broker-start) rabbitmqctl -q start_app
      local i; for ((i = 0; i < 60; i++)); do port_open "$RABBIT_HOST" "$RABBIT_PORT" && return 0; sleep 0.5; done
      die "RabbitMQ 未恢复" ;;
    db-stop|db-start) is_root && [ -d /etc/postgresql ] || die "需要以 root 运行本机 PostgreSQL 才能模拟数据库中断"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main "${1#db-}" ;;
    es-stop) stop_es ;;
    es-start) start_es ;;
    kc-stop) stop_kc ;;
    kc-start) start_kc ;;
    *) die "用法：$0 fault broker-stop|broker-start|db-stop|db-start|es-stop|es-start|kc-stop|kc-start" ;;
  esac
}

use_jdk
case "${1:-start}" in
  fault) fault "${2:-}" ;;
  start) ensure_postgres; ensure_rabbitmq; start_es; start_kc ;;
  stop) stop_kc; stop_es ;;
  status) status ;;
  reset-e2e) reset_e2e ;;
  reset-eval) reset_eval ;;
  # An empty database owned by zjtx, for a benchmark's own copy (deploy/bench/).
  create-db) [[ "${2:-}" =~ ^zjtx_[a-z0-9_]+$ ]] || die "用法：$0 create-db zjtx_<名称>"
    psql_admin -c "create database $2 owner zjtx encoding 'UTF8' template template0" >/dev/null ;;
  *) die "用法：$0 start|stop|status|reset-e2e|reset-eval|create-db <库名>|fault <故障>" ;;
esac
