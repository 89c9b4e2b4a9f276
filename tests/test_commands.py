"""The rules every entry point goes through, as a facilitator would notice them."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from facilitator import settings
from facilitator.commands import (
    CreateBoard,
    CreateCluster,
    CreateNote,
    DeleteBoard,
    DeleteCluster,
    DeleteNotes,
    DuplicateNote,
    EditNoteText,
    MoveBoard,
    MoveNotes,
    MoveNotesToCluster,
    NoteMove,
    PlanContext,
    RecolorCluster,
    RecolorNotes,
    RenameCluster,
    ResizeNote,
    SetClusterRect,
    StackNotes,
    UnstackNotes,
    UpdateBoard,
)
from facilitator.errors import ConflictError, NotFoundError, ValidationError
from facilitator.services.library import Library
from facilitator.services.workshop import ChangeEvent, Origin, WorkshopService


def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id


def add_note(service: WorkshopService, text: str = "idea", x: float = 0, y: float = 0) -> str:
    command = CreateNote(board_id(service), text, x=x, y=y)
    service.execute(command)
    return command.note_id


def add_cluster(service: WorkshopService, x: float = 0, y: float = 0) -> str:
    command = CreateCluster(board_id(service), "Group", x=x, y=y, width=600, height=500)
    service.execute(command)
    return command.cluster_id


def test_created_note_keeps_text_exactly_and_lands_on_top(service: WorkshopService) -> None:
    first = add_note(service, "<b>not bold</b>\r\nsecond line  ")
    second = add_note(service, "later")
    note = service.note(first)
    assert note is not None
    assert note.text == "<b>not bold</b>\nsecond line"
    assert service.note(second).z > note.z  # type: ignore[union-attr]


def test_note_longer_than_limit_is_refused_and_nothing_changes(service: WorkshopService) -> None:
    with pytest.raises(ValidationError) as refused:
        service.execute(CreateNote(board_id(service), "x" * (settings.NOTE_TEXT_MAX + 1)))
    assert str(settings.NOTE_TEXT_MAX) in str(refused.value)
    assert service.notes_on(board_id(service)) == []
    assert service.undo_label is None


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_position_that_is_not_a_number_is_refused(service: WorkshopService, value: float) -> None:
    with pytest.raises(ValidationError):
        service.execute(CreateNote(board_id(service), "x", x=value, y=0))


def test_far_away_position_is_kept_on_the_board(service: WorkshopService) -> None:
    note_id = add_note(service, x=1e12, y=-1e12)
    note = service.note(note_id)
    assert note is not None
    assert (note.x, note.y) == (settings.BOARD_EXTENT, -settings.BOARD_EXTENT)


def test_unknown_colour_is_refused(service: WorkshopService) -> None:
    note_id = add_note(service)
    with pytest.raises(ValidationError):
        service.execute(RecolorNotes((note_id,), "chartreuse"))


def test_edit_recolour_resize(service: WorkshopService) -> None:
    note_id = add_note(service)
    service.execute(EditNoteText(note_id, "better idea"))
    service.execute(RecolorNotes((note_id,), "blue"))
    service.execute(ResizeNote(note_id, 10, 99999))
    note = service.note(note_id)
    assert note is not None
    assert (note.text, note.color) == ("better idea", "blue")
    assert (note.width, note.height) == (settings.NOTE_MIN_SIZE, settings.NOTE_MAX_SIZE)


def test_moving_a_note_into_a_cluster_makes_it_a_member(service: WorkshopService) -> None:
    cluster_id = add_cluster(service, x=1000, y=0)
    note_id = add_note(service, x=0, y=0)
    service.execute(MoveNotes((NoteMove(note_id, 1100, 100),)))
    assert service.note(note_id).cluster_id == cluster_id  # type: ignore[union-attr]
    service.execute(MoveNotes((NoteMove(note_id, 0, 0),)))
    assert service.note(note_id).cluster_id is None  # type: ignore[union-attr]


def test_note_goes_to_the_smallest_of_nested_clusters(service: WorkshopService) -> None:
    board = board_id(service)
    outer = CreateCluster(board, "Outer", 0, 0, 2000, 2000)
    inner = CreateCluster(board, "Inner", 100, 100, 600, 600)
    service.execute(outer)
    service.execute(inner)
    note_id = add_note(service, x=200, y=200)
    assert service.note(note_id).cluster_id == inner.cluster_id  # type: ignore[union-attr]


def test_move_to_cluster_places_notes_inside_without_overlap(service: WorkshopService) -> None:
    cluster_id = add_cluster(service, x=2000, y=0)
    notes = [add_note(service, str(i), x=i * 300, y=0) for i in range(3)]
    service.execute(MoveNotesToCluster(tuple(notes), cluster_id))
    cluster = service.cluster(cluster_id)
    placed = [service.note(n) for n in notes]
    assert cluster is not None
    for note in placed:
        assert note is not None
        assert note.cluster_id == cluster_id
        assert cluster.contains(*note.center)
    boxes = {(n.x, n.y) for n in placed if n is not None}
    assert len(boxes) == 3
    service.execute(MoveNotesToCluster((notes[0],), None))
    assert service.note(notes[0]).cluster_id is None  # type: ignore[union-attr]


def test_create_note_in_cluster_finds_free_spot(service: WorkshopService) -> None:
    cluster_id = add_cluster(service, x=0, y=0)
    board = board_id(service)
    first = CreateNote(board, "a", cluster_id=cluster_id)
    second = CreateNote(board, "b", cluster_id=cluster_id)
    service.execute(first)
    service.execute(second)
    a, b = service.note(first.note_id), service.note(second.note_id)
    assert a is not None and b is not None
    assert a.cluster_id == b.cluster_id == cluster_id
    overlap = a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height
    assert not (overlap and b.y < a.y + a.height)


def test_moving_a_cluster_carries_its_notes(service: WorkshopService) -> None:
    cluster_id = add_cluster(service, x=0, y=0)
    inside = add_note(service, x=100, y=100)
    outside = add_note(service, x=3000, y=0)
    service.execute(SetClusterRect(cluster_id, 500, 40, 600, 500))
    moved = service.note(inside)
    assert moved is not None
    assert (moved.x, moved.y) == (600, 140)
    assert (service.note(outside).x, service.note(outside).y) == (3000, 0)  # type: ignore[union-attr]


def test_shrinking_a_cluster_lets_notes_fall_out(service: WorkshopService) -> None:
    cluster_id = add_cluster(service, x=0, y=0)
    note_id = add_note(service, x=350, y=300)
    assert service.note(note_id).cluster_id == cluster_id  # type: ignore[union-attr]
    service.execute(SetClusterRect(cluster_id, 0, 0, 300, 300))
    assert service.note(note_id).cluster_id is None  # type: ignore[union-attr]


def test_deleting_a_cluster_keeps_its_notes_unless_asked(service: WorkshopService) -> None:
    first = add_cluster(service)
    note_id = add_note(service, x=100, y=100)
    service.execute(DeleteCluster(first))
    assert service.note(note_id).cluster_id is None  # type: ignore[union-attr]
    second = add_cluster(service)
    service.execute(DeleteCluster(second, with_notes=True))
    assert service.note(note_id) is None
    assert service.clusters_on(board_id(service)) == []


def test_rename_and_recolour_cluster(service: WorkshopService) -> None:
    cluster_id = add_cluster(service)
    service.execute(RenameCluster(cluster_id, "  Quick   wins "))
    service.execute(RecolorCluster(cluster_id, "teal"))
    cluster = service.cluster(cluster_id)
    assert cluster is not None
    assert (cluster.title, cluster.color) == ("Quick wins", "teal")
    with pytest.raises(ValidationError):
        service.execute(RenameCluster(cluster_id, "   "))


def test_stack_moves_as_one_and_survives_deleting_its_top(service: WorkshopService) -> None:
    top = add_note(service, "same", x=0, y=0)
    dupes = [add_note(service, "same", x=500 + i * 250, y=0) for i in range(2)]
    service.execute(StackNotes(tuple(dupes), top))
    assert [n.id for n in service.stacked_under(top)] == dupes
    service.execute(MoveNotes((NoteMove(top, 1000, 1000),)))
    assert all((service.note(d).x, service.note(d).y) == (1000, 1000) for d in dupes)  # type: ignore[union-attr]
    service.execute(DeleteNotes((top,)))
    new_top = service.note(dupes[0])
    assert new_top is not None and new_top.stack_id is None
    assert [n.id for n in service.stacked_under(dupes[0])] == [dupes[1]]
    service.execute(UnstackNotes(dupes[0]))
    assert service.stacked_under(dupes[0]) == []


def test_stacking_a_stack_merges_both_piles(service: WorkshopService) -> None:
    a, b, c = (add_note(service, x=i * 300) for i in range(3))
    service.execute(StackNotes((b,), a))
    service.execute(StackNotes((a,), c))
    assert {n.id for n in service.stacked_under(c)} == {a, b}


def test_duplicate_copies_content_beside_original(service: WorkshopService) -> None:
    original = add_note(service, "copy me", x=0, y=0)
    command = DuplicateNote(original)
    service.execute(command)
    copy = service.note(command.new_note_id)
    assert copy is not None
    assert copy.text == "copy me"
    assert (copy.x, copy.y) == (settings.DUPLICATE_OFFSET, settings.DUPLICATE_OFFSET)


def test_boards_are_created_from_templates_renamed_reordered_deleted(
    service: WorkshopService,
) -> None:
    first = board_id(service)
    swot = CreateBoard("swot")
    service.execute(swot)
    titles = [c.title for c in service.clusters_on(swot.board_id)]
    assert titles and set(titles) == {"Strengths", "Weaknesses", "Opportunities", "Threats"}
    service.execute(UpdateBoard(swot.board_id, title="Our SWOT", question="Where are we?"))
    service.execute(MoveBoard(swot.board_id, 0))
    assert [b.id for b in service.boards()] == [swot.board_id, first]
    assert [b.position for b in service.boards()] == [0, 1]
    service.execute(DeleteBoard(swot.board_id))
    assert [b.id for b in service.boards()] == [first]
    assert service.clusters_on(swot.board_id) == []


def test_last_board_cannot_be_deleted(service: WorkshopService) -> None:
    with pytest.raises(ValidationError):
        service.execute(DeleteBoard(board_id(service)))


def test_unknown_template_and_missing_things_are_refused(service: WorkshopService) -> None:
    with pytest.raises(ValidationError):
        service.execute(CreateBoard("no-such-template"))
    with pytest.raises(NotFoundError):
        service.execute(EditNoteText("missing", "x"))
    with pytest.raises(NotFoundError):
        service.execute(CreateNote("missing-board", "x"))


def test_undo_and_redo_restore_exact_states_and_tell_listeners(service: WorkshopService) -> None:
    events: list[ChangeEvent] = []
    service.subscribe(events.append)
    note_id = add_note(service, "first")
    service.execute(EditNoteText(note_id, "second"))
    assert service.undo_label == "Edit note"
    service.undo()
    assert service.note(note_id).text == "first"  # type: ignore[union-attr]
    assert service.redo_label == "Edit note"
    service.redo()
    assert service.note(note_id).text == "second"  # type: ignore[union-attr]
    assert [e.origin for e in events] == [Origin.DO, Origin.DO, Origin.UNDO, Origin.REDO]
    service.undo()
    service.undo()
    assert service.note(note_id) is None
    assert service.undo() is None


def test_a_new_change_clears_redo(service: WorkshopService) -> None:
    add_note(service)
    service.undo()
    add_note(service)
    assert service.redo_label is None
    assert service.redo() is None


def test_macro_is_one_undo_step(service: WorkshopService) -> None:
    note_id = add_note(service, "a")
    service.begin_macro("Edit note")
    service.execute(EditNoteText(note_id, "b"))
    service.execute(RecolorNotes((note_id,), "pink"))
    service.end_macro()
    service.undo()
    note = service.note(note_id)
    assert note is not None and (note.text, note.color) == ("a", "yellow")


def test_stale_change_is_refused_whole(service: WorkshopService) -> None:
    first, second = add_note(service, "a"), add_note(service, "b")
    stale = service.snapshot()
    service.execute(EditNoteText(second, "changed meanwhile"))
    # Planned before the edit above: its first half still fits, its second does not.
    both = RecolorNotes((first, second), "blue").plan(stale, _context(service))
    state = service.snapshot()
    with pytest.raises(ConflictError):
        state.apply(both)
    assert state == service.snapshot()


def _context(service: WorkshopService) -> PlanContext:
    return PlanContext(datetime.now(UTC), service.templates)


def test_undo_keeps_the_newest_steps_up_to_the_limit(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "UNDO_STEPS_MAX", 3)
    service = library.open_workshop(library.create("Busy room", "en").id)
    oldest, *newest = [add_note(service, f"note {i}") for i in range(settings.UNDO_STEPS_MAX + 1)]
    for _ in newest:
        assert service.undo() is not None
    assert service.undo() is None
    assert [n.id for n in service.notes_on(board_id(service))] == [oldest]
    for _ in newest:
        service.redo()
    assert len(service.notes_on(board_id(service))) == settings.UNDO_STEPS_MAX + 1
