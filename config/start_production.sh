#!/bin/sh
# The production start sequence, used by the Dockerfile and by tests/test_production_server.py:
# bring the database schema up to date, then serve with gunicorn (whitenoise serves the static
# files collected at build time). Configuration comes from the environment (see README.md).
set -eu

cd "$(dirname "$0")/.."

# Production mode unless the environment says otherwise, and development mode (debug pages with
# the settings) never on an address beyond the loopback.
export DJANGO_DEBUG="${DJANGO_DEBUG:-0}"
python manage.py check_serving_address --when-debug "${HOST:-0.0.0.0}"

python manage.py migrate --noinput
# The table of the database cache that the API throttles share across workers (idempotent).
python manage.py createcachetable
exec python -m gunicorn config.wsgi \
    --bind "${HOST:-0.0.0.0}:${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-2}" \
    --access-logfile -
