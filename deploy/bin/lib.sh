#!/usr/bin/env bash
# Shared by the deploy scripts: where things live, which JDK, small helpers. Sourced, not run.

ZJTX_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# Servers' installations and data are kept between runs (Keycloak's second start is ~3× faster).
# As root they live under /var/lib so that the unprivileged Elasticsearch user can reach them.
if [ -z "${ZJTX_HOME:-}" ]; then
  if [ "$(id -u)" = 0 ]; then ZJTX_HOME=/var/lib/zjtx; else ZJTX_HOME="$HOME/.zjtx"; fi
fi
export ZJTX_HOME
ZJTX_LOGS=${ZJTX_LOGS:-$ZJTX_REPO/logs}
ZJTX_RUN=$ZJTX_HOME/run
mkdir -p "$ZJTX_HOME" "$ZJTX_LOGS" "$ZJTX_RUN"

ES_VERSION=9.2.0
KC_VERSION=26.7.3
ES_PORT=${ZJTX_ES_PORT:-9200}
KC_PORT=${ZJTX_KEYCLOAK_PORT:-8180}
PG_HOST=${ZJTX_DB_HOST:-127.0.0.1}
PG_PORT=${ZJTX_DB_PORT:-5432}
RABBIT_HOST=${ZJTX_RABBITMQ_HOST:-127.0.0.1}
RABBIT_PORT=${ZJTX_RABBITMQ_PORT:-5672}

say() { printf '\033[1;34m[zjtx]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[zjtx]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[zjtx] %s\033[0m\n' "$*" >&2; exit 1; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}' | cut -d. -f1; }

# A JDK ≥ 21: the caller's JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_major=0 dir major
  for dir in /usr/lib/jvm/* /opt/java/* /usr/local/java/*; do
    [ -x "$dir/bin/javac" ] || continue
    major=$(java_major "$dir" 2>/dev/null) || continue
    if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then best=$dir; best_major=$major; fi
  done
  [ "$best_major" -ge 21 ] || die "需要 JDK 21 或更高版本（未找到）。请安装，例如：apt-get install temurin-25-jdk 或 openjdk-21-jdk，或设置 JAVA_HOME。"
  echo "$best"
}

use_jdk() {
  JAVA_HOME=$(find_jdk)
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && exec 3>&- 3<&-; }

# wait_http URL SECONDS: until URL answers 2xx.
wait_http() {
  local url=$1 limit=$2 i
  for ((i = 0; i < limit; i++)); do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    sleep 1
  done
  return 1
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

mvnw() { "$ZJTX_REPO/mvnw" -B -q "$@"; }

# Fetch a distribution zip through Maven (Maven Central is the only place anything comes from).
fetch_zip() {
  local gav=$1 dest=$2
  [ -f "$dest" ] && return 0
  say "下载 $gav（经 Maven）"
  mvnw -f "$ZJTX_REPO/pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$gav" -DoutputDirectory="$(dirname "$dest")" -Dmdep.overWriteIfNewer=true >/dev/null \
    || die "无法通过 Maven 获取 $gav"
}
