#!/bin/sh
# api-server: busybox httpd on 127.0.0.1:$API_PORT serving GET /health, a JSON file this loop rewrites every
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
httpd -f -p "127.0.0.1:$API_PORT" -h "$www" &
trap 'kill $! 2>/dev/null; exit 0' TERM INT
echo "api-server $VERSION listening on http://127.0.0.1:$API_PORT/health"
while :; do
    sleep 1
    health
done
