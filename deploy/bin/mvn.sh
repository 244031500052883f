#!/usr/bin/env bash
# The project's Maven (./mvnw) on a JDK ≥ 21 found as the other scripts find it, from any folder:
#   deploy/bin/mvn.sh test -DexcludedGroups=servers        every pure test, no server needed
#   deploy/bin/mvn.sh -q -pl policy-service -am test -Dtest=RematchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
#   deploy/bin/mvn.sh spotless:apply                        format every Java source
set -euo pipefail
source "$(dirname "$0")/lib.sh"
use_jdk
cd "$ZJTX_REPO"
exec ./mvnw "$@"
