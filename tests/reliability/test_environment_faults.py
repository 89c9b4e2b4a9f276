"""A hostile machine: full disk, read-only folder, damaged or newer database, taken ports,
a second app on the same data folder. Each gives a clear message and loses nothing saved.

(The library-level checks of damaged and newer files are in ``tests/test_storage.py``;
these run the real programs.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import Engine, event

from facilitator import settings
from facilitator.cli import build_parser
from facilitator.commands import CreateNote
from facilitator.domain import utc_now
from facilitator.errors import StorageError
from facilitator.paths import database_path
from facilitator.server.runner import ParticipantServer
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.storage.database import open_database
from facilitator.storage.folder_lock import AlreadyRunningError
from facilitator.storage.store import Store
from facilitator.templates import TemplateCatalog
from tests.reliability.app_process import AppProcess
from tests.serve_process import REPO, ServeProcess
from tests.server.conftest import TIMEOUT, Phone
from ui.board_screen import BoardScreen
from ui.main_window import MainWindow
from ui.note_editor import NoteEditorDialog

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and permissions")


def run_cli(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )


def serve_args(data_dir: Path, port: int = 0) -> list[str]:
    where = ["--data-dir", str(data_dir), "--port", str(port), "--bind", "127.0.0.1"]
    return ["serve", "--session", "Kept", *where]


def saved_session(data_dir: Path, notes: int = 3) -> list[str]:
    """A session with notes in ``data_dir``; returns their texts."""
    library = Library.open(data_dir)
    service = library.open_workshop(library.create("Kept", "en").id)
    board = service.boards()[0].id
    texts = [f"saved {i}" for i in range(notes)]
    for text in texts:
        service.execute(CreateNote(board, text))
    library.close()
    return texts


def texts_in(data_dir: Path) -> list[str]:
    library = Library.open(data_dir)
    try:
        summary = library.find_by_title("Kept")
        assert summary is not None
        return sorted(n.text for n in library.load(summary.id).notes.values())
    finally:
        library.close()


# A full disk ---------------------------------------------------------------------------


class StorageFault:
    """Makes the database refuse writes as SQLite does on a full disk or a read-only file.

    ``full``: the file may not grow (SQLITE_FULL, as when the disk is full);
    ``read-only``: every write is refused (SQLITE_READONLY).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.kind: str | None = None
        event.listen(engine, "connect", self._connect)

    def _connect(self, connection: sqlite3.Connection, _: Any) -> None:
        if self.kind == "full":
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages}")
        elif self.kind == "read-only":
            connection.execute("PRAGMA query_only=ON")

    def start(self, kind: str) -> None:
        self.kind = kind
        self.engine.dispose()  # new connections take the limit

    def stop(self) -> None:
        self.kind = None
        self.engine.dispose()


@pytest.fixture
def faulty_library(data_dir: Path) -> Iterator[tuple[Library, StorageFault]]:
    engine = open_database(database_path(data_dir))
    fault = StorageFault(engine)
    library = Library(Store(engine), TemplateCatalog.shipped(), utc_now)
    yield library, fault
    library.close()


def test_a_full_disk_refuses_the_note_with_a_clear_answer_and_keeps_every_saved_one(
    faulty_library: tuple[Library, StorageFault], data_dir: Path
) -> None:
    library, disk = faulty_library
    service = library.open_workshop(library.create("Kept", "en").id)
    participation = ParticipationService(service)
    server = ParticipantServer(participation, host="127.0.0.1", port=0)
    server.start()
    phone = Phone(httpx.Client(base_url=server.base_url(), timeout=TIMEOUT), server.join_code)
    try:
        phone.join("Aino")
        saved = [phone.note(f"before {i}")["text"] for i in range(3)]
        disk.start("full")
        refused = None
        for number in range(25):  # the pages in hand fill up first
            answer = phone.post_note(f"while full {number}", f"full-{number}")
            if answer.status_code == 201:
                saved.append(f"while full {number}")
                continue
            refused = (number, answer)
            break
        assert refused is not None, "the database never filled up"
        number, answer = refused
        assert answer.status_code == 503
        error = answer.json()["error"]
        assert error["code"] == "storage"
        assert error["message"].startswith("The disk is full")
        assert "Everything saved before it is safe" in error["message"]
        assert "INSERT" not in error["message"]  # no SQL shown to people
        assert answer.headers["Retry-After"]
        assert service.note_by_client_id(phone.participant_id, f"full-{number}") is None
        # Space is freed; the phone sends the same note again, and it is stored once.
        disk.stop()
        again = phone.post_note(f"while full {number}", f"full-{number}")
        assert again.status_code == 201
        saved.append(f"while full {number}")
    finally:
        phone.close()
        server.stop()
        participation.close()
    library.close()
    assert texts_in(data_dir) == sorted(saved)


pytestmark_ui = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"
)


@pytestmark_ui
def test_a_full_disk_is_told_on_the_display_and_the_board_stays_as_saved(
    qtbot: Any, faulty_library: tuple[Library, StorageFault], tmp_path: Path, data_dir: Path
) -> None:
    library, disk = faulty_library
    preferences = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, language="en", preferences=preferences)
    qtbot.addWidget(window)
    window.resize(1600, 900)
    window.show()
    window.open_or_create_session("Kept")
    screen = window.current_screen()
    assert isinstance(screen, BoardScreen) and window.service is not None
    service = window.service
    board = service.boards()[0].id
    service.execute(CreateNote(board, "saved"))
    disk.start("full")
    for number in range(25):
        screen.new_note()
        dialog = screen.dialog
        assert isinstance(dialog, NoteEditorDialog)
        qtbot.keyClicks(dialog.text_edit, f"typed {number}")
        dialog.accept_button.click()
        if window.toast.isVisible():
            break
    assert window.toast.is_error()
    assert window.toast.text().startswith("The disk is full")
    on_board = sorted(n.text for n in service.notes_on(board))
    window.close_session()
    disk.stop()
    library.close()
    assert texts_in(data_dir) == on_board


# A read-only data folder -------------------------------------------------------------


def without_root_powers() -> list[str]:
    """A command prefix under which file permissions apply, or skip the test.

    root writes to read-only files and folders anyway (CAP_DAC_OVERRIDE), so
    under root the program runs with those capabilities dropped.
    """
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, where permissions do not stop writes, and no setpriv")
    prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"running as root and cannot drop capabilities: {probe.stderr!r}")
    return prefix


@pytest.mark.parametrize("read_only", ["folder", "database file"])
def test_a_read_only_data_folder_is_refused_at_start_and_left_as_it_was(
    data_dir: Path, read_only: str
) -> None:
    prefix = without_root_powers()
    texts = saved_session(data_dir)
    database = database_path(data_dir)
    before = database.read_bytes()
    database.chmod(0o444)
    if read_only == "folder":
        data_dir.chmod(0o555)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "ui", *serve_args(data_dir)],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            check=False,
        )
    finally:
        data_dir.chmod(0o755)
        database.chmod(0o644)
    assert result.returncode == 1, result.stderr
    assert "Join URL" not in result.stdout
    assert "Traceback" not in result.stderr
    message = result.stderr
    if read_only == "folder":
        assert f"Cannot write in the data folder {data_dir}" in message
    else:
        assert "read-only" in message and "Nothing was changed" in message
    assert database.read_bytes() == before
    assert texts_in(data_dir) == texts


def test_a_write_refused_as_read_only_says_so_and_keeps_what_was_saved(
    faulty_library: tuple[Library, StorageFault], data_dir: Path
) -> None:
    """The folder or disk turns read-only while a session is open (a USB stick, a share)."""
    library, fault = faulty_library
    service = library.open_workshop(library.create("Kept", "en").id)
    board = service.boards()[0].id
    service.execute(CreateNote(board, "saved"))
    fault.start("read-only")
    with pytest.raises(StorageError) as refused:
        service.execute(CreateNote(board, "refused"))
    assert "read-only" in str(refused.value)
    assert "Everything saved before it is safe" in str(refused.value)
    fault.stop()
    library.close()
    assert texts_in(data_dir) == ["saved"]


# Damaged files -----------------------------------------------------------------------


def damage(data_dir: Path, how: str) -> None:
    path = database_path(data_dir)
    if how == "not a database":
        path.write_bytes(b"a spreadsheet that landed here\n" * 200)
    elif how == "damaged":
        raw = bytearray(path.read_bytes())
        raw[4096 * 2 : 4096 * 4] = b"\xff" * (4096 * 2)
        path.write_bytes(bytes(raw))
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        connection.close()


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("not a database", "is not a Facilitator database"),
        ("damaged", "is damaged and cannot be opened"),
        ("newer", "was written by a newer version of Facilitator"),
    ],
)
def test_serve_refuses_an_unusable_database_with_a_message_and_leaves_it_untouched(
    data_dir: Path, how: str, said: str
) -> None:
    library = Library.open(data_dir)
    service = library.open_workshop(library.create("Kept", "en").id)
    for index in range(200):
        service.execute(CreateNote(service.boards()[0].id, f"note {index} " * 10))
    library.close()
    damage(data_dir, how)
    before = database_path(data_dir).read_bytes()
    result = run_cli(serve_args(data_dir))
    assert result.returncode == 1
    assert said in result.stderr
    assert "Traceback" not in result.stderr and "Join URL" not in result.stdout
    assert database_path(data_dir).read_bytes() == before


@pytestmark_ui
def test_the_app_shows_why_it_cannot_open_the_data_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import run_app

    saved_session(data_dir)
    damage(data_dir, "newer")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en"])
    assert run_app(args) == 1
    [message] = shown
    assert "was written by a newer version of Facilitator" in message


# Ports ---------------------------------------------------------------------------------


def taken_ports(count: int) -> list[socket.socket]:
    """``count`` consecutive loopback ports, all listened on."""
    for base in range(30000, 60000, 97):
        sockets: list[socket.socket] = []
        try:
            for port in range(base, base + count):
                sock = socket.socket()
                sockets.append(sock)
                sock.bind(("127.0.0.1", port))
                sock.listen()
            return sockets
        except OSError:
            for sock in sockets:
                sock.close()
    pytest.skip(f"found no {count} free consecutive ports")


@POSIX
def test_serve_moves_to_the_next_free_port_or_says_that_all_are_taken(data_dir: Path) -> None:
    sockets = taken_ports(settings.SERVER_PORT_TRIES)
    first = sockets[0].getsockname()[1]
    try:
        result = run_cli(serve_args(data_dir, first))
        assert result.returncode == 1
        last = first + settings.SERVER_PORT_TRIES - 1
        assert f"Ports {first} to {last} are all in use; choose another port" in result.stderr
        assert "Traceback" not in result.stderr
        sockets.pop().close()
        process = subprocess.Popen(
            [sys.executable, "-m", "ui", *serve_args(data_dir, first)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.startswith(f"Join URL: http://127.0.0.1:{last}/j/"), line
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=20)
    finally:
        for sock in sockets:
            sock.close()


# A second instance on the same data folder --------------------------------------------


def test_only_one_program_at_a_time_holds_a_data_folder(data_dir: Path) -> None:
    first = Library.open(data_dir, exclusive=True)
    with pytest.raises(AlreadyRunningError) as refused:
        Library.open(data_dir, exclusive=True)
    assert "Facilitator is already running with the data folder" in str(refused.value)
    reader = Library.open(data_dir)  # listing or exporting while the app runs is fine
    assert reader.summaries() == first.summaries()
    reader.close()
    first.close()
    Library.open(data_dir, exclusive=True).close()


@POSIX
def test_a_second_program_is_refused_while_the_app_runs_and_a_kill_leaves_no_stale_lock(
    data_dir: Path, tmp_path: Path
) -> None:
    texts = saved_session(data_dir)
    app = AppProcess(data_dir, "Kept", tmp_path / "app.log")
    try:
        app.port()
        second = run_cli(serve_args(data_dir))
        assert second.returncode == 1
        assert "Facilitator is already running with the data folder" in second.stderr
        assert "Traceback" not in second.stderr
        listing = run_cli(["sessions", "--data-dir", str(data_dir)])
        assert listing.returncode == 0 and "Kept" in listing.stdout
        os.kill(app.process.pid, signal.SIGKILL)
        app.process.wait(timeout=20)
    finally:
        app.close()
    # The lock went with the process: a server starts on the folder at once.
    server = ServeProcess(data_dir, "Kept", tmp_path / "serve.log")
    try:
        assert server.join_url().startswith("http://127.0.0.1:")
        assert server.stop() == 0
    finally:
        server.close()
    assert texts_in(data_dir) == texts


@pytestmark_ui
def test_a_second_app_window_says_that_facilitator_is_already_running(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.app import run_app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    first = Library.open(data_dir, exclusive=True)
    try:
        args: argparse.Namespace = build_parser().parse_args(
            ["--data-dir", str(data_dir), "--lang", "en"]
        )
        assert run_app(args) == 1
    finally:
        first.close()
    [message] = shown
    assert message.startswith("Facilitator is already running with the data folder")
