#!/usr/bin/env bash
# Builds and runs the whole platform locally with the demo dataset, then prints where it is.
# Safe to run again: services are restarted, servers kept, demo data loaded only once.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_jdk
say "使用 JDK：$JAVA_HOME"
say "构建（./mvnw package -DskipTests）"
"$ZJTX_REPO/mvnw" -B -q package -DskipTests -f "$ZJTX_REPO/pom.xml"
"$ZJTX_REPO/deploy/bin/servers.sh" start
"$ZJTX_REPO/deploy/bin/platform.sh" start

cat <<INFO

  淮安市专精特新企业培育平台已启动 / the platform is up

  门户 Web portal       http://localhost:8080/       （用下列演示账号登录 log in with a demo user）
  网关 Gateway         http://localhost:8080        (健康 health，仅本机: http://127.0.0.1:9000/q/health)
  接口文档 Swagger UI   http://localhost:8080/q/swagger-ui
  Keycloak 控制台       http://127.0.0.1:8180/admin   (admin / admin；realm: zjtx)

  演示账号 Demo logins (password: Demo@2025)
    admin-demo    管理员 admin
    ent-demo      企业用户（示范企业一）enterprise
    ent-demo-2    企业用户（示范企业二）enterprise
    uni-demo      高校技术转移人员 university
    expert-demo   专家 expert
    comm-demo     服务专员 commissioner

  取令牌 Get a token:
    curl -s -d grant_type=password -d client_id=zjtx-portal -d username=ent-demo -d 'password=Demo@2025' \\
      http://127.0.0.1:8180/realms/zjtx/protocol/openid-connect/token
  停止 Stop: deploy/bin/stop.sh      日志 Logs: $ZJTX_LOGS/

INFO
