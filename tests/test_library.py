"""The sessions library: create, list, rename, duplicate as a template, delete."""

from __future__ import annotations

import pytest

from facilitator.commands import CreateBoard, CreateNote
from facilitator.errors import NotFoundError, ValidationError
from facilitator.services.library import Library


def test_sessions_are_listed_most_recently_changed_first(library: Library) -> None:
    older = library.create("Kick-off", "fi")
    newer = library.create("Retro", "sv", "swot")
    rows = library.summaries()
    assert [r.title for r in rows] == ["Retro", "Kick-off"]
    assert rows[0].id == newer.id and rows[0].language == "sv"
    service = library.open_workshop(older.id)
    service.execute(CreateNote(service.boards()[0].id, "a"))
    rows = library.summaries()
    assert [r.title for r in rows] == ["Kick-off", "Retro"]
    assert [(r.board_count, r.note_count) for r in rows] == [(1, 1), (1, 0)]


def test_first_board_uses_the_sessions_language(library: Library) -> None:
    workshop = library.create("Retro", "fi", "start_stop_continue")
    board = library.open_workshop(workshop.id).boards()[0]
    assert board.title == "Aloita / Lopeta / Jatka"


def test_rename_and_find_by_title(library: Library) -> None:
    workshop = library.create("Draft", "en")
    library.rename(workshop.id, "  Strategy   day ")
    found = library.find_by_title("strategy day")
    assert found is not None and found.id == workshop.id
    assert library.find_by_title("nothing like it") is None
    with pytest.raises(ValidationError):
        library.rename(workshop.id, "")


def test_duplicate_keeps_boards_and_clusters_but_not_notes(library: Library) -> None:
    original = library.create("Template me", "en", "swot")
    service = library.open_workshop(original.id)
    service.execute(CreateBoard("lean_coffee", question="What shall we discuss?"))
    service.execute(CreateNote(service.boards()[0].id, "private note"))
    copy = library.duplicate(original.id)
    copied = library.open_workshop(copy.id)
    assert copy.title == "Template me (copy)"
    assert [(b.title, b.question) for b in copied.boards()] == [
        (b.title, b.question) for b in service.boards()
    ]
    for source, target in zip(service.boards(), copied.boards(), strict=True):
        assert sorted(c.title for c in copied.clusters_on(target.id)) == sorted(
            c.title for c in service.clusters_on(source.id)
        )
        assert copied.notes_on(target.id) == []
    assert service.notes_on(service.boards()[0].id) != []


def test_delete_removes_the_session_and_everything_in_it(library: Library) -> None:
    keep = library.create("Keep", "en")
    gone = library.create("Gone", "en", "swot")
    service = library.open_workshop(gone.id)
    service.execute(CreateNote(service.boards()[0].id, "a"))
    library.delete(gone.id)
    assert [s.id for s in library.summaries()] == [keep.id]
    with pytest.raises(NotFoundError):
        library.open_workshop(gone.id)
    with pytest.raises(NotFoundError):
        library.delete(gone.id)


def test_bad_language_and_title_are_refused(library: Library) -> None:
    with pytest.raises(ValidationError):
        library.create("x", "de")
    with pytest.raises(ValidationError):
        library.create("x" * 201, "en")
    assert library.summaries() == []
