#!/usr/bin/env bash
# 一站直达 at the service (issue 12, "one firm's page of results with traces: p99 ≤ 20 ms"): for a random sample
# of the local instance's demo firms, each request a different firm, against policy-service directly:
#   baseline   GET /api/v1/programs/{id}                          one program, no firm facts, no rules run
#   results    GET /api/v1/enterprises/{id}/matches               the page 一站直达 loads (verdicts, 已持有, 估算节税)
#   detail     GET /api/v1/enterprises/{id}/matches/{programId}   one result with its whole trace and gaps
#   roadmap    GET /api/v1/enterprises/{id}/opportunities         the 梯度路线 / opportunities of the firm
#   deploy/bench/policy-results.sh [requests per path, default 200]
# Needs the local instance with its demo data (deploy/bin/run.sh); reads nothing but what the API answers.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
source "$(dirname "$0")/timing.sh"
CALLS=${1:-200}
PORT=${ZJTX_POLICY_PORT:-8082}
BASE=http://127.0.0.1:$PORT
port_open 127.0.0.1 "$PORT" || die "本地实例的 policy-service（:$PORT）未运行：先运行 deploy/bin/run.sh"
psql_policy() { PGPASSWORD=zjtx psql -h "$PG_HOST" -p "$PG_PORT" -U zjtx -d zjtx_policy -tA -v ON_ERROR_STOP=1 -c "$1"; }

# One (firm, program) pair per request: random firms that have results, and one of each firm's programs.
mapfile -t PAIRS < <(psql_policy "select enterprise_id || ' ' || program_id from (
    select distinct on (enterprise_id) enterprise_id, program_id from match_result order by enterprise_id, random()) s
  order by random() limit $CALLS")
[ "${#PAIRS[@]}" -gt 0 ] || die "本地实例还没有判定结果：先运行 deploy/bin/run.sh 并等演示数据导入完成"
PROGRAM=$(psql_policy "select id from program where status = 'PUBLISHED' order by code limit 1")

TOKEN=$(demo_token admin-demo)

url_of() { # $1: kind, $2: firm, $3: program
  case $1 in
    baseline) echo "$BASE/api/v1/programs/$PROGRAM" ;;
    results) echo "$BASE/api/v1/enterprises/$2/matches" ;;
    detail) echo "$BASE/api/v1/enterprises/$2/matches/$3" ;;
    roadmap) echo "$BASE/api/v1/enterprises/$2/opportunities" ;;
  esac
}

measure() { # $1: kind
  local pair urls=()
  for pair in "${PAIRS[@]}"; do urls+=("$(url_of "$1" $pair)"); done
  time_urls "$1" "${urls[@]}"
}

say "policy-service :$PORT；${#PAIRS[@]} 家企业各一次；$(psql_policy "select count(*) from program where status = 'PUBLISHED'") 个已发布项目；机器负载 $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in baseline results detail roadmap; do measure $kind; done
