#!/usr/bin/env bash
# Deploys release VERSION (a folder under releases/): what `docker compose up -d --build` does for the three
# application services, with `docker run` (docker compose v2 is not packaged here). Builds the release's image,
# records the version it replaces, recreates real-collector, timescale-archiver and api-server, and returns when
# the API answers with the new version. The database and redis keep running. Needs ./up.sh first.
#   ./deploy.sh VERSION           the API on 127.0.0.1:${STOCK_API_PORT:-18000}
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

releases=$(cd "$here/releases" && echo *)
version=${1:?usage: deploy.sh VERSION (one of: $releases)}
api_port=${STOCK_API_PORT:-18000}
release="$here/releases/$version"
if [[ ! -f "$release/release.env" ]]; then
    echo "no release '$version' in $here/releases (have: $releases)" >&2
    exit 1
fi
require_engine
# shellcheck source=/dev/null
source "$demo/ports.env"

build="$demo/build/app-$version"
rm -rf "$build"
mkdir -p "$build"
cp "$here/app/Dockerfile" "$here"/app/*.sh "$release/release.env" "$build/"
dk build --quiet --tag "stock-monitoring-app:$version" "$build" > /dev/null
rm -rf "$build"

previous=$(cat "$demo/current_version" 2>/dev/null || echo none)
echo "$previous" > "$demo/previous_version"

for service in "${app_services[@]}"; do
    dk rm --force "$service" > /dev/null 2>&1 || true
    # shellcheck disable=SC2046
    dk run --detach --name "$service" $(compose_labels "$service") --network host \
        --env "DB_PORT=$DB_PORT" --env "REDIS_PORT=$REDIS_PORT" --env "API_PORT=$api_port" \
        "stock-monitoring-app:$version" "/app/$service.sh" > /dev/null
done
echo "$version" > "$demo/current_version"

api_answers() {
    curl -fsS --max-time 2 "http://127.0.0.1:$api_port/health" | grep -qF "\"version\":\"$version\""
}
if ! wait_until 200 api_answers; then
    echo "api-server $version did not answer on http://127.0.0.1:$api_port/health within 20s" >&2
    explain api-server
    exit 1
fi
echo "deployed $version (was $previous): ${app_services[*]}"
