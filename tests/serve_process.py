"""``python -m ui serve`` as a child process, for tests that need the real program."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 20.0
STOP_TIMEOUT = 20.0


class ServeProcess:
    """The server on loopback and any free port; its stderr goes to ``log``."""

    def __init__(self, data_dir: Path, session: str, log: Path) -> None:
        self.log = log
        command = [sys.executable, "-m", "ui", "serve", "--session", session]
        command += ["--data-dir", str(data_dir), "--port", "0", "--bind", "127.0.0.1"]
        with log.open("w", encoding="utf-8") as errors:
            self.process = subprocess.Popen(
                command,
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=errors,
                text=True,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        assert self.process.stdout is not None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,))
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def join_url(self) -> str:
        """The link from the one ``Join URL:`` line the server prints when it is ready."""
        seen: list[str] = []
        while True:
            try:
                line = self._lines.get(timeout=START_TIMEOUT)
            except queue.Empty:
                pytest.fail(f"the server printed no Join URL in {START_TIMEOUT} s: {seen}")
            if line is None:
                self.process.wait(timeout=STOP_TIMEOUT)
                pytest.fail(
                    f"the server exited ({self.process.returncode}) before it was ready:\n"
                    + "".join(seen)
                    + self.log_text()
                )
            seen.append(line)
            if line.startswith("Join URL: "):
                return line.removeprefix("Join URL: ").strip()

    def signal(self, number: int) -> int:
        """Send ``number`` and return the exit code once the process has ended."""
        if self.process.poll() is None:
            self.process.send_signal(number)
        try:
            return self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            pytest.fail(f"the server did not stop on signal {number}")

    def stop(self) -> int:
        """SIGTERM, then the exit code (idempotent)."""
        return self.signal(signal.SIGTERM)

    def close(self) -> None:
        """End the process whatever its state, and release its pipe."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=STOP_TIMEOUT)
        self._reader.join(timeout=STOP_TIMEOUT)
        assert self.process.stdout is not None
        self.process.stdout.close()
