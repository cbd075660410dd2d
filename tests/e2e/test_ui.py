"""The customer chat and the agent console in a real browser, against a real backend.

Starts `shopdesk serve` on the demo store (real models, real Redis) and `shopdesk ui` as
subprocesses, then drives Debian's chromium through Playwright like a shopper and an agent.
Screenshots of both pages go to artifacts/screenshots/ (set SHOPDESK_UPDATE_DOCS_IMG=1 to also
refresh docs/img/customer.png and docs/img/console.png).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
STORE = ROOT / "data" / "demo_store"
ARTIFACTS = ROOT / "artifacts"
SHOTS = ARTIFACTS / "screenshots"
CHROMIUM = os.environ.get("SHOPDESK_CHROMIUM", "/usr/bin/chromium")
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AGENT = ("agent", "agent")  # the dev account the backend is started with below
TURN_MS = 90_000  # a whole turn on a busy 2-core machine: model, speech, retrieval
START_S = 300.0  # the backend loads its models and indexes before it listens


# ---- processes ---------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def wait_http(url: str, proc: subprocess.Popen, log: Path, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"{' '.join(map(str, proc.args))} exited with {proc.returncode}:\n"
                        f"{_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    pytest.fail(f"{url} did not answer within {timeout_s:.0f} s:\n{_tail(log)}")


def start(args: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


@dataclass(frozen=True)
class Stack:
    ui_url: str
    backend_url: str


@pytest.fixture(scope="module")
def stack(redis_url: str) -> Iterator[Stack]:
    """A backend and the front-end, as two processes, on a private Redis key prefix."""
    prefix = f"ui{os.getpid()}x{time.monotonic_ns()}"
    backend_port, ui_port = free_port(), free_port()
    env = {**os.environ, "SHOPDESK_REDIS_PREFIX": prefix,
           "SHOPDESK_AGENTS": f"{AGENT[0]}:{AGENT[1]}", "PYTHONUNBUFFERED": "1"}
    logs = ARTIFACTS / "e2e"
    backend_url = os.environ.get("SHOPDESK_E2E_BACKEND_URL", "")
    backend = ui = None
    try:
        if not backend_url:  # otherwise the pages are tested against a backend already running
            backend_url = f"ws://127.0.0.1:{backend_port}"
            backend = start(["serve", "--store", str(STORE), "--host", "127.0.0.1",
                             "--port", str(backend_port), "--redis-url", redis_url],
                            logs / "ui-backend.log", env)
            wait_http(f"http://127.0.0.1:{backend_port}/healthz", backend,
                      logs / "ui-backend.log", START_S)
        ui = start(["ui", "--backend", backend_url, "--host", "127.0.0.1",
                    "--port", str(ui_port)], logs / "ui-frontend.log", env)
        wait_http(f"http://127.0.0.1:{ui_port}/healthz", ui, logs / "ui-frontend.log", 120)
        yield Stack(f"http://127.0.0.1:{ui_port}", backend_url)
    finally:
        for proc in (ui, backend):
            if proc is not None:
                stop(proc)
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture(scope="module")
def playwright():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no chromium at {CHROMIUM}: apt-get install chromium (bash run.sh setup)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                         args=BROWSER_ARGS)
    yield browser
    browser.close()


def fake_media_browser(playwright, audio: Path | None = None):
    """Chromium with a fake camera (a test pattern) and microphone (`audio`, looped)."""
    args = [*BROWSER_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
    if audio is not None:
        args.append(f"--use-file-for-fake-audio-capture={audio}")
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)


# ---- pages -------------------------------------------------------------------------------
def shot(page, name: str, docs_name: str | None = None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    if docs_name and os.environ.get("SHOPDESK_UPDATE_DOCS_IMG") == "1":
        docs = ROOT / "docs" / "img"
        docs.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, docs / docs_name)


def open_shop(browser, stack: Stack, *, width: int = 1100, height: int = 900):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(stack.ui_url + "/")
    page.locator(".sd-session-id").wait_for(timeout=60_000)
    return page


def session_id(page) -> str:
    return page.locator(".sd-session-id").inner_text().strip()


def bot_messages(page):
    return page.locator("#sd-chat [data-testid=bot]")


def user_messages(page):
    return page.locator("#sd-chat [data-testid=user]")


def wait_idle(page) -> None:
    """Until the reply has finished: the message box takes input again."""
    page.wait_for_function(
        "() => { const t = document.querySelector('#sd-message textarea');"
        " return t && !t.disabled; }", timeout=TURN_MS)
    page.wait_for_function(
        "() => { const s = document.querySelector('#sd-status');"
        " return s && !s.innerText.includes('replying'); }",
        timeout=TURN_MS)


def _sent(page, before: int) -> None:
    """Until the page shows the shopper's new message (the turn is under way)."""
    page.wait_for_function(
        "n => document.querySelectorAll('#sd-chat [data-testid=user]').length > n", arg=before)


def send_text(page, text: str, *, echo: bool = True) -> None:
    before = user_messages(page).count()
    box = page.locator("#sd-message textarea")
    box.fill(text)
    box.press("Enter")
    if echo:
        _sent(page, before)


def send_files(page, *paths: Path, text: str = "") -> None:
    before = user_messages(page).count()
    page.locator("#sd-message input[type=file]").set_input_files([str(p) for p in paths])
    # The file shows in the box once uploaded to the front-end.
    page.locator("#sd-message .thumbnail-item, #sd-message [class*=thumbnail]").first.wait_for()
    if text:
        page.locator("#sd-message textarea").fill(text)
    page.locator("#sd-message button:has-text('Send')").click()
    _sent(page, before)


def sign_in(browser, stack: Stack, username: str, password: str, *, width: int = 1280,
            height: int = 1000):
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.goto(stack.ui_url + "/console/")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    return page


def open_session(page, session: str) -> None:
    """Pick the session in the keyboard-friendly list, once the live list shows it."""
    option = page.get_by_role("option", name=re.compile(re.escape(session)))
    deadline = time.monotonic() + 20
    while True:
        picker = page.get_by_label("Open session")
        picker.click()
        picker.fill("")
        page.keyboard.type(session)  # typing filters the list
        try:
            option.wait_for(timeout=1_500)
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            page.keyboard.press("Escape")
    option.click()
    page.locator("#sd-session-title").get_by_text(session).wait_for()


# ---- the catalog, for picking real products ----------------------------------------------
def catalog() -> list[dict]:
    import json

    with (STORE / "catalog.jsonl").open() as f:
        return [json.loads(line) for line in f if line.strip()]


def shifted_photo(product: dict, out: Path) -> Path:
    """The product's photo cropped and scaled, so the search cannot just match bytes."""
    from PIL import Image

    with Image.open(STORE / product["images"][0]) as image:
        w, h = image.size
        crop = image.convert("RGB").crop((w // 12, h // 12, w - w // 10, h - h // 10))
        crop.resize((int(crop.width * 0.8), int(crop.height * 0.8))).save(out, quality=85)
    return out


def spoken(text: str, out: Path) -> Path:
    """Speech from Debian's espeak-ng (a voice the recognizer has to generalize to)."""
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        pytest.fail("espeak-ng is needed to record a voice clip: apt-get install espeak-ng")
    subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(out), text], check=True)
    return out


# ---- tests -------------------------------------------------------------------------------
STREAM_WATCH = """() => {
  window.__replies = [];
  window.__locked = false;
  const chat = document.querySelector('#sd-chat');
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('[data-testid=bot] .message-content');
    if (bots.length) window.__replies.push(bots[bots.length - 1].innerText);
  }).observe(chat, {subtree: true, childList: true, characterData: true});
  new MutationObserver(() => {
    const box = document.querySelector('#sd-message textarea');
    const stop = document.querySelector('#sd-stop');
    if (box && box.disabled && stop && !stop.disabled) window.__locked = true;
  }).observe(document.body, {subtree: true, childList: true, attributes: true});
}"""


def test_shopper_sees_the_reply_stream_in(browser, stack):
    page = open_shop(browser, stack)
    before = bot_messages(page).count()
    page.evaluate(STREAM_WATCH)
    send_text(page, "What is your return policy?")
    wait_idle(page)
    # While the reply streamed the box was locked and the stop button live.
    assert page.evaluate("window.__locked")
    assert user_messages(page).last.inner_text().strip() == "What is your return policy?"
    assert bot_messages(page).count() > before
    final = bot_messages(page).last.inner_text().strip()
    assert final and final != "…"
    seen = [s.strip() for s in page.evaluate("window.__replies") if s.strip()]
    growing = {s for s in seen if s != final and s != "…" and final.startswith(s[:20])}
    assert growing, f"the reply appeared in one piece, never streamed: {seen[-5:]}"
    shot(page, "customer-text")


STOP_WHEN_SENT = """() => {
  // Press stop from inside the page the moment the message goes out (the box locked, stop
  // live): no round trip to the test, so the turn is still running however short and fast
  // the model's answer. A stop pressed before the backend has named the turn must still land.
  window.__stop = null;
  const check = () => {
    const box = document.querySelector('#sd-message textarea');
    const stop = document.querySelector('#sd-stop');
    if (!box || !stop || !box.disabled || stop.disabled) return false;
    window.__stop = {locked: box.disabled, live: !stop.disabled};
    stop.click();
    return true;
  };
  const watch = new MutationObserver(() => { if (check()) watch.disconnect(); });
  watch.observe(document.body, {subtree: true, childList: true, attributes: true});
}"""


def turns_counted(stack: Stack, outcome: str) -> float:
    """The backend's count of web turns that ended with `outcome` (its /metrics)."""
    url = re.sub(r"^ws", "http", stack.backend_url) + "/metrics"
    with urllib.request.urlopen(url, timeout=10) as answer:
        text = answer.read().decode()
    series = f'shopdesk_turns_total{{channel="web",outcome="{outcome}"}}'
    found = re.search(rf"^{re.escape(series)} (\S+)$", text, re.M)
    return float(found.group(1)) if found else 0.0


def test_shopper_stops_the_reply(browser, stack):
    page = open_shop(browser, stack)
    stop = page.get_by_role("button", name="Stop the reply")
    assert stop.is_disabled()  # nothing to stop yet
    cancelled_before = turns_counted(stack, "cancelled")
    before = bot_messages(page).count()
    page.evaluate(STOP_WHEN_SENT)
    send_text(page, "Please explain your return policy in full detail, step by step.")
    page.wait_for_function("() => window.__stop", timeout=TURN_MS)
    pressed = page.evaluate("window.__stop")
    # While the reply streamed the box was locked and stop was live (and pressed).
    assert pressed["locked"] and pressed["live"], pressed
    wait_idle(page)
    assert stop.is_disabled()
    reply = bot_messages(page).nth(before)
    stopped = reply.inner_text().strip()
    assert stopped.endswith("(stopped)"), stopped  # the server cut the turn short
    page.wait_for_timeout(2_000)
    assert reply.inner_text().strip() == stopped  # nothing more arrives for that turn
    assert turns_counted(stack, "cancelled") > cancelled_before
    shot(page, "customer-stopped")

    # The box takes input again, and the next question gets a whole reply.
    send_text(page, "What is your return policy?")
    wait_idle(page)
    assert bot_messages(page).count() == before + 2
    answer = bot_messages(page).last.inner_text().strip()
    assert answer and answer != "…" and "(stopped)" not in answer, answer


def test_product_photo_shows_its_card(browser, stack, tmp_path):
    product = next(p for p in catalog() if p.get("images"))
    photo = shifted_photo(product, tmp_path / "shopper-photo.jpg")
    page = open_shop(browser, stack)
    send_files(page, photo, text="Do you have this one?")
    wait_idle(page)
    page.locator("#sd-chat [data-testid=user] img").first.wait_for()  # the photo is shown
    reply = bot_messages(page).last
    cards = reply.locator(".sd-card")
    assert cards.count() >= 1, reply.inner_text()
    assert f"Item {product['sku']}" in reply.inner_text(), reply.inner_text()
    # The card's photo is served by the backend and loads in the browser.
    loaded = cards.first.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")
    assert loaded
    shot(page, "customer-photo", "customer.png")


def test_voice_clip_shows_its_transcript(browser, stack, tmp_path):
    jacket = next(p for p in catalog() if p.get("category") == "jackets")
    clip = spoken(f"do you have the {jacket['name']} in stock", tmp_path / "question.wav")
    page = open_shop(browser, stack)
    send_files(page, clip)
    page.locator("#sd-chat [data-testid=user]", has_text="Voice:").last.wait_for()
    wait_idle(page)
    voice = page.locator("#sd-chat [data-testid=user]", has_text="Voice:").last.inner_text()
    transcript = voice.split("Voice:", 1)[1].strip()
    assert transcript and transcript != "(listening)" and not transcript.endswith("…"), voice
    assert bot_messages(page).count() >= 1
    shot(page, "customer-voice")


def test_microphone_recording_becomes_a_voice_turn(playwright, stack, tmp_path):
    """Chromium's fake microphone plays a spoken question into the page's recorder."""
    import numpy as np
    import soundfile

    clip = spoken("where is my order", tmp_path / "mic.wav")
    audio, rate = soundfile.read(clip, dtype="float32")
    # Chromium loops the file; trailing silence keeps the recording to one question.
    soundfile.write(clip, np.concatenate([audio, np.zeros(rate * 4, dtype="float32")]), rate)
    browser = fake_media_browser(playwright, audio=clip)
    try:
        context = browser.new_context(permissions=["microphone"],
                                      viewport={"width": 1100, "height": 900})
        page = context.new_page()
        page.goto(stack.ui_url + "/")
        page.locator(".sd-session-id").wait_for(timeout=60_000)
        page.get_by_role("button", name="Record audio").click()
        page.get_by_role("button", name="Start recording").click()
        page.wait_for_timeout(int(len(audio) / rate * 1000) + 800)
        page.get_by_role("button", name="Stop recording").click()
        page.get_by_role("button", name="Attach audio").click()
        page.locator("#sd-message button:has-text('Send')").click()
        heard = page.locator("#sd-chat [data-testid=user]", has_text="Voice:").last
        heard.wait_for(timeout=30_000)
        wait_idle(page)
        transcript = heard.inner_text().split("Voice:", 1)[1].strip()
        assert transcript and transcript != "(listening)" and not transcript.endswith("…")
        shot(page, "customer-microphone")
    finally:
        browser.close()


def test_camera_photo_is_sent(playwright, stack):
    """Chromium's fake camera: take a photo in the page and send it as a turn."""
    browser = fake_media_browser(playwright)
    try:
        context = browser.new_context(permissions=["camera"],
                                      viewport={"width": 1100, "height": 1200})
        page = context.new_page()
        page.goto(stack.ui_url + "/")
        page.locator(".sd-session-id").wait_for(timeout=60_000)
        replies = bot_messages(page).count()
        page.get_by_text("Take a photo with the camera").click()
        page.get_by_role("button", name="Send this photo").click()  # nothing taken yet
        page.wait_for_function("() => { const s = document.querySelector('#sd-status');"
                               " return s && s.innerText.includes('Take the photo first'); }",
                               timeout=30_000)
        page.get_by_text("Click to Access Webcam").click()
        # Capture only once the fake camera delivers frames, else the snapshot is empty.
        page.wait_for_function("() => [...document.querySelectorAll('video')].some("
                               "v => v.readyState >= 2 && v.videoWidth > 0)", timeout=60_000)
        page.get_by_role("button", name="capture photo").click()
        # The snapshot uploads before it becomes the component's value: send once the
        # component shows it from the server.
        page.wait_for_function("() => [...document.querySelectorAll('#sd-camera img')].some("
                               "i => i.src.includes('/file='))", timeout=60_000)
        page.get_by_role("button", name="Send this photo").click()
        page.locator("#sd-chat [data-testid=user] img").first.wait_for(timeout=90_000)
        wait_idle(page)
        status = page.locator("#sd-status").inner_text()
        assert bot_messages(page).count() > replies, status  # the photo got an answer
    finally:
        browser.close()


def test_backend_down_is_explained(browser, tmp_path):
    """A front-end whose backend does not answer says so, and keeps what the shopper typed."""
    port = free_port()
    log = tmp_path / "ui.log"
    ui = start(["ui", "--backend", f"ws://127.0.0.1:{free_port()}", "--host", "127.0.0.1",
                "--port", str(port)], log, dict(os.environ))
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", ui, log, 120)
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.locator("#sd-status").get_by_text("cannot be reached").wait_for()
        send_text(page, "hello?", echo=False)
        page.locator("#sd-status").get_by_text("cannot be reached").wait_for()
        assert page.locator("#sd-message textarea").input_value() == "hello?"
        assert user_messages(page).count() == 0
        page.close()
    finally:
        stop(ui)


def test_conversation_survives_a_reload(browser, stack):
    page = open_shop(browser, stack)
    send_text(page, "Which jackets are waterproof?")
    wait_idle(page)
    first = session_id(page)
    page.reload()
    page.locator(".sd-session-id").wait_for(timeout=60_000)
    assert session_id(page) == first
    page.locator("#sd-chat [data-testid=user]", has_text="Which jackets are waterproof?").wait_for()
    bot_messages(page).first.wait_for()

    # A new conversation forgets the old one, also across the next reload.
    page.get_by_role("button", name="Start a new conversation").click()
    page.wait_for_function(
        # (while the page re-renders the element can be missing for a moment)
        "old => { const e = document.querySelector('.sd-session-id');"
        " return e && e.innerText.trim() !== old; }", arg=first)
    assert user_messages(page).count() == 0
    second = session_id(page)
    page.reload()
    page.locator(".sd-session-id").wait_for(timeout=60_000)
    assert session_id(page) == second


def test_wrong_password_is_refused(browser, stack):
    page = sign_in(browser, stack, AGENT[0], "not-the-password")
    page.locator("#sd-login-msg").get_by_text("Wrong user name or password").wait_for()
    assert not page.locator("#sd-console").is_visible()
    assert page.get_by_label("Password").input_value() == ""
    shot(page, "console-login-refused")


def test_agent_watches_takes_over_and_answers(browser, stack, tmp_path):
    shopper = open_shop(browser, stack)
    send_text(shopper, "Do you sell tote bags?")
    wait_idle(shopper)
    session = session_id(shopper)

    agent = sign_in(browser, stack, *AGENT)
    agent.locator("#sd-console").wait_for()
    open_session(agent, session)
    view = agent.locator("#sd-view")
    view.get_by_text("Do you sell tote bags?").wait_for()

    # Live: a new shopper turn shows up in the open conversation without any click,
    # with the reply's latency per stage.
    send_text(shopper, "And do you have backpacks?")
    view.get_by_text("And do you have backpacks?").wait_for(timeout=TURN_MS)
    wait_idle(shopper)
    view.locator(".sd-latency").first.wait_for(timeout=15_000)

    agent.get_by_role("button", name="Take over").click()
    agent.locator("#sd-packet").get_by_text("Handoff packet").wait_for()
    shopper.locator("#sd-chat").get_by_text("joined the conversation").wait_for(timeout=15_000)

    agent.get_by_role("button", name="Suggest a reply").click()
    agent.wait_for_function(
        "() => { const t = document.querySelector('#sd-draft textarea');"
        " return t && t.value.trim().length > 0; }",
        timeout=TURN_MS)

    agent.get_by_label("Search the catalog by words").fill("tote")
    agent.get_by_role("button", name="Search", exact=True).click()
    agent.locator("#sd-results .sd-card").first.wait_for()
    assert "tote" in agent.locator("#sd-results").inner_text().lower()

    # By photo: a picture of a product finds that product, whose card goes to the shopper.
    product = next(p for p in catalog() if p.get("category") == "bags" and p.get("images"))
    sku = product["sku"]
    agent.get_by_label("Search the catalog by words").fill("")
    photo = shifted_photo(product, tmp_path / "agent-search.jpg")
    agent.locator("#sd-photo input[type=file]").set_input_files(str(photo))
    agent.locator("#sd-photo img").first.wait_for()
    agent.get_by_role("button", name="Search", exact=True).click()
    agent.locator("#sd-results").get_by_text(f"Item {sku}").wait_for()
    agent.locator("#sd-attach label", has_text=sku).click()

    agent.get_by_label("Reply as agent").fill("Hello, this is Ana from the shop. Here it is.")
    agent.locator("#sd-chart img, #sd-chart svg, #sd-chart canvas").first.wait_for()
    shot(agent, "console", "console.png")
    agent.get_by_role("button", name="Send reply").click()
    message = shopper.locator("#sd-chat [data-testid=bot]",
                              has_text="Hello, this is Ana from the shop.")
    message.wait_for(timeout=15_000)
    assert f"Item {sku}" in message.inner_text()
    said = agent.locator("#sd-view").get_by_text("Hello, this is Ana from the shop.")
    said.first.wait_for()
    shot(shopper, "customer-agent-reply")
    shot(agent, "console-agent-reply")
    assert said.count() == 1  # each event reaches the console once

    agent.get_by_role("button", name="Hand back to the bot").click()
    shopper.locator("#sd-chat").get_by_text("You are back with the shop assistant").wait_for(
        timeout=15_000)


def test_customer_page_fits_a_phone(browser, stack):
    page = open_shop(browser, stack, width=390, height=844)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1
    for label in ("Message",):
        assert page.get_by_label(label).count() >= 1
    for name in ("Stop the reply", "Start a new conversation"):
        assert page.get_by_role("button", name=name).count() == 1
    shot(page, "customer-phone")


SIDEWAYS = """() => {
  const wide = [];
  for (const el of document.querySelectorAll('#sd-console *')) {
    if (el.offsetParent === null) continue;  // not shown
    const style = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(style.overflowX)) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      wide.push(`${el.tagName}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  return wide;
}"""


def test_console_fits_a_phone(browser, stack):
    shopper = open_shop(browser, stack)
    send_text(shopper, "Do you have a waterproof jacket for hiking in the mountains?")
    wait_idle(shopper)
    session = session_id(shopper)

    agent = sign_in(browser, stack, *AGENT, width=390, height=844)
    agent.locator("#sd-console").wait_for()
    # On a phone the sessions are stacked instead of a table that would scroll sideways.
    sessions = agent.locator("#sd-session-list")
    sessions.get_by_text(session).wait_for(timeout=15_000)
    assert not agent.locator("#sd-sessions").is_visible()
    assert sessions.locator("li", has_text=session).get_by_text("web · bot").count() == 1
    overflow = "() => document.documentElement.scrollWidth - window.innerWidth"
    assert agent.evaluate(overflow) <= 1
    assert agent.evaluate(SIDEWAYS) == []
    # The session opens from the list below it, and its conversation fits too.
    open_session(agent, session)
    agent.locator("#sd-view").get_by_text("waterproof jacket").wait_for()
    assert agent.evaluate(overflow) <= 1
    assert agent.evaluate(SIDEWAYS) == []
    shot(agent, "console-phone")

    # A desktop still shows the table, not the stacked list.
    desk = sign_in(browser, stack, *AGENT)
    desk.locator("#sd-console").wait_for()
    desk.locator("#sd-sessions [role=gridcell]", has_text=session).wait_for(timeout=15_000)
    assert not desk.locator("#sd-session-list").is_visible()


UNNAMED_CONTROLS = """() => {
  const unnamed = [];
  for (const el of document.querySelectorAll('button, input, textarea, select, [role=button]')) {
    if (el.offsetParent === null && el.type !== 'file') continue;  // not shown
    let name = el.getAttribute('aria-label') || el.getAttribute('title') || '';
    const ids = el.getAttribute('aria-labelledby');
    if (!name && ids) {
      name = ids.split(' ').map(id => (document.getElementById(id) || {}).innerText || '').join(' ');
    }
    if (!name && el.id) {
      const label = document.querySelector(`label[for="${el.id}"]`);
      if (label) name = label.innerText;
    }
    if (!name && el.closest('label')) name = el.closest('label').innerText;
    if (!name) name = el.innerText || el.value || '';
    if (!name.trim()) unnamed.push(el.outerHTML.slice(0, 160));
  }
  return unnamed;
}"""


def test_every_control_has_an_accessible_name(browser, stack):
    page = open_shop(browser, stack)
    page.get_by_text("Take a photo with the camera").click()
    assert page.evaluate(UNNAMED_CONTROLS) == []
    console = sign_in(browser, stack, *AGENT)
    console.locator("#sd-console").wait_for()
    assert console.evaluate(UNNAMED_CONTROLS) == []
    # Keyboard only: Tab reaches the message box and Enter sends.
    page.keyboard.press("Tab")
    for _ in range(40):
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == "Message":
            break
        page.keyboard.press("Tab")
    before = user_messages(page).count()
    page.keyboard.type("Hello from the keyboard")
    page.keyboard.press("Enter")
    _sent(page, before)
    wait_idle(page)
