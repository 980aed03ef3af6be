# The racegraph API. Build context: the repository root (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/racegraph
COPY pyproject.toml README.md* ./
COPY app ./app
COPY graph ./graph
COPY extract ./extract
RUN pip install . \
    && useradd --system --no-create-home racegraph

USER racegraph
EXPOSE 8000
CMD ["racegraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
