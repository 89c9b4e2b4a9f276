"""kill -9 under load, round after round, on the same data folder: is anything lost?

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/crash_soak.py
[--program serve|app] [--rounds 10] [--phones 200] [--notes 5]``

Each round starts the program (``facilitator serve``, or the desktop app with
its window offscreen) on the same data folder, lets every phone join and send
its notes at once, kills the program with SIGKILL after a random number of
answered notes, then checks the file: every acknowledged note is there once.
The next round starts the program again; its phones first resend the notes of
the round before that got no answer (same client id), which must never make a
second copy. At the end the file must pass ``PRAGMA integrity_check``.

This is the long version of ``tests/reliability/test_crash_safety.py``; it is
not run by ``make test``. Linux only (SIGKILL, 127.0.0.x source addresses).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator import settings
from facilitator.services.library import Library
from tests.reliability.app_process import AppProcess
from tests.reliability.crowd import Attempt, Crowd, join_code, stored_notes
from tests.serve_process import ServeProcess

TITLE = "Soak"


def start(program: str, data_dir: Path, log: Path) -> tuple[str, int, ServeProcess | AppProcess]:
    if program == "serve":
        serve = ServeProcess(data_dir, TITLE, log)
        base, _, _ = serve.join_url().rpartition("/j/")
        return base, serve.process.pid, serve
    app = AppProcess(data_dir, TITLE, log)
    return f"http://127.0.0.1:{app.port()}", app.process.pid, app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", choices=["serve", "app"], default="serve")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--notes", type=int, default=5, help="notes per phone and round")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    choose = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="facilitator-soak-"))
    data_dir = folder / "data"
    library = Library.open(data_dir)
    library.create(TITLE, "en")
    library.close()
    code = join_code(data_dir, TITLE)
    expected: set[str] = set()
    pending: tuple[Crowd, list[Attempt]] | None = None
    totals = Counter[str]()
    failures = 0
    print(f"{args.program}: {args.rounds} rounds of {args.phones} phones x {args.notes} notes")
    for number in range(args.rounds):
        log = folder / f"{args.program}-{number}.log"
        base, pid, process = start(args.program, data_dir, log)
        if pending is not None:
            crowd_before, unanswered = pending
            crowd_before.base_url = base
            crowd_before.resend(unanswered)
            totals["resent"] += len(unanswered)
            if not all(a.acknowledged for a in unanswered):
                failures += 1
                print("  FAIL: a resent note was refused")
        crowd = Crowd(base, code, args.phones, args.notes)
        kill_after = choose.randrange(1, max(2, args.phones * args.notes * 4 // 5))
        started = time.monotonic()
        crowd.flood(kill_after, lambda pid=pid: os.kill(pid, signal.SIGKILL))
        seconds = time.monotonic() - started
        process.close()
        acknowledged = crowd.acknowledged()
        unanswered = crowd.unanswered()
        expected |= {a.text for a in acknowledged}
        if pending is not None:
            expected |= {a.text for a in pending[1]}
        stored = Counter(text for text, _ in stored_notes(data_dir))
        lost = expected - set(stored)
        twice = [text for text, count in stored.items() if count > 1]
        in_flight = sum(1 for a in unanswered if stored[a.text])
        totals["acknowledged"] += len(acknowledged)
        totals["in flight, stored"] += in_flight
        totals["in flight, not stored"] += len(unanswered) - in_flight
        print(
            f"round {number + 1}: killed after {len(acknowledged)} answered notes "
            f"({seconds:.1f} s); {len(unanswered)} without an answer, {in_flight} of them "
            f"stored; {len(stored)} notes in the file; lost {len(lost)}, twice {len(twice)}"
        )
        if lost or twice:
            failures += 1
        pending = (crowd, unanswered)
    path = data_dir / settings.DATABASE_FILENAME
    with sqlite3.connect(path) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    print(
        f"total: {totals['acknowledged']} acknowledged before a kill, all found after restart "
        f"unless reported above; {totals['in flight, stored']} in flight and stored, "
        f"{totals['in flight, not stored']} in flight and not stored, {totals['resent']} "
        f"resent; integrity_check: {integrity}"
    )
    if integrity != "ok":
        failures += 1
    print("OK" if not failures else f"FAILED in {failures} checks; data in {folder}")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
