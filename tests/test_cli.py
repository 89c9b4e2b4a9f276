"""The command line: a clear message and a non-zero exit for anything wrong."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator import __version__
from facilitator.services.library import Library
from ui.main import main


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = run(["--version"], tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_sessions_lists_as_json(tmp_path: Path, data_dir: Path) -> None:
    library = Library.open(data_dir)
    library.create("Työpaja", "fi")
    library.close()
    result = run(["sessions", "--json", "--data-dir", str(data_dir)], tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["title"], r["language"], r["boards"], r["notes"]) for r in rows] == [
        ("Työpaja", "fi", 1, 0)
    ]


def test_sessions_table_and_empty_library(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(data_dir), "sessions"]) == 0
    assert "No sessions yet" in capsys.readouterr().out
    library = Library.open(data_dir)
    library.create("Strategy day", "en")
    library.close()
    assert main(["sessions", "--data-dir", str(data_dir)]) == 0
    assert "Strategy day" in capsys.readouterr().out


def test_wrong_arguments_exit_non_zero_with_usage(tmp_path: Path) -> None:
    for args in (["--lang", "de"], ["--no-such-option"], ["frobnicate"]):
        result = run(args, tmp_path)
        assert result.returncode == 2
        assert "usage: facilitator" in result.stderr
        assert "error:" in result.stderr


def test_corrupt_database_gives_a_message_not_a_traceback(tmp_path: Path, data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "facilitator.sqlite3").write_text("not a database")
    result = run(["sessions", "--data-dir", str(data_dir)], tmp_path)
    assert result.returncode == 1
    assert "is not a Facilitator database" in result.stderr
    assert "Traceback" not in result.stderr


def test_data_dir_from_environment(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(data_dir))
    out = io.StringIO()
    from facilitator.cli import build_parser, run_command

    assert run_command(build_parser().parse_args(["sessions", "--json"]), out=out) == 0
    assert json.loads(out.getvalue()) == []
    assert (data_dir / "facilitator.sqlite3").exists()
