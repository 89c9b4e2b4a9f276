"""CSV, XLSX, Markdown and DOCX exports, read back with independent readers."""

from __future__ import annotations

import csv
import errno
import json
from datetime import UTC, datetime
from pathlib import Path

import docx
import openpyxl
import pytest

from facilitator.cli import build_parser, run_command
from facilitator.export.exporter import ExportError, ExportFormat, export_session
from facilitator.export.selection import Selection
from facilitator.services.library import Library
from tests.export.conftest import RichSession

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


def export(rich: RichSession, fmt: ExportFormat, path: Path, **options: bool) -> Path:
    state = rich.service.snapshot()
    return export_session(state, fmt, path, Selection(**options), NOW)  # type: ignore[arg-type]


def in_finnish(library: Library, rich: RichSession) -> RichSession:
    """The same session, imported and set to Finnish."""
    from facilitator.export.session_json import dumps, export_document

    document = export_document(rich.service.snapshot(), Selection(), NOW)
    document["session"]["language"] = "fi"
    finnish = library.open_workshop(library.import_session(dumps(document)).id)
    return RichSession(finnish, "", "", "", "", "", "", "")


def test_csv_has_a_row_per_note_without_hidden_ones(rich: RichSession, tmp_path: Path) -> None:
    path = export(rich, ExportFormat.CSV, tmp_path / "notes.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = [r["Text"] for r in rows]
    assert "Something rude" not in texts and "Secret idea" not in texts
    assert {"Shorter meetings", "Fewer emails", "Walking meetings", "Meetings on foot"} <= set(
        texts
    )
    shorter = next(r for r in rows if r["Text"] == "Shorter meetings")
    assert shorter["Board"] == "Ideas" and shorter["Votes"] == "2"
    assert shorter["Author"] == "Aino" and shorter["Source"] == "participant"
    fewer = next(r for r in rows if r["Text"] == "Fewer emails")
    assert fewer["Author"] == "anonymous"
    walking = next(r for r in rows if r["Text"] == "Walking meetings")
    assert walking["Cluster"] == "Quick wins" and walking["Colour"] == "Teal"
    assert datetime.fromisoformat(walking["Created"])  # a time a spreadsheet can read
    with_hidden = export(rich, ExportFormat.CSV, tmp_path / "all.csv", include_hidden=True)
    assert "Something rude" in with_hidden.read_text(encoding="utf-8-sig")


def test_xlsx_has_a_summary_and_a_sheet_per_board(rich: RichSession, tmp_path: Path) -> None:
    path = export(rich, ExportFormat.XLSX, tmp_path / "notes.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Ideas", "Lean Coffee"]
    summary = [[c.value for c in row] for row in book["Summary"].iter_rows()]
    assert summary[0][0] == "Test workshop"
    board_row = next(r for r in summary if r[0] == "Ideas")
    assert board_row[2] == 3  # votes: two on one note, one on another
    assert board_row[3] == "Shorter meetings"
    ideas = [[c.value for c in row] for row in book["Ideas"].iter_rows()]
    assert ideas[0][:3] == ["Board", "Cluster", "Text"]
    assert isinstance(ideas[1][7], datetime)
    assert "Secret idea" not in [r[2] for r in ideas]


def test_markdown_lists_notes_under_board_and_cluster_headings(
    rich: RichSession, tmp_path: Path
) -> None:
    text = export(rich, ExportFormat.MD, tmp_path / "notes.md").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "# Test workshop"
    ideas = lines.index("## Ideas")
    wins = lines.index("### Quick wins")
    assert ideas < wins
    assert "- Walking meetings — **1 vote**" in lines
    assert "  - Duplicates: Meetings on foot" in lines
    assert "- Shorter meetings — **2 votes** _(Aino)_" in lines
    assert "> What could we try?" in lines
    assert "Something rude" not in text and "Secret idea" not in text


def test_markdown_shows_note_text_as_written(
    service_with_tricky_note: tuple[RichSession, str], tmp_path: Path
) -> None:
    rich, _ = service_with_tricky_note
    text = export(rich, ExportFormat.MD, tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "- \\# not a heading \\<b\\>bold?\\</b\\> \\[link\\](x)" in text.splitlines()


@pytest.fixture
def service_with_tricky_note(rich: RichSession) -> tuple[RichSession, str]:
    from facilitator.commands import CreateNote

    command = CreateNote(rich.ideas, "# not a heading\n<b>bold?</b> [link](x)")
    rich.service.execute(command)
    return rich, command.note_id


def test_docx_minutes_have_agenda_clusters_and_top_notes(rich: RichSession, tmp_path: Path) -> None:
    path = export(rich, ExportFormat.DOCX, tmp_path / "minutes.docx")
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Test workshop" in paragraphs
    assert "Agenda" in paragraphs and "Most votes" in paragraphs
    assert "Shorter meetings (2 votes)" in paragraphs
    assert paragraphs.index("Ideas") < paragraphs.index("Quick wins")
    agenda = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert agenda[0] == ["Phase", "Board", "Planned", "Actual"]
    assert ["Warm-up", "Ideas", "5 min"] in [row[:3] for row in agenda]
    assert "Secret idea" not in "\n".join(paragraphs)


def test_reports_speak_the_sessions_language(
    rich: RichSession, library: Library, tmp_path: Path
) -> None:
    finnish = in_finnish(library, rich)
    minutes = docx.Document(str(export(finnish, ExportFormat.DOCX, tmp_path / "muistio.docx")))
    paragraphs = [p.text for p in minutes.paragraphs]
    assert "MUISTIO" in paragraphs and "Ohjelma" in paragraphs
    assert "Shorter meetings (2 ääntä)" in paragraphs
    with export(finnish, ExportFormat.CSV, tmp_path / "lapput.csv").open(
        encoding="utf-8-sig"
    ) as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["Taulu", "Ryhmä", "Teksti"]
    book = openpyxl.load_workbook(export(finnish, ExportFormat.XLSX, tmp_path / "l.xlsx"))
    assert book.sheetnames[0] == "Yhteenveto"


def test_a_failed_export_leaves_no_half_file(
    rich: RichSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(ExportError, match="Cannot write"):
        export(rich, ExportFormat.MD, blocked / "notes.md")
    target = tmp_path / "notes.json"
    target.write_text("earlier export")

    def disk_full(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        export(rich, ExportFormat.JSON, target)
    monkeypatch.undo()
    assert target.read_text() == "earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file-not-folder", "notes.json"]


def test_the_command_line_exports_and_imports(
    rich: RichSession, library: Library, data_dir: Path, tmp_path: Path
) -> None:
    def run(*argv: str) -> tuple[int, str]:
        import io

        out, err = io.StringIO(), io.StringIO()
        args = build_parser().parse_args(["--data-dir", str(data_dir), *argv])
        code = run_command(args, out, err)
        return code, out.getvalue() + err.getvalue()

    target = tmp_path / "out" / "ideas.json"
    code, said = run(
        "export", "--session", "test workshop", "--format", "json", "--output", str(target),
        "--board", "Ideas",
    )  # fmt: skip
    assert code == 0, said
    assert [b["title"] for b in json.loads(target.read_text())["boards"]] == ["Ideas"]
    code, said = run("export", "--session", "Nope", "--format", "md", "--output", str(target))
    assert code == 1 and "no session called “Nope”" in said
    code, said = run(
        "export", "--session", "Test workshop", "--format", "csv", "--output", str(target),
        "--board", "Missing",
    )  # fmt: skip
    assert code == 1 and "no board called “Missing”" in said
    before = len(library.summaries())
    code, said = run("import", str(target))
    assert code == 0, said
    assert len(library.summaries()) == before + 1
    broken = tmp_path / "broken.json"
    broken.write_text(target.read_text()[:100])
    code, said = run("import", str(broken))
    assert code == 1 and "cut short" in said
    assert len(library.summaries()) == before + 1
