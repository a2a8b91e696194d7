#!/usr/bin/env bash
# Remote-hosts benchmark: what a step on a host costs over a plain ssh connection. Starts sshd on a free loopback
# port with keys generated into a temporary folder (as the tests do), then measures in the same run: `ssh … true`,
# `shipcheck run` of one local run step, of the same step on the host, and of CHECKS verify steps on the host
# (concurrent), beside CHECKS plain ssh connections started at once.
# Usage: bench/remote/run.sh   (RUNS=10 CHECKS=10 to change the counts); needs openssh-server and openssh-client.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

checks=${CHECKS:-10}
runs=${RUNS:-10}
work=$(mktemp -d)
sshd_pid=

cleanup() {
    if [[ -n "$sshd_pid" ]]; then
        kill "$sshd_pid" 2>/dev/null || true
        wait "$sshd_pid" 2>/dev/null || true
    fi
    rm -rf "$work" "$results_file"
}
trap cleanup EXIT

ensure_shipcheck
ensure_hyperfine

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
cp "$work/client_key.pub" "$work/authorized_keys"
echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$work/host_key.pub")" > "$work/known_hosts"
cat > "$work/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
MaxStartups 100
CONFIG
mkdir -p /run/sshd
/usr/sbin/sshd -D -f "$work/sshd_config" -E "$work/sshd.log" &
sshd_pid=$!
for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
done
echo "sshd on 127.0.0.1:$port (pid $sshd_pid)"

ssh_true="ssh -T -o BatchMode=yes -o IdentitiesOnly=yes -i '$work/client_key' -o UserKnownHostsFile='$work/known_hosts' -p $port -l $(id -un) 127.0.0.1 true"
write_checklist() {
    local file=$1 count=$2 on=$3 i
    {
        echo "service: remote-bench"
        echo "hosts:"
        echo "  bench-host: { address: 127.0.0.1, port: $port, user: $(id -un), key: $work/client_key, known_hosts: $work/known_hosts }"
        echo "verify:"
        for ((i = 1; i <= count; i++)); do
            printf '  - name: check %03d\n    run: "true"\n' "$i"
            if [[ -n "$on" ]]; then printf '    on: %s\n' "$on"; fi
        done
    } > "$file"
}
write_checklist "$work/local.yaml" 1 ""
write_checklist "$work/one.yaml" 1 bench-host
write_checklist "$work/many.yaml" "$checks" bench-host

measure "ssh true" "$runs" "$ssh_true"
measure "$checks x ssh true, started at once" "$runs" "for i in \$(seq $checks); do $ssh_true & done; wait"
measure "shipcheck run, 1 local run step" "$runs" "'$shipcheck' run '$work/local.yaml' --store '$work/local.db'"
measure "shipcheck run, 1 run step on the host" "$runs" "'$shipcheck' run '$work/one.yaml' --store '$work/one.db'"
measure "shipcheck run, $checks run steps on the host" "$runs" "'$shipcheck' run '$work/many.yaml' --store '$work/many.db'"

report
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
