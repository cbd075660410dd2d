"""Shared fixtures: real Redis, real backends on real sockets, loaded services."""

from __future__ import annotations

import os

import pytest
import redis

from tests.harness import Backend, LoopThread, backend_settings

REDIS_URL = os.environ.get("SHOPDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", help="run long soak/fuzz/benchmark tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="long test: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def redis_url() -> str:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as e:
        pytest.fail(f"tests need Redis at {REDIS_URL} (.ci/run starts one): {e}")
    return REDIS_URL


@pytest.fixture(scope="session")
def loop_thread():
    lt = LoopThread()
    yield lt
    lt.close()


@pytest.fixture(scope="session")
def services():
    """The real services of a default set-up: demo store, bundled language and speech models."""
    from app.settings import Settings
    from app.wiring import Services

    svc = Services.build(Settings())
    return svc


@pytest.fixture(scope="session")
def started_services(services, loop_thread):
    loop_thread.call(services.start())
    yield services
    loop_thread.call(services.close())


@pytest.fixture
def make_backend(started_services, loop_thread, redis_url):
    """Start backends ('replicas') sharing the loaded services; all stopped after the test."""
    made: list[Backend] = []
    prefix = None

    def make(**overrides):
        nonlocal prefix
        overrides.setdefault("redis_url", redis_url)
        if prefix is not None:
            overrides.setdefault("redis_prefix", prefix)
        settings = backend_settings(**overrides)
        prefix = settings.redis_prefix
        backend = Backend(loop_thread, started_services, settings)
        made.append(backend)
        return backend

    yield make
    for backend in made:
        if backend.server._ws_server is not None:
            try:
                backend.stop()
            except Exception:
                pass
    if prefix:
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture
def backend(make_backend):
    return make_backend()
