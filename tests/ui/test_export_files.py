"""The PDF report, PNG pictures and the ZIP of every format, read back independently.

PDFs are read with pypdf, pictures with QImage, archives with zipfile; the
command line runs as a person runs it.
"""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.selection import Selection
from facilitator.palette import COLORS
from facilitator.services.library import Library
from tests.export import conftest as export_fixtures
from tests.export.conftest import RichSession
from tests.export.test_documents import in_finnish
from ui.export.png import MAX_PIXELS
from ui.export.writer import QtPictureWriter
from ui.main import main
from ui.note_item import MODERATED_GREY

# The session with a bit of everything that the core's export tests use.
rich = export_fixtures.rich

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pictures(qapp: QApplication) -> QtPictureWriter:
    return QtPictureWriter()


def export(
    rich: RichSession, fmt: ExportFormat, target: Path, pictures: QtPictureWriter, **options: object
) -> Path:
    selection = Selection(**options)  # type: ignore[arg-type]
    state = rich.service.snapshot()
    return export_session(state, fmt, target, selection, NOW, pictures=pictures)


def pdf_pages(source: Path | bytes) -> list[str]:
    """Each page's text with spacing and ligatures as a reader would type them."""
    reader = PdfReader(source if isinstance(source, Path) else io.BytesIO(source))
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def has_colour(image: QImage, colour: QColor) -> bool:
    """Whether any pixel is exactly ``colour`` (flat fills are drawn without blending)."""
    data = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())
    pixel = struct.pack("<I", colour.rgb() & 0xFFFFFFFF)
    found = data.find(pixel)
    while found != -1:
        if found % 4 == 0:  # a whole pixel, not the end of one and the start of the next
            return True
        found = data.find(pixel, found + 1)
    return False


def moderated_fill(key: str) -> QColor:
    """A hidden note's fill on the facilitator's board: its colour, mostly greyed out."""
    colour, grey = QColor(COLORS[key].hex), MODERATED_GREY
    return QColor(
        round(colour.red() + (grey.red() - colour.red()) * 0.7),
        round(colour.green() + (grey.green() - colour.green()) * 0.7),
        round(colour.blue() + (grey.blue() - colour.blue()) * 0.7),
    )


# PDF ------------------------------------------------------------------------------


def test_the_pdf_report_has_a_cover_then_each_board_and_its_notes(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    path = export(rich, ExportFormat.PDF, tmp_path / "report.pdf", pictures)
    pages = pdf_pages(path)
    cover = pages[0]
    assert cover.startswith("REPORT Test workshop")
    assert "Participants 2" in cover and "Notes 5" in cover and "Boards 2" in cover
    assert "Agenda" in cover and "Warm-up Ideas 5 min" in cover
    everything = " ".join(pages)
    # Each board: a picture page (its notes drawn as text, so vector) and a list page.
    ideas = next(i for i, page in enumerate(pages) if page.startswith("Ideas Question:"))
    assert "Walking meetings" in pages[ideas]
    listing = pages[ideas + 1]
    assert listing.startswith("Ideas Quick wins")
    assert listing.index("Quick wins") < listing.index("Walking meetings")
    assert "Walking meetings Duplicates: Meetings on foot 1 vote" in listing
    assert listing.index("Not in a cluster") < listing.index("Shorter meetings — Aino 2 votes")
    assert "Lean Coffee" in pages[ideas + 2] and "Remote work" in everything
    # Left out: hidden from everyone, still face down, and the name of no one.
    assert "Something rude" not in everything and "Secret idea" not in everything
    assert "anonymous" not in everything
    assert pages[-1].endswith(f"{len(pages)} / {len(pages)}")


def test_board_pictures_are_vector_drawings_on_pages_of_their_shape(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    path = export(rich, ExportFormat.PDF, tmp_path / "report.pdf", pictures)
    reader = PdfReader(path)
    shapes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert shapes[0] == pytest.approx((595, 842), abs=1)  # A4 portrait cover
    texts = pdf_pages(path)
    picture_page = reader.pages[
        next(i for i, t in enumerate(texts) if t.startswith("Ideas Question"))
    ]
    assert "Walking meetings" in texts[reader.pages.index(picture_page)]
    assert float(picture_page.mediabox.width) > float(picture_page.mediabox.height)
    assert not picture_page.images  # drawn, not pasted in as a bitmap


def test_hidden_notes_are_in_the_report_only_when_asked_for(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    path = export(rich, ExportFormat.PDF, tmp_path / "all.pdf", pictures, include_hidden=True)
    everything = " ".join(pdf_pages(path))
    assert "Something rude (hidden)" in everything and "Secret idea" in everything


def test_the_pdf_report_speaks_the_sessions_language(
    rich: RichSession, library: Library, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    finnish = in_finnish(library, rich)
    path = export(finnish, ExportFormat.PDF, tmp_path / "raportti.pdf", pictures)
    pages = pdf_pages(path)
    assert pages[0].startswith("RAPORTTI Test workshop")
    assert "Osallistujat 2" in pages[0] and "Laput 5" in pages[0] and "Ohjelma" in pages[0]
    # The date as Finns write it, from the session's language, not the app's.
    assert "tammikuuta 2026" in pages[0]
    everything = " ".join(pages)
    assert "Ei ryhmässä" in everything and "2 ääntä" in everything
    assert "Kysymys: What could we try?" in everything


# PNG --------------------------------------------------------------------------------


def test_a_board_picture_shows_the_notes_in_their_colours(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    path = export(
        rich,
        ExportFormat.PNG,
        tmp_path / "ideas.png",
        pictures,
        board_ids=frozenset({rich.ideas}),
    )
    image = QImage(str(path))
    assert not image.isNull()
    # Twice the board's size in pixels: notes are 200 units wide, so well over 1,000 px.
    assert image.width() > 1500 and image.height() > 1000
    assert image.width() * image.height() <= MAX_PIXELS
    assert has_colour(image, QColor(COLORS["teal"].hex))  # "Walking meetings"
    assert has_colour(image, QColor(COLORS["yellow"].hex))  # the notes from phones
    assert not has_colour(image, moderated_fill("yellow"))  # "Something rude" is left out
    with_hidden = export(
        rich,
        ExportFormat.PNG,
        tmp_path / "all.png",
        pictures,
        board_ids=frozenset({rich.ideas}),
        include_hidden=True,
    )
    assert has_colour(QImage(str(with_hidden)), moderated_fill("yellow"))


def test_a_huge_board_is_drawn_within_the_pixel_budget(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    from facilitator.commands import CreateNote

    rich.service.execute(CreateNote(rich.ideas, "far away", 40000.0, 30000.0))
    path = export(
        rich, ExportFormat.PNG, tmp_path / "big.png", pictures, board_ids=frozenset({rich.ideas})
    )
    image = QImage(str(path))
    assert image.width() * image.height() <= MAX_PIXELS * 1.01
    assert image.width() > image.height() > 1000


# ZIP ---------------------------------------------------------------------------------


def test_the_zip_holds_every_format_readable(
    rich: RichSession, tmp_path: Path, pictures: QtPictureWriter
) -> None:
    path = export(rich, ExportFormat.ZIP, tmp_path / "Retro.zip", pictures)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert {Path(n).suffix for n in names} == {
            ".json", ".csv", ".xlsx", ".md", ".docx", ".pdf", ".png"
        }  # fmt: skip
        assert [n for n in names if n.endswith(".png")] == [
            "Retro/Pictures/01 Ideas.png",
            "Retro/Pictures/02 Lean Coffee.png",
        ]
        picture = QImage.fromData(archive.read("Retro/Pictures/01 Ideas.png"))
        assert picture.width() > 1000
        assert pdf_pages(archive.read("Retro/Retro.pdf"))[0].startswith("REPORT Test workshop")
        assert "Walking meetings" in archive.read("Retro/Retro.md").decode()


# The command line -----------------------------------------------------------------------


def run_main(data_dir: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "export", "--session", "Test workshop", *argv])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_command_exports_pictures_and_zips(
    rich: RichSession,
    data_dir: Path,
    tmp_path: Path,
    qapp: QApplication,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "pictures"
    code, said = run_main(data_dir, "--format", "png", "--output", str(folder), capsys=capsys)
    assert code == 0, said
    assert sorted(p.name for p in folder.iterdir()) == ["01 Ideas.png", "02 Lean Coffee.png"]
    one = tmp_path / "ideas.png"
    code, said = run_main(
        data_dir, "--format", "png", "--output", str(one), "--board", "Ideas", capsys=capsys
    )
    assert code == 0 and not QImage(str(one)).isNull(), said
    code, said = run_main(
        data_dir, "--format", "png", "--output", str(tmp_path / "two.png"), capsys=capsys
    )
    assert code == 1 and "2 boards make 2 pictures" in said
    archive = tmp_path / "all.zip"
    code, said = run_main(data_dir, "--format", "zip", "--output", str(archive), capsys=capsys)
    assert code == 0, said
    assert len(zipfile.ZipFile(archive).namelist()) == 8


@pytest.mark.slow
def test_the_command_writes_a_pdf_without_a_display(
    rich: RichSession, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    command = [sys.executable, "-m", "ui.main", "--data-dir", str(data_dir), "export"]
    command += ["--session", "test workshop", "--format", "pdf", "--output", str(target)]
    done = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Exported “Test workshop”" in done.stdout
    assert pdf_pages(target)[0].startswith("REPORT Test workshop")


@pytest.mark.slow
def test_formats_that_draw_nothing_do_not_load_qt(rich: RichSession, data_dir: Path) -> None:
    script = (
        "import sys\n"
        "from ui.main import main\n"
        f"code = main(['--data-dir', {str(data_dir)!r}, 'export', '--session', 'Test workshop',"
        f" '--format', 'md', '--output', {str(data_dir / 'notes.md')!r}])\n"
        "print(code, any(name.startswith('PySide6') for name in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.split()[-2:] == ["0", "False"], done.stderr
