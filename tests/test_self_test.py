"""``facilitator --self-test``: every check passes here, and a broken part is named."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from facilitator.export.exporter import ExportFormat
from facilitator.self_test import run_self_test
from facilitator.server.runner import ParticipantServer, ServerError
from ui.main import headless_pictures


@pytest.fixture(autouse=True)
def _temporary_files_in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The self-test's data folder goes here, so a test can see it was removed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def data_folder(output: str) -> Path:
    match = re.search(r"^ok  data folder (.+)$", output, re.MULTILINE)
    assert match, output
    return Path(match.group(1))


def test_a_server_that_cannot_start_fails_with_a_clear_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(_server: ParticipantServer) -> None:
        raise ServerError("Ports {first} to {last} are all in use.", first=8765, last=8784)

    monkeypatch.setattr(ParticipantServer, "start", refuse)
    out = io.StringIO()
    assert run_self_test(out, pictures=headless_pictures) == 1
    lines = out.getvalue().splitlines()
    assert "FAIL participant server: Ports 8765 to 8784 are all in use." in lines
    assert lines[-1] == "self-test: 3 passed, 1 failed"
    assert not any(line.startswith("ok  export") for line in lines)
    assert not data_folder(out.getvalue()).exists()


def test_without_a_picture_writer_the_drawn_formats_fail() -> None:
    out = io.StringIO()
    assert run_self_test(out, pictures=None) == 1
    output = out.getvalue()
    assert "ok  export json" in output
    assert "FAIL export pdf: no picture writer (drawing needs Qt)" in output


def test_every_check_passes_from_the_command_line_without_a_display(
    tmp_path: Path, _temporary_files_in_tmp_path: Path
) -> None:
    """The real program, as the bundle and CI run it: exit 0, each format named."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["TMPDIR"] = str(_temporary_files_in_tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    output = result.stdout
    assert result.returncode == 0, output + result.stderr
    assert re.search(r"^ok  participant server on port \d+$", output, re.MULTILINE)
    assert "ok  note arrived on the event stream" in output
    for export_format in ExportFormat:
        line = rf"^ok  export {export_format.value} \(.+ (B|KB)\)$"
        assert re.search(line, output, re.MULTILINE), (export_format, output)
    assert "FAIL" not in output
    assert re.fullmatch(r"self-test: \d+ passed, 0 failed", output.splitlines()[-1])
    assert list(_temporary_files_in_tmp_path.iterdir()) == []
