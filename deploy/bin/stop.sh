#!/usr/bin/env bash
# Stops the platform's services and, with --all, Elasticsearch and Keycloak too.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
"$ZJTX_REPO/deploy/bin/platform.sh" stop
ZJTX_INSTANCE=e2e "$ZJTX_REPO/deploy/bin/platform.sh" stop
if [ "${1:-}" = "--all" ]; then "$ZJTX_REPO/deploy/bin/servers.sh" stop; fi
