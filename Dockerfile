# The production image: gunicorn behind the start script, static files served by whitenoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, so a code change does not reinstall them: exactly the locked production
# versions, each checked against its hash (`make lock` writes requirements.lock).
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

COPY pyproject.toml README.md ./
COPY config ./config
COPY accounts ./accounts
COPY negotiations ./negotiations
RUN pip install --no-deps .

COPY . .

# Collected at build time into /app/staticfiles; the key and hosts here only let settings load.
RUN DJANGO_DEBUG=0 DJANGO_SECRET_KEY=collectstatic-only DJANGO_ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --noinput

RUN useradd --system --no-create-home --uid 10001 tracker
USER tracker

EXPOSE 8000
CMD ["sh", "config/start_production.sh"]
