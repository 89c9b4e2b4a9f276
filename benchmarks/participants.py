"""How many phones the participant server carries, and how fast notes reach them.

Run: ``.venv/bin/python benchmarks/participants.py [--phones 500] [--rate 100] [--seconds 10]``
or ``… --ingest`` for the most notes per second it accepts and stores with no streams open.

The server runs in a child process, as in the app: a fresh session in a
temporary data folder, served by :class:`ParticipantServer` in its background
thread on 127.0.0.1, with the per-address and per-participant rate limits
lifted (every phone here shares one address and the load is far above what
people type). This process is the load: each phone joins, holds its event
stream open on its own connection, and notes are posted at the given total
rate from random phones over a small pool of keep-alive connections. Raw
asyncio sockets keep the load generator cheap, because it shares the machine's
cores with the server.

Printed: phones connected, notes accepted and stored, deliveries, latency from
sending a POST to the note's arrival on another phone's stream, errors and
missing deliveries, and the server's CPU use. It asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HOST = "127.0.0.1"  # the benchmark never connects anywhere else
NOTE_TEXT = re.compile(rb'"text":"bm(\d+)"')
POST_CONNECTIONS = 16
DRAIN_SECONDS = 10.0


# The server (child process) -------------------------------------------------------


def serve_child(data_dir: Path) -> None:
    """Serve one fresh session until stdin closes; prints ``<port> <code>`` when ready."""
    from facilitator.server.app import ServerLimits
    from facilitator.server.runner import ParticipantServer
    from facilitator.services.library import Library
    from facilitator.services.participation import ParticipationService

    library = Library.open(data_dir)
    workshop = library.create("Benchmark", "en")
    service = library.open_workshop(workshop.id)
    participation = ParticipationService(service)
    unlimited = 10**9
    server = ParticipantServer(
        participation,
        host=HOST,
        port=0,
        limits=ServerLimits(
            notes_per_minute=unlimited,
            joins_per_minute=unlimited,
            unknown_codes_per_minute=unlimited,
        ),
    )
    server.start()
    print(server.port, server.join_code, flush=True)
    sys.stdin.read()
    server.stop()
    participation.close()
    library.close()


class ServerProcess:
    def __init__(self, data_dir: Path) -> None:
        import psutil

        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve-child", str(data_dir)],
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
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


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

    print(f"notes sent:         {total} in {posting:.1f} s ({total / posting:.0f}/s)")
    print(f"notes accepted:     {len(tally.accepted)} ({len(tally.accepted) / posting:.0f}/s)")
    print(f"POST round trip:    {percentiles(tally.post_latencies)}")
    print(
        f"deliveries:         {tally.deliveries} of {expected} "
        f"({tally.deliveries / window:.0f}/s), missing {expected - tally.deliveries}, "
        f"duplicates {tally.duplicates}"
    )
    print(f"POST → other phone: {percentiles(tally.delivery_latencies)}")
    print(f"server CPU:         {cpu:.0f}% of one core (load generator: {own:.0f}%)")
    return tally


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
    parser.add_argument("--serve-child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_child:
        serve_child(Path(args.serve_child))
        return 0

    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        data_dir = Path(folder)
        server = ServerProcess(data_dir)
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
