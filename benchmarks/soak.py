"""A long run of many phones against ``facilitator serve``: errors, latency and memory.

Run: ``make soak`` or ``.venv/bin/python benchmarks/soak.py [--minutes 10] [--phones 500]``.

A fresh session is made in a temporary data folder (voting open on its
board) and served by the real program, ``python -m ui serve``, in a child
process with its default limits. Each phone joins (from one of several
loopback addresses, since joins are limited per address), keeps its event
stream open on one connection, and on another keep-alive connection does,
every ``--interval`` seconds on average: post a note, vote on it, take the
vote back, and delete its oldest note once it has more than three, so the
session stays the size of a real one and memory growth means a leak, not data.

Printed: requests, errors by kind, latency percentiles per request kind and
overall, streams that ended early, and the server process's resident memory
(RSS) after the phones joined, after a warm-up (a fifth of the run, at most a
minute) and at the end. Targets: 0 errors, p95 <= 100 ms, growth after the
warm-up <= 10 %. It exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

REPO = Path(__file__).resolve().parent.parent
SESSION = "Soak"
ADDRESSES = [f"127.0.0.{n}" for n in range(1, 21)]  # 60 joins a minute per address
NOTES_KEPT = 3
IDLE_REUSE_SECONDS = 4.0
REQUEST_TIMEOUT = 10.0
TARGET_P95 = 0.100
TARGET_GROWTH = 0.10


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    streams_ended: int = 0
    stream_bytes: int = 0
    closing: bool = False

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def requests(self) -> int:
        return sum(len(v) for v in self.latencies.values())


class Connection:
    """One keep-alive HTTP/1.1 connection from one loopback address."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int, address: str) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(address, 0))
        return cls(reader, writer)

    async def request(
        self, method: str, path: str, body: bytes = b"", token: str | None = None
    ) -> tuple[int, bytes]:
        head = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
        if token:
            head.append(f"Authorization: Bearer {token}")
        if body:
            head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed by the server")
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


def prepare(data_dir: Path) -> None:
    """The session, with voting open and enough votes for every phone."""
    from facilitator import settings
    from facilitator.participation import SetBoardControls
    from facilitator.services.library import Library

    library = Library.open(data_dir)
    workshop = library.create(SESSION, "en")
    service = library.open_workshop(workshop.id)
    board = service.boards()[0].id
    service.execute(SetBoardControls(board, voting_open=True, vote_budget=settings.VOTE_BUDGET_MAX))
    library.close()


def start_server(data_dir: Path, log: Path) -> tuple[subprocess.Popen[str], int, str]:
    command = [sys.executable, "-m", "ui", "serve", "--session", SESSION]
    command += ["--data-dir", str(data_dir), "--port", "0", "--bind", "127.0.0.1"]
    with log.open("w", encoding="utf-8") as errors:
        process = subprocess.Popen(
            command,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1", "QT_QPA_PLATFORM": "offscreen"},
        )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("Join URL: "):
            url = urlsplit(line.removeprefix("Join URL: ").strip())
            assert url.port is not None
            return process, url.port, url.path.rsplit("/", 1)[1]
    raise RuntimeError(f"the server exited before it was ready:\n{log.read_text()}")


class Phone:
    def __init__(self, index: int, port: int, code: str, tally: Tally) -> None:
        self.index = index
        self.address = ADDRESSES[index % len(ADDRESSES)]
        self.port = port
        self.base = f"/api/v1/sessions/{code}"
        self.tally = tally
        self.token = ""
        self.notes: list[str] = []
        self.connection: Connection | None = None
        self.used = 0.0

    async def timed(
        self, kind: str, method: str, path: str, body: bytes = b"", expect: int = 200
    ) -> bytes | None:
        if self.connection is not None and time.monotonic() - self.used > IDLE_REUSE_SECONDS:
            # The server closes connections idle for 5 s; like a browser, start a new one.
            self.connection.close()
            self.connection = None
        started = time.perf_counter()
        if self.connection is None:
            try:
                self.connection = await Connection.open(self.port, self.address)
            except OSError as exc:
                self.tally.error(f"{kind} connect {type(exc).__name__}")
                return None
        try:
            status, payload = await asyncio.wait_for(
                self.connection.request(method, path, body, self.token or None), REQUEST_TIMEOUT
            )
        except (OSError, ConnectionError, asyncio.IncompleteReadError, TimeoutError) as exc:
            self.tally.error(f"{kind} {type(exc).__name__}")
            self.connection.close()
            self.connection = None
            return None
        self.used = time.monotonic()
        self.tally.latencies.setdefault(kind, []).append(time.perf_counter() - started)
        if status != expect:
            self.tally.error(f"{kind} {status} {payload[:80]!r}")
            return None
        return payload

    async def join(self) -> None:
        payload = await self.timed("join", "POST", f"{self.base}/participants", b"{}", 201)
        if payload is None:
            raise RuntimeError(f"phone {self.index} could not join: {self.tally.errors}")
        self.token = json.loads(payload)["token"]

    async def stream(self) -> None:
        """Hold the event stream open and read everything it sends."""
        try:
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", self.port, local_addr=(self.address, 0)
            )
        except OSError:
            self.tally.error("stream connect")
            return
        request = (
            f"GET {self.base}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {self.token}\r\nAccept: text/event-stream\r\n\r\n"
        )
        writer.write(request.encode())
        try:
            while chunk := await reader.read(65536):
                self.tally.stream_bytes += len(chunk)
        except OSError:
            pass
        finally:
            writer.close()
        if not self.tally.closing:
            self.tally.streams_ended += 1

    async def act(self, until: float, interval: float) -> None:
        await asyncio.sleep(random.uniform(0, interval))
        while time.monotonic() < until:
            body = json.dumps(
                {"text": f"idea {uuid.uuid4().hex[:8]}", "client_id": uuid.uuid4().hex}
            )
            payload = await self.timed("note", "POST", f"{self.base}/notes", body.encode(), 201)
            if payload is not None:
                note = json.loads(payload)["note"]["id"]
                self.notes.append(note)
                vote = json.dumps({"target_id": note}).encode()
                if await self.timed("vote", "POST", f"{self.base}/votes", vote, 201) is not None:
                    await self.timed("unvote", "DELETE", f"{self.base}/votes/{note}")
            if len(self.notes) > NOTES_KEPT:
                oldest = self.notes.pop(0)
                await self.timed("delete", "DELETE", f"{self.base}/notes/{oldest}", expect=204)
            await asyncio.sleep(random.uniform(0.5, 1.5) * interval)


def rss(process: psutil.Process) -> int:
    return int(process.memory_info().rss)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


async def soak(args: argparse.Namespace, port: int, code: str, server: psutil.Process) -> int:
    tally = Tally()
    phones = [Phone(i, port, code, tally) for i in range(args.phones)]
    joining = time.monotonic()
    for start in range(0, len(phones), 50):
        await asyncio.gather(*(p.join() for p in phones[start : start + 50]))
    streams = [asyncio.create_task(p.stream()) for p in phones]
    print(f"{args.phones} phones joined in {time.monotonic() - joining:.1f} s; streams opening")
    await asyncio.sleep(2)
    started_rss = rss(server)
    seconds = args.minutes * 60
    begin = time.monotonic()
    until = begin + seconds
    warm_up = min(60.0, seconds / 5)
    warm_rss: int | None = None
    actors = [asyncio.create_task(p.act(until, args.interval)) for p in phones]
    samples: list[tuple[float, int]] = []
    while time.monotonic() < until:
        await asyncio.sleep(min(30.0, max(0.1, until - time.monotonic())))
        elapsed = time.monotonic() - begin
        samples.append((elapsed, rss(server)))
        if warm_rss is None and elapsed >= warm_up:
            warm_rss = samples[-1][1]
        errors = sum(tally.errors.values())
        print(
            f"  {elapsed:6.0f} s  requests {tally.requests():7d}  errors {errors}"
            f"  RSS {samples[-1][1] / 2**20:.1f} MiB  server CPU {server.cpu_percent():.0f} %",
            flush=True,
        )
    await asyncio.gather(*actors)
    end_rss = rss(server)
    tally.closing = True
    for task in streams:
        task.cancel()
    await asyncio.gather(*streams, return_exceptions=True)
    for phone in phones:
        if phone.connection is not None:
            phone.connection.close()

    # Joins come in bursts before the run and are not part of it.
    everything = [v for kind, vs in tally.latencies.items() if kind != "join" for v in vs]
    print(f"\nphones {args.phones}, {args.minutes:g} min, one action every ~{args.interval:g} s")
    print(f"requests {len(everything)} ({len(everything) / seconds:.0f}/s)")
    for kind, values in sorted(tally.latencies.items()):
        print(
            f"  {kind:7s} n={len(values):6d}  p50 {statistics.median(values) * 1000:6.1f} ms"
            f"  p95 {percentile(values, 0.95) * 1000:6.1f} ms"
            f"  p99 {percentile(values, 0.99) * 1000:6.1f} ms"
            f"  max {max(values) * 1000:6.1f} ms"
        )
    p95 = percentile(everything, 0.95)
    errors = sum(tally.errors.values())
    print(f"errors {errors}" + (f": {tally.errors}" if errors else ""))
    streamed = tally.stream_bytes / 2**20
    print(f"streams ended early {tally.streams_ended}; stream data {streamed:.0f} MiB")
    print(f"p95 overall {p95 * 1000:.1f} ms (target <= {TARGET_P95 * 1000:.0f} ms)")
    baseline = warm_rss or started_rss
    growth = (end_rss - baseline) / baseline
    print(
        f"server RSS: after joining {started_rss / 2**20:.1f} MiB, after warm-up "
        f"{baseline / 2**20:.1f} MiB, end {end_rss / 2**20:.1f} MiB; growth after warm-up "
        f"{growth * 100:+.1f} % (target <= {TARGET_GROWTH * 100:.0f} %), from the start "
        f"{(end_rss - started_rss) / started_rss * 100:+.1f} %"
    )
    missed = errors > 0 or tally.streams_ended > 0 or p95 > TARGET_P95 or growth > TARGET_GROWTH
    print("targets " + ("MISSED" if missed else "met"))
    return 1 if missed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long (default 10)")
    parser.add_argument("--phones", type=int, default=500, help="phones (default 500)")
    parser.add_argument(
        "--interval", type=float, default=10.0, help="seconds between a phone's actions (10)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facilitator-soak-") as folder:
        data_dir = Path(folder) / "data"
        prepare(data_dir)
        process, port, code = start_server(data_dir, Path(folder) / "server.log")
        try:
            server = psutil.Process(process.pid)
            server.cpu_percent()
            print(f"facilitator serve (pid {process.pid}) on port {port}, code {code}")
            result = asyncio.run(soak(args, port, code, server))
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            log = (Path(folder) / "server.log").read_text(encoding="utf-8", errors="replace")
            if log.strip():
                print("server log:\n" + log[-3000:])
    return result


if __name__ == "__main__":
    sys.exit(main())
