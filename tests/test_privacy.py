"""Retention and removing names: what goes, what stays, and that it is really gone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.commands import CreateNote
from facilitator.errors import ValidationError
from facilitator.export.exporter import ExportFormat, export_session
from facilitator.export.selection import Selection
from facilitator.paths import database_path
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from tests.conftest import FakeClock
from ui.main import main


def session_with_names(library: Library, title: str = "Retro") -> str:
    workshop = library.create(title, "en")
    service = library.open_workshop(workshop.id)
    participation = ParticipationService(service)
    aino, _ = participation.join("Aino Virtanen")
    bertil, _ = participation.join("Bertil")
    nameless, _ = participation.join()
    participation.add_note(aino.id, "More coffee breaks", "a-1")
    participation.add_note(aino.id, "Shorter meetings", "a-2")
    participation.add_note(bertil.id, "Remote days", "b-1")
    participation.add_note(nameless.id, "Quiet room", "n-1")
    service.execute(CreateNote(service.boards()[0].id, "Facilitator's own note"))
    participation.close()
    return workshop.id


def authors(library: Library, workshop_id: str) -> dict[str, str | None]:
    return {n.text: n.author_name for n in library.load(workshop_id).notes.values()}


def test_retention_is_off_until_set_and_then_kept(library: Library, data_dir: Path) -> None:
    assert library.retention_days is None
    assert library.past_retention() == []
    library.set_retention_days(90)
    reopened = Library.open(data_dir)
    try:
        assert reopened.retention_days == 90
    finally:
        reopened.close()
    library.set_retention_days(None)
    assert library.retention_days is None


@pytest.mark.parametrize("days", [0, -3, 3651])
def test_retention_outside_its_range_is_refused(library: Library, days: int) -> None:
    with pytest.raises(ValidationError, match="1 to 3650 days"):
        library.set_retention_days(days)
    assert library.retention_days is None


def test_retention_deletes_only_sessions_unchanged_for_longer(
    library: Library, clock: FakeClock
) -> None:
    old = session_with_names(library, "Spring retro")
    created_long_ago_but_in_use = library.create("Strategy", "en")
    clock.advance(timedelta(days=100).total_seconds())
    library.rename(created_long_ago_but_in_use.id, "Strategy day")
    recent = library.create("Kickoff", "en")
    assert [s.title for s in library.past_retention(90)] == ["Spring retro"]
    # Setting it does not delete by itself: the caller has asked first.
    library.set_retention_days(90)
    assert len(library.summaries()) == 3

    deleted = library.apply_retention()

    assert [s.id for s in deleted] == [old]
    assert {s.id for s in library.summaries()} == {created_long_ago_but_in_use.id, recent.id}
    assert library.apply_retention() == []


def test_names_are_listed_with_their_note_counts(library: Library) -> None:
    workshop_id = session_with_names(library)
    people = library.participant_names(workshop_id)
    assert [(p.name, p.note_count) for p in people] == [("Aino Virtanen", 2), ("Bertil", 1)]


def test_removing_one_name_keeps_the_notes_and_other_names(library: Library) -> None:
    workshop_id = session_with_names(library)

    assert library.remove_participant_names(workshop_id, ["Bertil"]) == 1

    assert authors(library, workshop_id) == {
        "More coffee breaks": "Aino Virtanen",
        "Shorter meetings": "Aino Virtanen",
        "Remote days": None,
        "Quiet room": None,
        "Facilitator's own note": None,
    }
    assert [p.name for p in library.participant_names(workshop_id)] == ["Aino Virtanen"]


def test_removed_names_are_gone_from_the_file_and_later_exports(
    library: Library, data_dir: Path, tmp_path: Path
) -> None:
    workshop_id = session_with_names(library)
    other = session_with_names(library, "Other workshop")

    assert library.remove_participant_names(workshop_id) == 2

    assert library.participant_names(workshop_id) == []
    assert len(library.load(workshop_id).notes) == 5
    # The other session is not touched.
    assert [p.name for p in library.participant_names(other)] == ["Aino Virtanen", "Bertil"]
    state = library.load(workshop_id)
    target = export_session(
        state, ExportFormat.CSV, tmp_path / "retro.csv", Selection(), state.workshop.created_at
    )
    assert "Virtanen" not in target.read_text(encoding="utf-8-sig")
    # Only the other session still holds the name in the database file.
    library.delete(other)
    stored = b"".join(
        path.read_bytes()
        for path in database_path(data_dir).parent.iterdir()
        if path.name.startswith(database_path(data_dir).name)
    )
    assert b"Virtanen" not in stored
    assert b"Bertil" not in stored
    assert b"More coffee breaks" in stored


def test_command_line_sets_retention_only_when_confirmed(
    data_dir: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    library = Library.open(data_dir, clock)
    library.create("Spring retro", "en")
    library.close()
    # Years later, by the real clock the command uses.
    assert main(["retention", "--days", "30", "--data-dir", str(data_dir)]) == 1
    asked = capsys.readouterr().out
    assert "Spring retro" in asked and "deleted now" in asked
    assert "Add --yes to confirm" in asked and "Nothing was changed" in asked
    assert main(["sessions", "--data-dir", str(data_dir)]) == 0
    assert "Spring retro" in capsys.readouterr().out

    assert main(["retention", "--days", "30", "--yes", "--data-dir", str(data_dir)]) == 0
    assert "1 session deleted" in capsys.readouterr().out
    assert main(["retention", "--data-dir", str(data_dir)]) == 0
    assert "not changed for 30 days are deleted" in capsys.readouterr().out
    assert main(["sessions", "--data-dir", str(data_dir)]) == 0
    assert "No sessions yet" in capsys.readouterr().out
    assert main(["retention", "--off", "--data-dir", str(data_dir)]) == 0
    assert "Retention is off" in capsys.readouterr().out


def test_command_line_removes_the_names_asked_for(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = Library.open(data_dir)
    workshop_id = session_with_names(library)
    library.close()
    base = ["remove-names", "--session", "retro", "--data-dir", str(data_dir)]

    assert main([*base, "--name", "Aino Virtanen"]) == 1
    listed = capsys.readouterr().out
    assert "Aino Virtanen (2 notes)" in listed and "Bertil" not in listed
    assert main([*base, "--name", "Nobody", "--yes"]) == 1
    assert "holds no name “Nobody”" in capsys.readouterr().err
    assert main([*base, "--name", "Aino Virtanen", "--yes"]) == 0
    assert "Removed 1 name" in capsys.readouterr().out

    library = Library.open(data_dir)
    try:
        assert [p.name for p in library.participant_names(workshop_id)] == ["Bertil"]
    finally:
        library.close()
    assert main([*base, "--yes"]) == 0
    assert main(base) == 0
    assert "holds no participant names" in capsys.readouterr().out
