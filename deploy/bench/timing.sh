# Shared by the benchmark scripts (sourced). time_urls LABEL URL… times GET requests with the bearer token in
# $TOKEN, one curl for all of them on one kept-alive connection (what is timed is the service, not the start of a
# curl process per request), after one uncounted pass over the same URLs, and prints p50 / p95 / p99 / max and
# the mean body size.
time_urls() {
  local label=$1 config url
  shift
  config=$(mktemp)
  for url in "$@"; do printf 'url = "%s"\noutput = /dev/null\n' "$url"; done > "$config"
  curl -fsS -K "$config" -H "Authorization: Bearer $TOKEN"
  curl -fsS -K "$config" -H "Authorization: Bearer $TOKEN" -w '%{time_total} %{size_download}\n' | sort -n |
    awk -v kind="$label" '{t[NR]=$1*1000; b+=$2} END {
      p50=t[int((NR+1)*0.5)]; p95=t[int(NR*0.95+0.999)]; p99=t[int(NR*0.99+0.999)];
      printf "%-9s n=%-4d p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms   body %6.1f KB\n",
        kind, NR, p50, p95, p99, t[NR], b/NR/1024 }'
  rm -f "$config"
}

# demo_token USER: an access token of a demo user (password grant, client zjtx-portal) from the local Keycloak.
demo_token() {
  curl -fsS -d grant_type=password -d client_id=zjtx-portal -d username="$1" -d password=Demo@2025 \
    "http://127.0.0.1:${ZJTX_KEYCLOAK_PORT:-8180}/realms/zjtx/protocol/openid-connect/token" |
    sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
