"""How many phones the participant server carries, and how fast notes reach them.

Run: ``.venv/bin/python benchmarks/participants.py [--phones 500] [--rate 100] [--seconds 10]``
or ``… --ingest`` for the most notes per second it accepts and stores with no streams open,
or ``… --gui`` to have the desktop window show the board while phones post to it.

The server runs in a child process, as in the app: a fresh session in a
temporary data folder, served by :class:`ParticipantServer` in its background
thread on 127.0.0.1, with the per-address and per-participant rate limits
lifted (every phone here shares one address and the load is far above what
people type). This process is the load: each phone joins, holds its event
stream open on its own connection, and notes are posted at the given total
rate from random phones over a small pool of keep-alive connections. Raw
asyncio sockets keep the load generator cheap, because it shares the machine's
cores with the server.

With ``--gui`` the child runs the real desktop window headless (Qt's offscreen
platform, 1920x1080) with the session open, the way the app opens it: its
participant server is started by the window's own participant access, with the
same limits lifted. The Qt event loop runs the child's main thread, and the
child notes when the board scene first gets an item for each note.

Printed: phones connected, notes accepted and stored, deliveries, latency from
sending a POST to the note's arrival on another phone's stream, errors and
missing deliveries, and the server's CPU use (with ``--gui``, the whole app's).
With ``--gui`` also the latency from sending a POST to the note's item appearing
in the board scene, how many accepted notes never appeared there, and how late
a 20 ms timer in the GUI thread fired while notes arrived. It asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from facilitator.server.app import ServerLimits

HOST = "127.0.0.1"  # the benchmark never connects anywhere else
NOTE_TEXT = re.compile(rb'"text":"bm(\d+)"')
POST_CONNECTIONS = 16
DRAIN_SECONDS = 10.0
GUI_TICK_MS = 20  # the GUI child's timer, to see how late its event loop runs


# The server (child process) -------------------------------------------------------


def unlimited() -> ServerLimits:
    """Rate limits no benchmark reaches: all phones share one address and type far too fast."""
    from facilitator.server.app import ServerLimits

    many = 10**9
    return ServerLimits(notes_per_minute=many, joins_per_minute=many, unknown_codes_per_minute=many)


def serve_child(data_dir: Path) -> None:
    """Serve one fresh session until stdin closes; prints ``<port> <code>`` when ready."""
    from facilitator.server.runner import ParticipantServer
    from facilitator.services.library import Library
    from facilitator.services.participation import ParticipationService

    library = Library.open(data_dir)
    workshop = library.create("Benchmark", "en")
    service = library.open_workshop(workshop.id)
    participation = ParticipationService(service)
    server = ParticipantServer(participation, host=HOST, port=0, limits=unlimited())
    server.start()
    print(server.port, server.join_code, flush=True)
    sys.stdin.read()
    server.stop()
    participation.close()
    library.close()


def serve_gui_child(data_dir: Path) -> None:
    """Like :func:`serve_child`, with the session open in the app's window.

    Once stdin closes and the window has closed the session, prints one line
    of JSON: when the board scene first got an item for each note text, and
    when each tick of a timer in the GUI thread fired (``time.perf_counter``).
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QMetaObject, Qt, QTimer

    from facilitator.server.runner import ParticipantServer
    from facilitator.services.library import Library
    from facilitator.services.participation import ParticipationService
    from ui.app import create_application, preferences, server_setup
    from ui.i18n import install_translators
    from ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    translators = install_translators(app, "en")
    library = Library.open(data_dir)
    workshop = library.create("Benchmark", "en")

    def create(participation: ParticipationService, public_url: str | None) -> ParticipantServer:
        return ParticipantServer(
            participation, host=HOST, port=0, public_url=public_url, limits=unlimited()
        )

    # The app's own setup for a server bound to one address, on a free port.
    setup = server_setup(argparse.Namespace(port=0, bind=HOST, public_url=None))
    setup = dataclasses.replace(setup, create=create)
    window = MainWindow(library, language="en", server=setup, preferences=preferences(data_dir))
    window.open_session(workshop.id)
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    screen, access = window.board_screen, window.access
    if screen is None or access is None or access.server is None:
        reason = access.error_text() if access is not None else "no session"
        raise RuntimeError(f"the session did not open with a server: {reason}")

    scene = screen.view.board_scene()
    appeared: dict[str, float] = {}

    def record(note_ids: list[str]) -> None:
        now = time.perf_counter()
        for note_id in note_ids:
            item = scene.note_item(note_id)
            if item is not None:
                appeared.setdefault(item.note.text, now)

    scene.notesArrived.connect(record)

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(GUI_TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()

    def quit_when_stdin_closes() -> None:
        sys.stdin.read()
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

    threading.Thread(target=quit_when_stdin_closes, daemon=True).start()
    print(access.server.port, access.code, flush=True)
    app.exec()
    timer.stop()
    window.close_session()
    library.close()
    del translators
    print(json.dumps({"appeared": appeared, "ticks": ticks}), flush=True)


@dataclass
class GuiReport:
    """What the GUI child saw, in ``time.perf_counter`` seconds (comparable across processes)."""

    appeared: dict[str, float]  # note text -> when its item first entered the board scene
    ticks: list[float]  # when each GUI_TICK_MS timer tick fired


class ServerProcess:
    def __init__(self, data_dir: Path, *, gui: bool = False) -> None:
        import psutil

        self.gui = gui
        self.gui_report: GuiReport | None = None
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve-child", str(data_dir), *(["--gui"] if gui else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        port, self.code = self.process.stdout.readline().split()
        self.port = int(port)
        self._ps = psutil.Process(self.process.pid)
        self._cpu_mark = self._cpu()
        self._time_mark = time.perf_counter()

    def _cpu(self) -> float:
        times = self._ps.cpu_times()
        return float(times.user + times.system)

    def mark(self) -> None:
        self._cpu_mark, self._time_mark = self._cpu(), time.perf_counter()

    def cpu_percent(self) -> float:
        """CPU used since :meth:`mark`, in percent of one core."""
        return 100 * (self._cpu() - self._cpu_mark) / (time.perf_counter() - self._time_mark)

    def stop(self) -> None:
        """Stop the child (later calls do nothing); with ``gui``, keep its :class:`GuiReport`."""
        assert self.process.stdin is not None and self.process.stdout is not None
        if self.process.stdin.closed:
            return
        self.process.stdin.close()
        rest = self.process.stdout.read()
        self.process.wait(timeout=30)
        self.process.stdout.close()
        if self.gui:
            lines = rest.strip().splitlines()
            if lines:
                report = json.loads(lines[-1])
                self.gui_report = GuiReport(report["appeared"], report["ticks"])


def stored_notes(data_dir: Path) -> tuple[int, int]:
    """Notes stored by the benchmark, and how many distinct texts they have."""
    from facilitator.services.library import Library

    library = Library.open(data_dir)
    try:
        [summary] = library.summaries()
        service = library.open_workshop(summary.id)
        texts = [n.text for b in service.boards() for n in service.notes_on(b.id)]
        return len(texts), len(set(texts))
    finally:
        library.close()


# HTTP over raw sockets ---------------------------------------------------------------


class Connection:
    """One keep-alive HTTP/1.1 connection for small JSON requests."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection(HOST, port)
        return cls(reader, writer)

    async def request(
        self, method: str, path: str, body: bytes = b"", token: str | None = None
    ) -> tuple[int, bytes]:
        head = [f"{method} {path} HTTP/1.1", f"Host: {HOST}"]
        if token:
            head.append(f"Authorization: Bearer {token}")
        if body:
            head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        payload = await self.reader.readexactly(length) if length else b""
        return int(status_line.split()[1]), payload

    def close(self) -> None:
        self.writer.close()


@dataclass
class Tally:
    sent_at: dict[int, float] = field(default_factory=dict)
    author: dict[int, int] = field(default_factory=dict)
    accepted: set[int] = field(default_factory=set)
    post_latencies: list[float] = field(default_factory=list)
    delivery_latencies: list[float] = field(default_factory=list)
    deliveries: int = 0
    duplicates: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    last_delivery: float = 0.0
    closing: bool = False  # streams end because the benchmark is over

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


class Stream(asyncio.Protocol):
    """A phone's open event stream; counts each benchmark note as it arrives."""

    def __init__(self, index: int, request: bytes, tally: Tally, capacity: int) -> None:
        self.index = index
        self.request = request
        self.tally = tally
        self.seen = bytearray(capacity)
        self.buffer = b""
        self.headers_done = False
        self.snapshot = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        now = time.perf_counter()
        buffer = self.buffer + data
        if not self.headers_done:
            end_of_headers = buffer.find(b"\r\n\r\n")
            if end_of_headers < 0:
                self.buffer = buffer
                return
            if not buffer.startswith(b"HTTP/1.1 200"):
                self.tally.error("stream refused")
            self.headers_done = True
            buffer = buffer[end_of_headers + 4 :]
        # Only whole SSE messages are scanned; chunk framing sits between them.
        end = buffer.rfind(b"\n\n")
        if end < 0:
            self.buffer = buffer
            return
        self.buffer = buffer[end + 2 :]
        if not self.snapshot.done() and b"event: snapshot" in buffer:
            self.snapshot.set_result(None)
        tally = self.tally
        for match in NOTE_TEXT.finditer(buffer, 0, end):
            seq = int(match.group(1))
            if self.seen[seq]:
                tally.duplicates += 1
                continue
            self.seen[seq] = 1
            tally.deliveries += 1
            tally.last_delivery = now
            if tally.author.get(seq) != self.index:
                tally.delivery_latencies.append(now - tally.sent_at[seq])

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.snapshot.done():
            self.snapshot.set_result(None)
        if not self.tally.closing:
            self.tally.error("stream ended early")


def _same(stream: Stream) -> Stream:
    return stream


async def join_phones(port: int, code: str, count: int) -> list[str]:
    connections = [await Connection.open(port) for _ in range(min(8, count))]
    tokens: list[str] = []

    async def join(connection: Connection, share: int) -> None:
        for _ in range(share):
            status, body = await connection.request(
                "POST", f"/api/v1/sessions/{code}/participants", b"{}"
            )
            if status != 201:
                raise RuntimeError(f"join failed: {status} {body[:200]!r}")
            tokens.append(json.loads(body)["token"])

    shares = [
        count // len(connections) + (i < count % len(connections)) for i in range(len(connections))
    ]
    await asyncio.gather(*(join(c, s) for c, s in zip(connections, shares, strict=True)))
    for connection in connections:
        connection.close()
    return tokens


def note_body(seq: int) -> bytes:
    return json.dumps({"text": f"bm{seq}", "client_id": uuid.uuid4().hex}).encode()


async def post_note(
    pool: asyncio.Queue[Connection], code: str, token: str, *, seq: int, phone: int, tally: Tally
) -> None:
    connection = await pool.get()
    body = note_body(seq)
    try:
        tally.author[seq] = phone
        started = tally.sent_at[seq] = time.perf_counter()
        status, _ = await connection.request("POST", f"/api/v1/sessions/{code}/notes", body, token)
        tally.post_latencies.append(time.perf_counter() - started)
        if status == 201:
            tally.accepted.add(seq)
        else:
            tally.error(f"POST {status}")
    except (OSError, asyncio.IncompleteReadError, ValueError):
        tally.error("POST connection")
    finally:
        pool.put_nowait(connection)


def percentiles(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)

    def at(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    return (
        f"p50 {at(0.50):.1f} ms, p95 {at(0.95):.1f} ms, p99 {at(0.99):.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms (mean {statistics.fmean(ordered) * 1000:.1f} ms)"
    )


# The two benchmarks ----------------------------------------------------------------


async def streaming(server: ServerProcess, phones: int, rate: float, seconds: float) -> Tally:
    loop = asyncio.get_running_loop()
    code, port = server.code, server.port
    tally = Tally()
    total = int(rate * seconds)
    tokens = await join_phones(port, code, phones)
    streams: list[Stream] = []
    transports: list[asyncio.BaseTransport] = []
    path = f"/api/v1/sessions/{code}/events"
    for index, token in enumerate(tokens):
        request = (
            f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: text/event-stream\r\n"
            f"Authorization: Bearer {token}\r\n\r\n"
        ).encode()
        stream = Stream(index, request, tally, total + 1)
        transport, _ = await loop.create_connection(functools.partial(_same, stream), HOST, port)
        streams.append(stream)
        transports.append(transport)
    await asyncio.wait_for(asyncio.gather(*(s.snapshot for s in streams)), 60)
    connected = sum(1 for s in streams if s.headers_done)
    print(f"phones connected:   {connected} of {phones}, each with an open event stream")

    pool: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(POST_CONNECTIONS):
        pool.put_nowait(await Connection.open(port))
    server.mark()
    own_cpu = time.process_time()
    started = time.perf_counter()
    tasks = []
    for seq in range(total):
        delay = started + seq / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        phone = random.randrange(len(tokens))
        post = post_note(pool, code, tokens[phone], seq=seq, phone=phone, tally=tally)
        tasks.append(asyncio.create_task(post))
    await asyncio.gather(*tasks)
    posting = time.perf_counter() - started
    expected = len(tally.accepted) * connected
    deadline = time.perf_counter() + DRAIN_SECONDS
    while tally.deliveries < expected and time.perf_counter() < deadline:
        await asyncio.sleep(0.05)
    cpu = server.cpu_percent()
    own = 100 * (time.process_time() - own_cpu) / (time.perf_counter() - started)
    window = max(tally.last_delivery, started + posting) - started
    while not pool.empty():
        pool.get_nowait().close()
    tally.closing = True
    for open_stream in transports:
        open_stream.close()
    if server.gui:
        server.stop()  # the GUI child reports once it has stopped

    print(f"notes sent:         {total} in {posting:.1f} s ({total / posting:.0f}/s)")
    print(f"notes accepted:     {len(tally.accepted)} ({len(tally.accepted) / posting:.0f}/s)")
    print(f"POST round trip:    {percentiles(tally.post_latencies)}")
    print(
        f"deliveries:         {tally.deliveries} of {expected} "
        f"({tally.deliveries / window:.0f}/s), missing {expected - tally.deliveries}, "
        f"duplicates {tally.duplicates}"
    )
    print(f"POST → other phone: {percentiles(tally.delivery_latencies)}")
    if server.gui:
        print_gui_report(server.gui_report, tally, started, started + window)
    print(f"server CPU:         {cpu:.0f}% of one core (load generator: {own:.0f}%)")
    return tally


def print_gui_report(report: GuiReport | None, tally: Tally, start: float, end: float) -> None:
    """Latency to the board scene, and how late the GUI timer fired between start and end."""
    if report is None:
        print("POST → board scene: n/a (the GUI child reported nothing)")
        return
    latencies = []
    never = 0
    for seq in sorted(tally.accepted):
        shown = report.appeared.get(f"bm{seq}")
        if shown is None:
            never += 1
        else:
            latencies.append(shown - tally.sent_at[seq])
    print(f"POST → board scene: {percentiles(latencies)}")
    print(f"never in the scene: {never} of {len(tally.accepted)} accepted notes")
    ticks = [t for t in report.ticks if start <= t <= end]
    interval = GUI_TICK_MS / 1000
    late = [max(0.0, b - a - interval) for a, b in itertools.pairwise(ticks)]
    print(f"GUI timer lateness: {percentiles(late)} ({GUI_TICK_MS} ms timer)")


async def ingest(server: ServerProcess, phones: int, seconds: float, connections: int) -> Tally:
    code, port = server.code, server.port
    tally = Tally()
    tokens = await join_phones(port, code, phones)
    print(f"phones joined:      {len(tokens)} (no event streams)")
    pool = [await Connection.open(port) for _ in range(connections)]
    server.mark()
    started = time.perf_counter()
    stop_at = started + seconds
    counter = iter(range(10**9))

    async def worker(connection: Connection) -> None:
        while time.perf_counter() < stop_at:
            seq = next(counter)
            token = tokens[seq % len(tokens)]
            sent = time.perf_counter()
            try:
                status, _ = await connection.request(
                    "POST", f"/api/v1/sessions/{code}/notes", note_body(seq), token
                )
            except (OSError, asyncio.IncompleteReadError, ValueError):
                tally.error("POST connection")
                return
            tally.post_latencies.append(time.perf_counter() - sent)
            if status == 201:
                tally.accepted.add(seq)
            else:
                tally.error(f"POST {status}")

    await asyncio.gather(*(worker(c) for c in pool))
    elapsed = time.perf_counter() - started
    cpu = server.cpu_percent()
    for connection in pool:
        connection.close()
    print(f"concurrent POSTs:   {connections}")
    print(
        f"notes accepted:     {len(tally.accepted)} in {elapsed:.1f} s "
        f"({len(tally.accepted) / elapsed:.0f}/s)"
    )
    print(f"POST round trip:    {percentiles(tally.post_latencies)}")
    print(f"server CPU:         {cpu:.0f}% of one core")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phones", type=int, default=500, help="phones that join (default 500)")
    parser.add_argument("--rate", type=float, default=100, help="notes per second in total")
    parser.add_argument("--seconds", type=float, default=10, help="how long to post notes")
    parser.add_argument(
        "--ingest", action="store_true", help="post as fast as possible, with no streams open"
    )
    parser.add_argument(
        "--connections", type=int, default=16, help="concurrent POSTs in --ingest mode"
    )
    parser.add_argument(
        "--gui",
        action="store_true",
        help="the server runs in the app's window (headless); also time notes reaching the board",
    )
    parser.add_argument("--serve-child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_child:
        (serve_gui_child if args.gui else serve_child)(Path(args.serve_child))
        return 0
    if args.gui and args.ingest:
        parser.error("--gui times notes reaching the board; --ingest opens no streams to compare")

    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        data_dir = Path(folder)
        server = ServerProcess(data_dir, gui=args.gui)
        try:
            if args.ingest:
                tally = asyncio.run(ingest(server, args.phones, args.seconds, args.connections))
            else:
                tally = asyncio.run(streaming(server, args.phones, args.rate, args.seconds))
        finally:
            server.stop()
        stored, distinct = stored_notes(data_dir)
        print(
            f"notes stored:       {stored} ({distinct} distinct; "
            f"{len(tally.accepted)} acknowledged)"
        )
        errors = ", ".join(f"{k}: {v}" for k, v in sorted(tally.errors.items())) or "none"
        print(f"errors:             {sum(tally.errors.values())} ({errors})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
