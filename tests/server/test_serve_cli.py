"""``facilitator serve`` end to end: a real process, real HTTP, signals, and the stored result."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from facilitator.services.library import Library
from tests.serve_process import REPO, ServeProcess
from tests.server.conftest import TIMEOUT, Phone

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


StartServe = Callable[[Path], ServeProcess]


@pytest.fixture
def serve() -> Iterator[StartServe]:
    """Start ``serve`` on a data folder; every process is ended after the test."""
    started: list[ServeProcess] = []

    def start(data_dir: Path) -> ServeProcess:
        started.append(ServeProcess(data_dir, "E2E", data_dir.parent / f"serve-{len(started)}.log"))
        return started[-1]

    yield start
    for process in started:
        process.close()


def stored_texts(data_dir: Path) -> list[str]:
    library = Library.open(data_dir)
    try:
        [summary] = library.summaries()
        assert summary.title == "E2E"
        service = library.open_workshop(summary.id)
        return sorted(n.text for b in service.boards() for n in service.notes_on(b.id))
    finally:
        library.close()


def phone_for(join_url: str) -> Phone:
    base, _, code = join_url.rpartition("/j/")
    return Phone(httpx.Client(base_url=base, timeout=TIMEOUT), code)


def test_serve_takes_notes_streams_them_and_stops_cleanly_on_sigterm(
    serve: StartServe, data_dir: Path
) -> None:
    server = serve(data_dir)
    url = server.join_url()
    assert url.startswith("http://127.0.0.1:")
    aino, bob = phone_for(url), phone_for(url)
    try:
        page = aino.client.get(url)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        aino.join("Aino")
        bob.join("Bob")
        stream = bob.open_events()
        assert stream.next().name == "snapshot"
        first = aino.post_note("From the phone", "same-client-id")
        again = aino.post_note("From the phone", "same-client-id")
        assert (first.status_code, again.status_code) == (201, 200)
        delta = stream.next_named("delta").json()
        assert [n["text"] for n in delta["public"]["notes_upserted"]] == ["From the phone"]
        assert server.signal(signal.SIGTERM) == 0
        assert stream.next_named("closed").data == "{}"
    finally:
        aino.close()
        bob.close()
    assert "Traceback" not in server.log_text()
    assert stored_texts(data_dir) == ["From the phone"]


def test_serve_reopens_the_same_session_and_stops_on_sigint(
    serve: StartServe, data_dir: Path
) -> None:
    first = serve(data_dir)
    code = first.join_url().rpartition("/j/")[2]
    assert first.signal(signal.SIGINT) == 0
    second = serve(data_dir)
    assert second.join_url().rpartition("/j/")[2] == code
    assert second.signal(signal.SIGTERM) == 0


def test_every_acknowledged_note_survives_a_kill(serve: StartServe, data_dir: Path) -> None:
    server = serve(data_dir)
    url = server.join_url()
    phones = [phone_for(url).join() for _ in range(5)]
    acknowledged: list[str] = []
    lock = threading.Lock()

    def post_notes(phone: Phone) -> None:
        for _ in range(10):
            text = f"note {uuid.uuid4().hex}"
            try:
                response = phone.post_note(text)
            except httpx.HTTPError:
                return  # the server was killed under this request
            if response.status_code == 201:
                with lock:
                    acknowledged.append(text)

    writers = [threading.Thread(target=post_notes, args=(phone,)) for phone in phones]
    for writer in writers:
        writer.start()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with lock:
            if len(acknowledged) >= 25:
                break
        time.sleep(0.005)
    os.kill(server.process.pid, signal.SIGKILL)
    for writer in writers:
        writer.join(timeout=30)
    for phone in phones:
        phone.close()
    assert server.process.wait(timeout=20) == -signal.SIGKILL
    assert len(acknowledged) >= 25
    stored = stored_texts(data_dir)
    assert set(acknowledged) <= set(stored)
    assert len(stored) == len(set(stored)) <= 50


def test_wrong_arguments_are_refused_with_a_message(data_dir: Path) -> None:
    cases = [
        (["serve", "--data-dir", str(data_dir)], "--session"),
        (["serve", "--session", "x", "--public-url", "ftp://example.org"], "--public-url"),
        (["serve", "--session", "x", "--public-url", "https://x.org/?q=1"], "--public-url"),
        (["serve", "--session", "x", "--port", "70000"], "--port"),
        (["--bind", "everywhere", "serve", "--session", "x"], "--bind"),
    ]
    for args, mentioned in cases:
        result = subprocess.run(
            [sys.executable, "-m", "ui", *args],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            check=False,
            env={**os.environ, "FACILITATOR_DATA_DIR": str(data_dir)},
        )
        assert result.returncode == 2, (args, result.stderr)
        assert mentioned in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""
