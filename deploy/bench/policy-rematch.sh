#!/usr/bin/env bash
# 全量重匹配 through the service (issue 12, "re-match of every firm × the whole catalogue: pairs/s and wall time"):
# queues POST /api/v1/match-jobs on the local instance, as an admin does, and reads the job's own record when it is
# done: pairs evaluated, results changed, started → finished on the database clock. The real job path: keyset pages
# of the read model, each firm encoded once and evaluated against every live program, manual checks applied, only
# differences written. The first job after a catalogue or data change writes; the runs after it find nothing
# changed, so they measure reading and evaluating alone (the baseline the first run is compared with).
#   deploy/bench/policy-rematch.sh [runs, default 3]
# Needs the local instance with its demo data (deploy/bin/run.sh). The engine alone is RematchBenchmark
# (docs/benchmarks/policy-catalogue.md).
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
source "$(dirname "$0")/timing.sh" # demo_token
RUNS=${1:-3}
PORT=${ZJTX_POLICY_PORT:-8082}
BASE=http://127.0.0.1:$PORT
port_open 127.0.0.1 "$PORT" || die "本地实例的 policy-service（:$PORT）未运行：先运行 deploy/bin/run.sh"
psql_policy() { PGPASSWORD=zjtx psql -h "$PG_HOST" -p "$PG_PORT" -U zjtx -d zjtx_policy -tA -F ' ' -v ON_ERROR_STOP=1 -c "$1"; }

TOKEN=$(demo_token admin-demo)
say "policy-service :$PORT；读模型 $(psql_policy "select count(*) from enterprise_fact") 家企业；$(psql_policy "select count(*) from program where status = 'PUBLISHED'") 个已发布项目；机器负载 $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$RUNS"); do
  job=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/match-jobs" |
    sed -n 's/.*"id" *: *"\([0-9a-f-]*\)".*/\1/p')
  [ -n "$job" ] || die "重匹配任务未能创建"
  while status=$(psql_policy "select status from match_job where id = '$job'") && [ "$status" != DONE ]; do
    [ "$status" != FAILED ] || die "重匹配任务 $job 失败：$(psql_policy "select error from match_job where id = '$job'")"
    sleep 0.2
  done
  read -r pairs changes seconds < <(psql_policy "select pairs, changes, extract(epoch from finished_at - started_at) from match_job where id = '$job'")
  awk -v r="$run" -v p="$pairs" -v c="$changes" -v s="$seconds" 'BEGIN {
    printf "run %d: %d pairs, %d changed, %.2f s, %.0f pairs/s\n", r, p, c, s, p / s }'
done
