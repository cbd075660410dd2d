"""Prometheus metrics, served as text on /metrics."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

STAGE_BUCKETS_MS = (5, 10, 25, 50, 100, 200, 300, 500, 800, 1200, 2000, 5000, 10000, 30000)


class Metrics:
    """One registry per server, so several servers in one process (tests) keep apart."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.turns = Counter("shopdesk_turns", "Turns served", ["channel", "outcome"], registry=r)
        self.errors = Counter("shopdesk_errors", "Error frames sent", ["code"], registry=r)
        self.stage_ms = Histogram(
            "shopdesk_stage_latency_ms", "Latency of each turn stage, from end of input (ms)",
            ["stage"], buckets=STAGE_BUCKETS_MS, registry=r,
        )
        self.eager = Counter("shopdesk_eager_replies",
                             "Voice replies drafted in the caller's pause: used or dropped",
                             ["outcome"], registry=r)
        self.connections = Gauge("shopdesk_connections", "Open sockets", ["path"], registry=r)
        self.engine_running = Gauge("shopdesk_engine_running", "Requests generating", registry=r)
        self.engine_queued = Gauge("shopdesk_engine_queued", "Requests waiting", registry=r)
        self.redis_up = Gauge("shopdesk_redis_up", "1 when Redis answered last", registry=r)
        self.pending_writes = Gauge(
            "shopdesk_pending_writes", "Turns waiting for Redis to come back", registry=r
        )

    def observe_latency(self, latency_ms: dict[str, float]) -> None:
        for stage, value in latency_ms.items():
            self.stage_ms.labels(stage).observe(value)

    def render(self) -> bytes:
        return generate_latest(self.registry)
