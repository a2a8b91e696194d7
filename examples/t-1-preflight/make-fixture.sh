#!/usr/bin/env bash
# Builds the T-1 fixture repository of seed 004 in DIR (default: ./.fixture beside this script): a small signal
# service with git history, Alembic migrations, .env and .env.example, a runbook, fake model checkpoints, and four
# things a preflight must catch before release v0.2.0:
#   1. an AWS access key written into app/config.py (a fake one: AKIA + 16 characters no account has),
#   2. a new Alembic migration that was never committed,
#   3. SECRET_KEY in .env still the placeholder "changeme",
#   4. no tag v0.2.0 yet.
# ./fix.sh DIR fixes all four, as a person would. Nothing here reaches the network.
#   ./make-fixture.sh [DIR]      (or FIXTURE_DIR=DIR; default .fixture here)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${1:-${FIXTURE_DIR:-$here/.fixture}}
rm -rf "$repo"
mkdir -p "$repo"
cd "$repo"

# A fixed identity and no user config, so the fixture is the same on every machine.
export GIT_AUTHOR_NAME="Fixture Author" GIT_AUTHOR_EMAIL="author@example.test"
export GIT_COMMITTER_NAME="Fixture Author" GIT_COMMITTER_EMAIL="author@example.test"
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
git init --quiet --initial-branch=main

commit() { git add --all && git commit --quiet -m "$1"; }

mkdir -p app alembic/versions checkpoints
cat > app/main.py <<'PY'
import os

def handler():
    return {"status": "healthy", "version": os.environ.get("VERSION", "dev")}
PY
cat > alembic.ini <<'INI'
[alembic]
script_location = alembic
INI
cat > alembic/env.py <<'PY'
# Alembic environment (fixture): migrations run against DATABASE_URL.
PY
cat > alembic/versions/0001_create_signals.py <<'PY'
"""create signals"""
revision = "0001"
down_revision = None

def upgrade():
    pass
PY
cat > .env.example <<'ENV'
SECRET_KEY=
POSTGRES_PASSWORD=
DATABASE_URL=
REDIS_URL=
ENV
cat > .gitignore <<'IGN'
.env
IGN
printf 'fake model weights v0.1.0\n' > checkpoints/signal_model.pt
echo "v0.1.0" > checkpoints/VERSION
cat > CHANGELOG.md <<'MD'
# Changelog

## v0.1.0
- First release: signals table (migration 0001).
MD
cat > RUNBOOK.md <<'MD'
# Signal service runbook

Last Updated: 2026-11-20

## Health checks
`curl -fsS http://127.0.0.1:8000/health` answers `{"status": "healthy"}`. See [Rollback](#rollback) when it does not.

## Rollback
Deploy the previous tag: `git checkout v0.1.0 && ./deploy.sh`. The [changelog](CHANGELOG.md) names each release's migrations.

## Scaling
Add replicas behind the load balancer; the service keeps no local state.

## Monitoring
Error rate and p99 latency on the signal-service dashboard; page when the error rate passes 0.1%.
MD
commit "signal service v0.1.0"
git tag --annotate v0.1.0 -m "release v0.1.0"

# Work towards v0.2.0.
cat > alembic/versions/0002_add_confidence.py <<'PY'
"""add confidence to signals"""
revision = "0002"
down_revision = "0001"

def upgrade():
    pass
PY
cat >> CHANGELOG.md <<'MD'

## v0.2.0
- Signals carry a confidence score (migration 0002).
MD
printf 'fake model weights v0.2.0\n' > checkpoints/signal_model.pt
echo "v0.2.0" > checkpoints/VERSION
# Problem 1: a key pasted in "just for a test".
cat > app/config.py <<'PY'
import os

DATABASE_URL = os.environ["DATABASE_URL"]
aws_access_key_id = "AKIAQ3EGRTW5XJ7PLMN4"
PY
commit "confidence scores, model v0.2.0"

# Problem 2: a migration written and forgotten.
cat > alembic/versions/0003_index_confidence.py <<'PY'
"""index signals.confidence"""
revision = "0003"
down_revision = "0002"

def upgrade():
    pass
PY

# Problem 3: the .env file, never committed (it is in .gitignore), with a placeholder left in it.
cat > .env <<'ENV'
SECRET_KEY=changeme
POSTGRES_PASSWORD=Zq8!rT2#vL9@wX4$kM7%pN3
DATABASE_URL=postgres://signals:Zq8!rT2#vL9@wX4$kM7%pN3@127.0.0.1:5432/signals
REDIS_URL=redis://127.0.0.1:6379/0
ENV

echo "fixture repository ready: $repo (release v0.2.0 is not ready: run shipcheck preflight --version v0.2.0 --path $repo)"
