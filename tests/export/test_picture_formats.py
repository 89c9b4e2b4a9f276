"""PDF, PNG and ZIP in the core: where files go, with a stand-in for the drawing.

The drawing itself needs Qt and is tested in ``tests/ui/test_export_files.py``;
here a fake writer records what it was asked to draw.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.export.exporter import ExportError, ExportFormat, export_session
from facilitator.export.pictures import Progress, file_stem, picture_name
from facilitator.export.report import BoardEntry, SessionReport
from facilitator.export.selection import Selection
from tests.export.conftest import RichSession

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


class FakePictures:
    def __init__(self) -> None:
        self.boards: list[str] = []
        self.reports: list[SessionReport] = []

    def board_png(self, board: BoardEntry, path: Path) -> None:
        self.boards.append(board.board.title)
        path.write_bytes(b"png of " + board.board.title.encode())

    def report_pdf(self, report: SessionReport, path: Path, progress: Progress) -> None:
        self.reports.append(report)
        for index in range(len(report.boards)):
            progress((index + 1) / len(report.boards))
        path.write_bytes(b"pdf")


def export(
    rich: RichSession, fmt: ExportFormat, target: Path, pictures: FakePictures, **options: object
) -> tuple[Path, list[float]]:
    steps: list[float] = []
    selection = Selection(**options)  # type: ignore[arg-type]
    written = export_session(
        rich.service.snapshot(),
        fmt,
        target,
        selection,
        NOW,
        pictures=pictures,
        progress=steps.append,
    )
    return written, steps


def test_one_board_makes_one_png_file(rich: RichSession, tmp_path: Path) -> None:
    pictures = FakePictures()
    target = tmp_path / "out" / "ideas.png"
    written, steps = export(
        rich, ExportFormat.PNG, target, pictures, board_ids=frozenset({rich.ideas})
    )
    assert written == target and target.read_bytes() == b"png of Ideas"
    assert steps[-1] == 1.0
    assert [p.name for p in target.parent.iterdir()] == ["ideas.png"]  # no temporary file left


def test_several_boards_make_a_folder_or_a_zip_of_pictures(
    rich: RichSession, tmp_path: Path
) -> None:
    pictures = FakePictures()
    folder, _ = export(rich, ExportFormat.PNG, tmp_path / "pictures", pictures)
    assert sorted(p.name for p in folder.iterdir()) == ["01 Ideas.png", "02 Lean Coffee.png"]
    archive, steps = export(rich, ExportFormat.PNG, tmp_path / "pictures.zip", pictures)
    with zipfile.ZipFile(archive) as opened:
        assert opened.namelist() == ["pictures/01 Ideas.png", "pictures/02 Lean Coffee.png"]
    assert steps == sorted(steps) and steps[-1] == 1.0
    with pytest.raises(ExportError, match="2 boards make 2 pictures"):
        export(rich, ExportFormat.PNG, tmp_path / "one.png", pictures)


def test_the_zip_holds_every_format(rich: RichSession, tmp_path: Path) -> None:
    pictures = FakePictures()
    archive, steps = export(rich, ExportFormat.ZIP, tmp_path / "Retro.zip", pictures)
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert opened.testzip() is None
    assert names == [
        "Retro/Retro.json",
        "Retro/Retro.csv",
        "Retro/Retro.xlsx",
        "Retro/Retro.md",
        "Retro/Retro.docx",
        "Retro/Retro.pdf",
        "Retro/Pictures/01 Ideas.png",
        "Retro/Pictures/02 Lean Coffee.png",
    ]
    assert steps == sorted(steps) and steps[-1] == 1.0
    # The hidden note stays out of what is drawn too.
    (report,) = pictures.reports
    texts = [n.note.text for b in report.boards for n in b.notes]
    assert "Something rude" not in texts and "Secret idea" not in texts


def test_drawing_formats_need_a_picture_writer(rich: RichSession, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for fmt in (ExportFormat.PDF, ExportFormat.PNG, ExportFormat.ZIP):
        with pytest.raises(ExportError, match="desktop app"):
            export_session(rich.service.snapshot(), fmt, out / "x", Selection(), NOW)
    assert not out.exists()


def test_picture_names_are_safe_and_in_board_order() -> None:
    assert picture_name(3, 'Plan: A/B "test"?') == "03 Plan- A-B -test--.png"
    assert picture_name(12, "  ..  ") == "12 board.png"
    assert file_stem("Retro\n2026 \x07") == "Retro 2026 -"
    assert len(file_stem("x" * 500)) == 80


def test_a_snapshot_keeps_discussions_and_polls(rich: RichSession) -> None:
    snapshot = rich.service.snapshot()
    with rich.service.lock:
        live = rich.service.live_state
        assert snapshot.discussions == live.discussions and snapshot.discussions
        assert snapshot.polls == live.polls and snapshot.polls
        assert snapshot.poll_answers == live.poll_answers and snapshot.poll_answers
