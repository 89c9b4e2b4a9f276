"""The desktop app as a child process (Qt offscreen), with a session open and phones served."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.serve_process import REPO, START_TIMEOUT, STOP_TIMEOUT


class AppProcess:
    """``python -m ui --session TITLE`` serving phones on loopback, any free port.

    The app prints nothing when its server is ready, so the port is read from
    the operating system: the one socket the process listens on.
    """

    def __init__(self, data_dir: Path, session: str, log: Path) -> None:
        self.log = log
        command = [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "--lang", "en"]
        command += ["--bind", "127.0.0.1", "--port", "0", "--session", session]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        with log.open("w", encoding="utf-8") as output:
            self.process = subprocess.Popen(
                command, cwd=REPO, stdout=output, stderr=subprocess.STDOUT, env=env
            )

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def port(self) -> int:
        """The participant server's port, once it listens."""
        deadline = time.monotonic() + START_TIMEOUT
        process = psutil.Process(self.process.pid)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"the app exited ({self.process.returncode}):\n{self.log_text()}")
            listening = [
                c.laddr.port
                for c in process.net_connections(kind="tcp")
                if c.status == psutil.CONN_LISTEN
            ]
            if listening:
                [port] = listening
                return int(port)
            time.sleep(0.05)
        pytest.fail(f"the app served no port in {START_TIMEOUT} s:\n{self.log_text()}")

    def close(self) -> None:
        """End the process whatever its state."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=STOP_TIMEOUT)
