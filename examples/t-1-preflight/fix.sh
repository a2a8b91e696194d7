#!/usr/bin/env bash
# Fixes what preflight found in the fixture repository that make-fixture.sh built, the way a person would:
# the key moves to the environment, the forgotten migration is committed (and documented), SECRET_KEY gets a real
# random value, and release v0.2.0 is tagged.
#   ./fix.sh [DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${1:-${FIXTURE_DIR:-$here/.fixture}}
cd "$repo"
export GIT_AUTHOR_NAME="Fixture Author" GIT_AUTHOR_EMAIL="author@example.test"
export GIT_COMMITTER_NAME="Fixture Author" GIT_COMMITTER_EMAIL="author@example.test"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

# 1. The key comes from the environment (and gets rotated: it was committed).
cat > app/config.py <<'PY'
import os

DATABASE_URL = os.environ["DATABASE_URL"]
aws_access_key_id = os.environ["AWS_ACCESS_KEY_ID"]
PY
# 2. Commit the migration and say so in the changelog.
echo "- Index on signals.confidence (migration 0003)." >> CHANGELOG.md
# 3. A real secret: 48 random characters.
secret=$(head -c 36 /dev/urandom | base64 | tr -d '\n/+=')
sed -i "s|^SECRET_KEY=.*|SECRET_KEY=$secret|" .env
git add --all
git commit --quiet -m "config from the environment; migration 0003"
# 4. Tag the release.
git tag --annotate v0.2.0 -m "release v0.2.0"
echo "fixed: $repo (run shipcheck preflight --version v0.2.0 --path $repo again)"
