#!/usr/bin/env bash
# Collects the base image's root file system from this machine's own packages into ROOTFS:
# the static busybox (busybox-static), PostgreSQL 15's server and psql (postgresql-15), and redis-server and
# redis-cli (redis-tools; Debian's redis-check-rdb is the server binary itself, which runs as the server under
# any other name), each with the shared libraries ldd says it needs. Nothing is downloaded.
#   image/rootfs.sh ROOTFS
set -euo pipefail

rootfs=${1:?usage: rootfs.sh ROOTFS}
pg=/usr/lib/postgresql/15

need() {
    [[ -e "$1" ]] || { echo "rootfs.sh: $1 is missing: install the Debian package $2" >&2; exit 1; }
}
need /usr/bin/busybox busybox-static
need "$pg/bin/postgres" postgresql-15
need "$pg/bin/psql" postgresql-client-15
need /usr/bin/redis-check-rdb redis-tools
need /usr/bin/redis-cli redis-tools
need /usr/share/zoneinfo/UTC tzdata

# Copies files into the root file system under the same paths.
put() {
    local file
    for file in "$@"; do
        mkdir -p "$rootfs$(dirname "$file")"
        cp -a "$file" "$rootfs$file"
    done
}

# Copies the shared libraries of the given binaries (symlinks resolved, under their linked names).
put_libraries() {
    local library
    for library in $(ldd "$@" 2>/dev/null | awk '/=>/ && $3 ~ /^\// {print $3} /^\t\/lib/ {print $1}' | sort -u); do
        mkdir -p "$rootfs$(dirname "$library")"
        cp -L "$library" "$rootfs$library"
    done
}

rm -rf "$rootfs"
mkdir -p "$rootfs"/{bin,tmp,etc,var/lib/postgresql}
chmod 1777 "$rootfs/tmp"

cp /usr/bin/busybox "$rootfs/bin/busybox"
for applet in $("$rootfs/bin/busybox" --list); do
    [[ "$applet" == busybox ]] || ln -s busybox "$rootfs/bin/$applet"
done

# PostgreSQL finds its share/ and lib/ folders relative to its binaries, so they keep Debian's paths.
# The LLVM JIT is left out (it alone would add 100 MB); the server runs without it.
put "$pg"/bin/{postgres,initdb,pg_ctl,psql,pg_isready}
mkdir -p "$rootfs$pg/lib"
find "$pg/lib" -maxdepth 1 -name '*.so' ! -name 'llvmjit*' -exec cp -a {} "$rootfs$pg/lib/" \;
put /usr/share/postgresql/15
put /usr/share/zoneinfo/UTC /usr/share/zoneinfo/Etc/UTC
mkdir -p "$rootfs/usr/bin"
cp /usr/bin/redis-check-rdb "$rootfs/usr/bin/redis-server"
cp /usr/bin/redis-cli "$rootfs/usr/bin/redis-cli"
put_libraries "$pg"/bin/{postgres,initdb,pg_ctl,psql,pg_isready} "$rootfs$pg"/lib/*.so /usr/bin/redis-check-rdb /usr/bin/redis-cli

# The services run as uid 999; PostgreSQL refuses root and initdb needs a name for its uid.
printf 'root:x:0:0::/:/bin/sh\npostgres:x:999:999::/var/lib/postgresql:/bin/sh\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\npostgres:x:999:\n' > "$rootfs/etc/group"
chown 999:999 "$rootfs/var/lib/postgresql"
