"""kill -9 under load: every note a phone was told is saved is there after a restart, once.

200 phones post notes at once to a real process (``facilitator serve``, and the
desktop app with its window offscreen); after a number of notes were answered
the process is killed with SIGKILL, in the middle of requests. After a
restart, every acknowledged note is in the library and on the phones' board,
and phones resending the notes that got no answer (same client id, as the
phone page does) never make a second copy.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from facilitator.services.library import Library
from tests.reliability.app_process import AppProcess
from tests.reliability.crowd import Attempt, Crowd, join_code, stored_notes
from tests.serve_process import ServeProcess

pytestmark = [
    pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL and 127.0.0.x source addresses"),
    pytest.mark.slow,
]

TITLE = "Crash"
PHONES = 200
NOTES_EACH = 3
KILL_AFTER = 250  # acknowledged notes; the rest are in flight or not sent yet


class Server:
    """A running program that serves phones: its URL, and how to kill it."""

    def __init__(self, base_url: str, pid: int, close: Callable[[], None]) -> None:
        self.base_url = base_url
        self.pid = pid
        self.close = close

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)


Start = Callable[[Path], Server]


@pytest.fixture
def start_serve(tmp_path: Path) -> Iterator[Start]:
    started: list[ServeProcess] = []

    def start(data_dir: Path) -> Server:
        process = ServeProcess(data_dir, TITLE, tmp_path / f"serve-{len(started)}.log")
        started.append(process)
        base, _, _ = process.join_url().rpartition("/j/")
        return Server(base, process.process.pid, process.close)

    yield start
    for process in started:
        process.close()


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator[Start]:
    started: list[AppProcess] = []

    def start(data_dir: Path) -> Server:
        process = AppProcess(data_dir, TITLE, tmp_path / f"app-{len(started)}.log")
        started.append(process)
        port = process.port()
        return Server(f"http://127.0.0.1:{port}", process.process.pid, process.close)

    yield start
    for process in started:
        process.close()


def library_texts(data_dir: Path) -> list[str]:
    library = Library.open(data_dir)
    try:
        summary = library.find_by_title(TITLE)
        assert summary is not None
        state = library.load(summary.id)
        return [note.text for note in state.notes.values()]
    finally:
        library.close()


def crash_and_restart(start: Start, data_dir: Path) -> tuple[Crowd, list[Attempt]]:
    """Flood, kill, restart; check the survivors. Returns the crowd and the unanswered notes."""
    server = start(data_dir)
    crowd = Crowd(server.base_url, join_code(data_dir, TITLE), PHONES, NOTES_EACH)
    crowd.flood(KILL_AFTER, server.kill)
    server.close()
    acknowledged = crowd.acknowledged()
    unanswered = crowd.unanswered()
    assert len(acknowledged) >= KILL_AFTER
    assert unanswered, "the kill came after the last note: nothing was in flight"
    assert all(a.status == 201 for a in acknowledged), Counter(a.status for a in crowd.attempts)

    # Straight after the kill, before anything opens the file again.
    stored = stored_notes(data_dir)
    texts = Counter(text for text, _ in stored)
    assert all(texts[a.text] == 1 for a in acknowledged)
    assert max(texts.values()) == 1
    print(
        f"\n{PHONES} phones: {len(acknowledged)} notes acknowledged before SIGKILL, "
        f"{len(unanswered)} sent without an answer; after the kill {len(stored)} stored "
        f"({sum(texts[a.text] for a in unanswered)} of the unanswered ones)"
    )

    # The library reads back every acknowledged note, once.
    in_library = Counter(library_texts(data_dir))
    assert all(in_library[a.text] == 1 for a in acknowledged)
    assert sum(in_library.values()) == len(stored)

    # A restarted server shows them to the phones, whose tokens still work.
    server = start(data_dir)
    crowd.base_url = server.base_url
    seen = crowd.visible_note_ids(0)
    assert {a.note_id for a in acknowledged} <= seen
    return crowd, unanswered


def resend_without_duplicates(crowd: Crowd, unanswered: list[Attempt], data_dir: Path) -> None:
    """Phones resend what got no answer: stored ones answer 200, the rest are created."""
    before = {text for text, _ in stored_notes(data_dir)}
    crowd.resend(unanswered)
    assert all(a.acknowledged for a in unanswered)
    for attempt in unanswered:
        assert attempt.status == (200 if attempt.text in before else 201)
    texts = Counter(text for text, _ in stored_notes(data_dir))
    assert set(texts) == {a.text for a in crowd.attempts}
    assert max(texts.values()) == 1


def test_serve_killed_under_load_loses_no_acknowledged_note(
    start_serve: Start, data_dir: Path
) -> None:
    library = Library.open(data_dir)
    library.create(TITLE, "en")
    library.close()
    crowd, unanswered = crash_and_restart(start_serve, data_dir)
    resend_without_duplicates(crowd, unanswered, data_dir)


def test_desktop_app_killed_under_load_loses_no_acknowledged_note(
    start_app: Start, data_dir: Path
) -> None:
    library = Library.open(data_dir)
    library.create(TITLE, "en")
    library.close()
    crowd, unanswered = crash_and_restart(start_app, data_dir)
    resend_without_duplicates(crowd, unanswered, data_dir)
