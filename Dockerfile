# shopdesk backend + front-end image. The bundled models and the demo store are inside:
# nothing is downloaded when the container starts.
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends libsndfile1 libgomp1 redis-tools \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /srv/shopdesk
COPY pyproject.toml README.md ./
COPY app app
COPY model model
COPY speech speech
COPY retrieval retrieval
COPY data data
RUN pip install --no-cache-dir . \
 && useradd --system --home /srv/shopdesk shopdesk \
 && chown -R shopdesk /srv/shopdesk/data

USER shopdesk
ENV SHOPDESK_HOST=0.0.0.0 \
    SHOPDESK_STORE=/srv/shopdesk/data/demo_store \
    HF_HUB_OFFLINE=1
EXPOSE 8765 7860
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8765/healthz', timeout=2)" || exit 1
CMD ["shopdesk", "serve"]
