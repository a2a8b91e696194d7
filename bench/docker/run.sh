#!/usr/bin/env bash
# Docker benchmark: a docker_logs check over a container that logged LINES lines (default 1,000,000, about 70 MB), and a
# docker check of five containers, each beside the docker CLI doing the seed's job in the same run
# (`docker logs c 2>&1 | grep -ci error`, `docker ps | grep -E ...`). Also the peak memory of the docker_logs run, which
# streams the logs instead of loading them. Starts its own dockerd in a temp folder (no networking; the image is built
# FROM scratch with the static busybox, nothing is pulled) and removes it afterwards.
# Usage: bench/docker/run.sh   (RUNS=10, LINES=1000000 to change them)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

runs=${RUNS:-10}
lines=${LINES:-1000000}
folder=$(mktemp -d /tmp/scbench-XXXXXX)
host="unix://$folder/docker.sock"
docker=(/usr/bin/docker --host "$host")
dockerd_pid=

cleanup() {
    if [[ -n $dockerd_pid ]]; then
        "${docker[@]}" rm --force $("${docker[@]}" ps -aq) >/dev/null 2>&1 || true
        kill -TERM "$dockerd_pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$dockerd_pid" 2>/dev/null || true
    fi
    grep -o " $folder[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
    rm -rf "$folder" "$results_file"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ensure_shipcheck
ensure_hyperfine

dockerd --data-root "$folder/root" --exec-root "$folder/exec" -H "$host" --pidfile "$folder/docker.pid" \
    --iptables=false --bridge=none --shutdown-timeout=2 --log-level=warn > "$folder/dockerd.log" 2>&1 &
dockerd_pid=$!
for _ in $(seq 1 150); do "${docker[@]}" version >/dev/null 2>&1 && break; sleep 0.2; done

mkdir "$folder/image"
cp /usr/bin/busybox "$folder/image/"
printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n' > "$folder/image/Dockerfile"
DOCKER_BUILDKIT=0 "${docker[@]}" build --quiet --tag shipcheck-bench "$folder/image" >/dev/null

run() { "${docker[@]}" run --detach --pull never --network none --name "$1" shipcheck-bench sh -c "$2" >/dev/null; }
run chatty "seq 1 $lines | sed 's/\$/ PUBLISHED: ticker.kr price=123.45 volume=678 ok/'; echo 'ERROR once'; exec sleep 1d"
for name in real-collector timescale-archiver api-server stock-redis stock-timescale; do run "$name" "exec sleep 1d"; done
echo "waiting until chatty has logged $lines lines"
until "${docker[@]}" logs --tail 1 chatty | grep -q 'ERROR once'; do sleep 1; done

cat > "$folder/logs.yaml" <<YAML
service: bench
verify:
  - docker_logs: chatty
    expect: [ errors == 1, count("PUBLISHED") == $lines ]
YAML
cat > "$folder/wait.yaml" <<YAML
service: bench
verify:
  - wait: 1ms
YAML
cat > "$folder/ps.yaml" <<YAML
service: bench
verify:
  - docker: [real-collector, timescale-archiver, api-server, stock-redis, stock-timescale]
YAML

export DOCKER_HOST=$host
measure "shipcheck run: wait 1ms (start-up, store: the floor)" "$runs" "'$shipcheck' run '$folder/wait.yaml' --store '$folder/s.db'"
measure "shipcheck run: docker_logs over $lines lines" "$runs" "'$shipcheck' run '$folder/logs.yaml' --store '$folder/s.db'"
measure "docker logs 2>&1 | grep -ci error" "$runs" "/usr/bin/docker --host '$host' logs chatty 2>&1 | grep -ci error"
measure "shipcheck run: docker, 5 containers" "$runs" "'$shipcheck' run '$folder/ps.yaml' --store '$folder/s.db'"
measure "docker ps | grep -E (5 names)" "$runs" \
    "/usr/bin/docker --host '$host' ps | grep -E '(real-collector|timescale-archiver|api-server|stock-redis|stock-timescale)'"
peak=$(/usr/bin/time -f '%M' "$shipcheck" run "$folder/logs.yaml" --store "$folder/s.db" 2>&1 >/dev/null | tail -n 1)
report
echo "  peak memory of the docker_logs run: $((peak / 1024)) MiB; the container's log: $(du -m "$folder"/root/containers/*/*-json.log | sort -n | tail -n 1 | cut -f1) MiB on disk"
