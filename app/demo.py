"""`shopdesk demo`: Redis (if none answers), the backend and the front-end on the demo store."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import shutil
import socket
import subprocess
import sys
import time
from urllib.parse import urlparse

import redis

from app.server import serve_until_stopped
from app.settings import add_server_arguments, settings_from_args
from app.wiring import Services


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_server_arguments(parser)
    parser.add_argument("--ui-port", type=int, default=7860)
    parser.add_argument("--no-ui", action="store_true", help="start only the backend")
    parser.add_argument("--log-level", default="INFO")


def _redis_answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


def _start_private_redis(url: str) -> tuple[subprocess.Popen, str]:
    """Start a redis-server from PATH on the URL's port (or a free one): (process, its URL)."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit(
            f"No Redis answers at {url} and redis-server is not on PATH.\n"
            "Install it (Debian: `apt-get install redis-server`), run one with "
            "`docker compose up -d redis`, or pass --redis-url to a running Redis.")
    parsed = urlparse(url)
    port = parsed.port or 6379
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", port)) == 0:  # something that is not Redis holds it
            with socket.socket() as free:
                free.bind(("127.0.0.1", 0))
                port = free.getsockname()[1]
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no"], stdout=subprocess.DEVNULL)
    new_url = f"redis://127.0.0.1:{port}{parsed.path or '/0'}"
    for _ in range(100):
        if _redis_answers(new_url):
            break
        time.sleep(0.1)
    print(f"shopdesk demo: no Redis answered at {url}; started a private redis-server at "
          f"{new_url} (it keeps nothing on disk and stops with the demo)", flush=True)
    return proc, new_url


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=args.log_level,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings_from_args(args)
    settings.check_production()
    children: list[subprocess.Popen] = []
    try:
        if not _redis_answers(settings.redis_url):
            proc, settings.redis_url = _start_private_redis(settings.redis_url)
            children.append(proc)
        print(f"shopdesk demo: loading store {settings.store} and models ...", flush=True)
        services = Services.build(settings)
        backend_url = f"ws://{settings.host}:{settings.port}"
        if not args.no_ui:
            children.append(subprocess.Popen(
                [sys.executable, "-m", "app.cli", "ui", "--backend", backend_url,
                 "--host", settings.host, "--port", str(args.ui_port)]))
            print(f"shopdesk demo: customer chat http://{settings.host}:{args.ui_port}/  "
                  f"agent console http://{settings.host}:{args.ui_port}/console "
                  f"(dev login {settings.agents.split(',')[0]})", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_until_stopped(settings, services))
    finally:
        for child in children:
            child.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(5)
    return 0
