"""``facilitator --self-test``: proves that an installation works, end to end.

A bundle can build fine and still miss a resource, a lazily imported module
or a Qt plugin; that only shows when the code path runs. So the self-test runs
the paths a workshop takes, for real and without a window: a session in a
temporary data folder, the participant server on a free loopback port, a phone
joining and posting a note over HTTP, the note arriving on the event stream,
and every export format written and read back. It prints one line per check
and stops at the first failure, so the last line says what broke.

Drawing (PDF, PNG) takes Qt, which the core never imports: the caller passes
the picture writer, as it does to :func:`facilitator.cli.run_command`.
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TextIO

from facilitator import __version__
from facilitator.domain import utc_now
from facilitator.errors import FacilitatorError
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.pictures import PictureWriter
from facilitator.export.selection import Selection
from facilitator.state import WorkshopState

SESSION_TITLE = "Self-test"
# A template with areas and a Finnish session: the drawing, the templates and
# the translation catalogues all take part, not just the easy path.
SESSION_TEMPLATE = "start_stop_continue"
SESSION_LANGUAGE = "fi"
NOTE_TEXT = "Self-test note: äö ✓"
# Long enough for a slow first start (a bundle unpacking, fonts being found),
# short enough that a hang is reported rather than waited out.
HTTP_TIMEOUT_SECONDS = 15.0
STREAM_TIMEOUT_SECONDS = 15.0


class CheckError(Exception):
    """One check did not pass: ``what`` was being checked, ``reason`` is why it failed."""

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


@dataclass
class _Reporter:
    out: TextIO
    passed: int = 0

    def ok(self, what: str) -> None:
        self.passed += 1
        self.out.write(f"ok  {what}\n")
        self.out.flush()

    def fail(self, what: str, reason: str) -> None:
        self.out.write(f"FAIL {what}: {reason}\n")
        self.out.flush()


@contextmanager
def _check(what: str) -> Iterator[None]:
    """Turns any error inside into a CheckError naming ``what``."""
    try:
        yield
    except CheckError:
        raise
    except Exception as exc:
        raise CheckError(what, _reason(exc)) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        # The API's errors say what was wrong in the body (docs/participant-api.md).
        body = exc.read().decode("utf-8", errors="replace").strip()
        return f"HTTP {exc.code} from {exc.url}: {body[:300]}"
    text = str(exc).strip()
    if isinstance(exc, FacilitatorError):
        return text  # written for people already
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{round(n / 1024)} KB"


# HTTP, as a phone does it -------------------------------------------------------


@dataclass
class _Phone:
    base: str
    code: str
    token: str = ""

    def url(self, path: str) -> str:
        return f"{self.base}/api/v1/sessions/{self.code}{path}"

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url(path), data, headers, method=method)
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_SECONDS) as response:
            return json.loads(response.read())

    def open_events(self) -> _EventStream:
        request = urllib.request.Request(
            self.url("/events"),
            headers={"Accept": "text/event-stream", "Authorization": f"Bearer {self.token}"},
        )
        response = urllib.request.urlopen(request, timeout=STREAM_TIMEOUT_SECONDS)
        return _EventStream(response)


@dataclass
class _Event:
    name: str = "message"
    data: list[str] = field(default_factory=list)

    def json(self) -> Any:
        return json.loads("\n".join(self.data))


class _EventStream:
    """Server-Sent Events read line by line; each read waits at most the socket timeout."""

    def __init__(self, response: IO[bytes]) -> None:
        self._response = response

    def close(self) -> None:
        self._response.close()

    def next(self) -> _Event:
        event, seen = _Event(), False
        while True:
            raw = self._response.readline()
            if not raw:
                raise EOFError("the event stream ended")
            line = raw.decode("utf-8").rstrip("\r\n")
            if not line:
                if seen:
                    return event
                continue
            if line.startswith(":"):
                continue
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            seen = True
            if name == "event":
                event.name = value
            elif name == "data":
                event.data.append(value)

    def wait_for(self, wanted: Callable[[_Event], bool], timeout: float) -> _Event:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            event = self.next()
            if wanted(event):
                return event
        raise TimeoutError(f"nothing expected arrived in {timeout:.0f} s")


# Reading the exports back ---------------------------------------------------------


def _read_back(export_format: ExportFormat, path: Path) -> str:
    """Checks that the export is whole and readable; returns its size for the report."""
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    if not files:
        raise CheckError(f"export {export_format.value}", f"nothing was written to {path}")
    total = 0
    for file in files:
        data = file.read_bytes()
        if not data:
            raise CheckError(f"export {export_format.value}", f"{file.name} is empty")
        total += len(data)
        _check_content(export_format, file, data)
    shown = _size(total) if len(files) == 1 else f"{len(files)} files, {_size(total)}"
    return shown


def _check_content(export_format: ExportFormat, file: Path, data: bytes) -> None:
    what = f"export {export_format.value}"
    if export_format is ExportFormat.PDF and not data.startswith(b"%PDF-"):
        raise CheckError(what, f"{file.name} is not a PDF")
    if export_format is ExportFormat.PNG and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise CheckError(what, f"{file.name} is not a PNG picture")
    if export_format in (ExportFormat.XLSX, ExportFormat.DOCX, ExportFormat.ZIP):
        with zipfile.ZipFile(file) as archive:
            broken = archive.testzip()
            if broken is not None:
                raise CheckError(what, f"{file.name} has a damaged entry {broken}")
            if export_format is ExportFormat.ZIP and len(archive.namelist()) < 2:
                raise CheckError(what, f"{file.name} holds {len(archive.namelist())} files")
    if export_format in (ExportFormat.CSV, ExportFormat.MD, ExportFormat.JSON):
        text = data.decode("utf-8-sig")
        if export_format is ExportFormat.JSON:
            json.loads(text)
        # JSON escapes nothing here (ensure_ascii is off), so the text is found as is.
        if NOTE_TEXT not in text:
            raise CheckError(what, f"{file.name} does not contain the note written from the phone")


# The run -------------------------------------------------------------------------


def run_self_test(
    out: TextIO | None = None,
    *,
    pictures: Callable[[], PictureWriter] | None = None,
    host: str = "127.0.0.1",
) -> int:
    """Run every check; returns the process exit code (0: all passed, 1: one failed)."""
    out = out or sys.stdout
    report = _Reporter(out)
    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    out.write(
        f"facilitator {__version__} self-test{frozen}: Python {platform.python_version()} "
        f"on {platform.system()} {platform.machine()}\n"
    )
    try:
        # Anything a check did not foresee (a failing clean-up step, say) is still
        # reported as a failure line rather than a traceback.
        with _check("self-test"), ExitStack() as cleanup:
            _run(report, cleanup, pictures, host)
        report.ok("cleaned up")
    except CheckError as exc:
        report.fail(exc.what, exc.reason)
        out.write(f"self-test: {report.passed} passed, 1 failed\n")
        return 1
    # The summary in the form test runners end with, so CI logs read alike.
    out.write(f"self-test: {report.passed} passed, 0 failed\n")
    return 0


def _run(
    report: _Reporter,
    cleanup: ExitStack,
    pictures: Callable[[], PictureWriter] | None,
    host: str,
) -> None:
    from facilitator.resources import resources_dir

    with _check("resources"):
        folder = resources_dir()
        for part in ("templates", "translations", "web", "sounds", "schema"):
            if not (folder / part).is_dir():
                raise FileNotFoundError(f"{folder / part} is missing")
        if not (folder / "web" / "index.html").is_file():
            raise FileNotFoundError(f"{folder / 'web' / 'index.html'} is missing")
    report.ok(f"resources in {folder}")

    with _check("data folder"):
        data_dir = Path(tempfile.mkdtemp(prefix="facilitator-self-test-"))
        cleanup.callback(_remove_folder, data_dir)
    report.ok(f"data folder {data_dir}")

    with _check("session"):
        from facilitator.services.library import Library

        library = Library.open(data_dir / "data")
        cleanup.callback(library.close)
        workshop = library.create(SESSION_TITLE, SESSION_LANGUAGE, SESSION_TEMPLATE)
        service = library.open_workshop(workshop.id)
    report.ok(f"session created (database and migrations, template {SESSION_TEMPLATE})")

    with _check("participant server"):
        from facilitator.server.runner import ParticipantServer
        from facilitator.services.participation import ParticipationService

        participation = ParticipationService(service)
        cleanup.callback(participation.close)
        server = ParticipantServer(participation, host=host, port=0)
        server.start()
        cleanup.callback(server.stop)
    report.ok(f"participant server on port {server.port}")

    note_id = _phone_round_trip(report, cleanup, server.base_url(), server.join_code)

    with _check("note stored"):
        texts = {n.id: n.text for b in service.boards() for n in service.notes_on(b.id)}
        if texts.get(note_id) != NOTE_TEXT:
            raise CheckError("note stored", f"the session holds {sorted(texts.values())}")
    report.ok("note stored in the session")

    _export_everything(report, data_dir / "exports", service.snapshot(), pictures)


def _phone_round_trip(report: _Reporter, cleanup: ExitStack, base: str, code: str) -> str:
    phone = _Phone(base, code)
    with _check("phone page"):
        page_url = f"{base}/j/{code}"
        with urllib.request.urlopen(page_url, timeout=HTTP_TIMEOUT_SECONDS) as response:
            page = response.read()
            kind = response.headers.get("Content-Type", "")
        if not kind.startswith("text/html") or b"<" not in page:
            raise CheckError("phone page", f"{page_url} answered {kind!r}")
    report.ok(f"phone page {page_url} ({_size(len(page))})")

    with _check("join"):
        joined = phone.request("POST", "/participants", {"name": "Self-test"})
        phone.token = joined["token"]
    report.ok("joined as a participant")

    with _check("event stream"):
        stream = phone.open_events()
        cleanup.callback(stream.close)
        first = stream.next()
        if first.name != "snapshot":
            raise CheckError("event stream", f"began with {first.name!r}, not a snapshot")
    report.ok("event stream opened (snapshot)")

    with _check("post note"):
        client_id = uuid.uuid4().hex
        note = phone.request("POST", "/notes", {"text": NOTE_TEXT, "client_id": client_id})
        note_id: str = note["note"]["id"]
    report.ok("note posted")

    def has_note(event: _Event) -> bool:
        if event.name != "delta":
            return False
        public = event.json().get("public") or {}
        return any(n.get("id") == note_id for n in public.get("notes_upserted", []))

    with _check("note on the event stream"):
        stream.wait_for(has_note, STREAM_TIMEOUT_SECONDS)
    report.ok("note arrived on the event stream")
    return note_id


def _export_everything(
    report: _Reporter,
    folder: Path,
    state: WorkshopState,
    pictures: Callable[[], PictureWriter] | None,
) -> None:
    writer: PictureWriter | None = None
    selection = Selection()
    now = utc_now()
    for export_format in ExportFormat:
        what = f"export {export_format.value}"
        with _check(what):
            if export_format.needs_pictures and writer is None:
                if pictures is None:
                    raise CheckError(what, "no picture writer (drawing needs Qt)")
                writer = pictures()
            # PNG goes to a folder: it holds one picture per board, however many there are.
            suffix = "" if export_format is ExportFormat.PNG else f".{export_format.value}"
            target = folder / f"self-test{suffix}"
            written = export_session(state, export_format, target, selection, now, pictures=writer)
            shown = _read_back(export_format, written)
        report.ok(f"{what} ({shown})")


def _remove_folder(path: Path) -> None:
    with _check("clean up"):
        shutil.rmtree(path)
