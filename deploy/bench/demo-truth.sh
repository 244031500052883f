#!/usr/bin/env bash
# 演示真相 (issue 12 item 5): what the demo firms of the local instance see with the catalogue versions in
# force on a day, by tier: eligible, 符合（待核验）, undecided, titles already held (已持有), firms with cash and
# its sum, firms with a tax estimate (估算节税) and its sum; and what ent-demo sees.
#   deploy/bench/demo-truth.sh [day, default today in Beijing]
# Reads the facts the local instance's policy-service stored (deploy/bin/run.sh loads the demo) and evaluates
# them with the catalogue of this checkout (policy-service's test-scope DemoTruth), as the service does.
set -euo pipefail
source "$(dirname "$0")/../bin/lib.sh"
use_jdk
DAY=${1:-$(TZ=Asia/Shanghai date +%F)}
OUT=$ZJTX_LOGS/bench/demo-facts.jsonl
mkdir -p "$(dirname "$OUT")"
PGPASSWORD=zjtx psql -h "$PG_HOST" -p "$PG_PORT" -U zjtx -d zjtx_policy -tA -v ON_ERROR_STOP=1 -c \
  "select json_build_object('enterpriseId', enterprise_id, 'name', name, 'tier', coalesce(tier, 'none'),
     'facts', facts) from enterprise_fact order by enterprise_id" > "$OUT" \
  || die "读不到本地实例的政策库（zjtx_policy）：先运行 deploy/bin/run.sh"
[ -s "$OUT" ] || die "本地实例的政策库中还没有企业：先运行 deploy/bin/run.sh 并等演示数据导入完成"
say "$(wc -l < "$OUT") 家企业的事实 → $OUT；按 $DAY 有效的目录版本判定"
cd "$ZJTX_REPO"
./mvnw -B -q -pl policy-service -am test -Dquinoa.skip -Dtest=DemoTruth -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddemo.facts="$OUT" -Ddemo.date="$DAY" 2>&1 | grep -v '^WARNING'
