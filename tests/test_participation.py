"""Taking part from a phone: the rules that every entry point shares."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from facilitator import settings
from facilitator.commands import CreateNote, DeleteNotes
from facilitator.errors import ValidationError
from facilitator.participation import (
    BoardClosedError,
    LimitReachedError,
    ModerateNotes,
    PermissionDeniedError,
    RevealNotes,
    SetBoardControls,
    ShowBoard,
    SortByVotes,
)
from facilitator.paths import database_path
from facilitator.services.library import Library
from facilitator.services.participation import FeedEvent, ParticipationService
from facilitator.services.workshop import WorkshopService
from facilitator.storage.database import open_database


@pytest.fixture
def participation(service: WorkshopService) -> ParticipationService:
    return ParticipationService(service)


def board_id(service: WorkshopService) -> str:
    return service.boards()[0].id


def visible_texts(participation: ParticipationService, participant_id: str) -> list[str]:
    return [n["text"] for n in participation.state_for(participant_id)["notes"]]


def test_join_gives_a_token_that_identifies_only_that_participant(
    participation: ParticipationService,
) -> None:
    aino, token = participation.join("  Aino  ")
    bob, _ = participation.join()
    assert aino.name == "Aino" and bob.name is None
    assert participation.authenticate(token) == aino
    assert participation.authenticate(token + "x") is None
    assert participation.participant_count() == 2
    assert token not in json.dumps(participation.state_for(aino.id))


def test_resent_note_is_the_same_note(participation: ParticipationService) -> None:
    aino, _ = participation.join("Aino")
    first, created = participation.add_note(aino.id, "Coffee", "phone-1")
    again, created_again = participation.add_note(aino.id, "Coffee", "phone-1")
    assert created and not created_again
    assert first.id == again.id
    assert visible_texts(participation, aino.id) == ["Coffee"]
    assert first.author_name == "Aino"


def test_participant_notes_do_not_cover_each_other(participation: ParticipationService) -> None:
    aino, _ = participation.join()
    notes = [participation.add_note(aino.id, f"n{i}", f"c{i}")[0] for i in range(6)]
    boxes = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in notes]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_only_the_author_may_change_a_note_and_only_until_locked(
    service: WorkshopService, participation: ParticipationService
) -> None:
    aino, _ = participation.join()
    bob, _ = participation.join()
    note, _ = participation.add_note(aino.id, "mine", "c1")
    with pytest.raises(PermissionDeniedError):
        participation.edit_note(bob.id, note.id, "hijacked", None)
    with pytest.raises(PermissionDeniedError):
        participation.delete_note(bob.id, note.id)
    assert participation.edit_note(aino.id, note.id, "still mine", "blue").text == "still mine"
    service.execute(SetBoardControls(board_id(service), locked=True), undoable=False)
    with pytest.raises(BoardClosedError):
        participation.edit_note(aino.id, note.id, "too late", None)
    with pytest.raises(BoardClosedError):
        participation.add_note(aino.id, "new", "c2")


def test_closed_input_and_empty_or_long_text_are_refused(
    service: WorkshopService, participation: ParticipationService
) -> None:
    aino, _ = participation.join()
    with pytest.raises(ValidationError):
        participation.add_note(aino.id, "   ", "c1")
    with pytest.raises(ValidationError):
        participation.add_note(aino.id, "x" * 501, "c2")
    service.execute(SetBoardControls(board_id(service), input_open=False), undoable=False)
    with pytest.raises(BoardClosedError):
        participation.add_note(aino.id, "hello", "c3")


def test_hidden_mode_shows_notes_only_to_their_author_until_reveal(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = board_id(service)
    service.execute(SetBoardControls(board, hidden_mode=True), undoable=False)
    aino, _ = participation.join()
    bob, _ = participation.join()
    participation.add_note(aino.id, "secret idea", "c1")
    assert visible_texts(participation, aino.id) == ["secret idea"]
    assert visible_texts(participation, bob.id) == []
    assert participation.state_for(bob.id)["hidden_count"] == 1
    service.execute(RevealNotes(board))
    assert visible_texts(participation, bob.id) == ["secret idea"]
    assert not service.board(board).hidden_mode  # type: ignore[union-attr]


def test_moderated_notes_vanish_from_every_phone(
    service: WorkshopService, participation: ParticipationService
) -> None:
    aino, _ = participation.join()
    note, _ = participation.add_note(aino.id, "off topic", "c1")
    service.execute(ModerateNotes((note.id,), hidden=True))
    assert visible_texts(participation, aino.id) == []
    service.undo()
    assert visible_texts(participation, aino.id) == ["off topic"]


def test_vote_budget_retract_and_results(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = board_id(service)
    aino, _ = participation.join()
    note, _ = participation.add_note(aino.id, "idea", "c1")
    with pytest.raises(BoardClosedError):
        participation.vote(aino.id, note.id)
    service.execute(SetBoardControls(board, voting_open=True, vote_budget=2), undoable=False)
    participation.vote(aino.id, note.id)
    participation.vote(aino.id, note.id)
    with pytest.raises(LimitReachedError):
        participation.vote(aino.id, note.id)
    state = participation.state_for(aino.id)
    assert state["my_votes"]["remaining"] == 0
    assert state["notes"][0]["votes"] is None  # results hidden until the facilitator shows them
    participation.retract_vote(aino.id, note.id)
    service.execute(SetBoardControls(board, results_visible=True), undoable=False)
    state = participation.state_for(aino.id)
    assert state["notes"][0]["votes"] == 1
    assert state["my_votes"] == {"board_id": board, "remaining": 1, "on": {note.id: 1}}


def test_deleting_a_voted_note_takes_its_votes_and_undo_restores_the_note(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = board_id(service)
    service.execute(SetBoardControls(board, voting_open=True), undoable=False)
    create = CreateNote(board, "voted on")
    service.execute(create)
    aino, _ = participation.join()
    participation.vote(aino.id, create.note_id)
    service.undo()  # undoes the note's creation: its vote goes with it
    assert service.note(create.note_id) is None
    assert participation.state_for(aino.id)["my_votes"]["remaining"] == 3
    service.redo()
    participation.vote(aino.id, create.note_id)
    service.execute(DeleteNotes((create.note_id,)))
    service.undo()
    assert service.note(create.note_id) is not None


def test_sort_by_votes_puts_the_most_voted_first(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = board_id(service)
    service.execute(SetBoardControls(board, voting_open=True, vote_budget=5), undoable=False)
    aino, _ = participation.join()
    notes = [participation.add_note(aino.id, f"n{i}", f"c{i}")[0] for i in range(3)]
    for _ in range(3):
        participation.vote(aino.id, notes[2].id)
    participation.vote(aino.id, notes[1].id)
    service.execute(SortByVotes(board))
    placed = [service.note(n.id) for n in notes]
    order = sorted((n for n in placed if n is not None), key=lambda n: (n.y, n.x))
    assert [n.text for n in order] == ["n2", "n1", "n0"]
    service.undo()
    restored = [service.note(n.id) for n in notes]
    assert [(n.x, n.y) for n in restored if n is not None] == [(n.x, n.y) for n in notes]


def test_feed_shares_public_changes_and_keeps_private_ones_private(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = board_id(service)
    events: list[FeedEvent] = []
    participation.subscribe_feed(events.append)
    service.execute(SetBoardControls(board, hidden_mode=True), undoable=False)
    aino, _ = participation.join()
    bob, _ = participation.join()
    start = participation.last_event_id
    participation.add_note(aino.id, "face down", "c1")
    added = events[-1]
    seen_by_bob = "".join(added.for_participant(bob.id))
    assert "face down" not in seen_by_bob
    assert json.loads(seen_by_bob)["hidden_counts"] == {board: 1}
    assert any("face down" in part for part in added.for_participant(aino.id))
    service.execute(RevealNotes(board))
    revealed = json.loads(events[-1].for_participant(bob.id)[0])
    assert [n["text"] for n in revealed["notes_upserted"]] == ["face down"]
    assert revealed["hidden_counts"] == {board: 0}
    resumed = participation.events_since(start)
    assert resumed is not None and [e.seq for e in resumed] == [start + 1, start + 2]
    assert participation.events_since(participation.last_event_id) == []
    assert participation.events_since(participation.last_event_id + 5) is None


def test_show_board_moves_phones_to_it(
    service: WorkshopService, participation: ParticipationService
) -> None:
    from facilitator.commands import CreateBoard

    second = CreateBoard("swot")
    service.execute(second)
    aino, _ = participation.join()
    assert participation.state_for(aino.id)["board"]["id"] == board_id(service)
    service.execute(ShowBoard(second.board_id), undoable=False)
    state = participation.state_for(aino.id)
    assert state["board"]["id"] == second.board_id
    assert {c["title"] for c in state["clusters"]} == {
        "Strengths",
        "Weaknesses",
        "Opportunities",
        "Threats",
    }


def test_sessions_from_before_participation_get_join_codes(tmp_path: Path) -> None:
    from alembic import command

    from facilitator.storage.database import _alembic_config, create_sqlite_engine

    path = database_path(tmp_path)
    engine = create_sqlite_engine(path)
    command.upgrade(_alembic_config(engine), "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO workshops VALUES ('w1', 'Old', 'fi', "
            "'2025-01-01T00:00:00.000000+00:00', '2025-01-01T00:00:00.000000+00:00')"
        )
    connection.close()
    engine.dispose()
    open_database(path).dispose()
    library = Library.open(tmp_path)
    summary = library.summaries()[0]
    service = library.open_workshop(summary.id)
    assert len(service.workshop.join_code) == 8
    assert library.find_by_join_code(service.workshop.join_code.lower()) == summary
    library.close()


def test_duplicate_of_a_phone_note_belongs_to_the_facilitator(
    service: WorkshopService, participation: ParticipationService
) -> None:
    from facilitator.commands import DuplicateNote

    aino, _ = participation.join()
    note, _ = participation.add_note(aino.id, "original", "c1")
    copy = DuplicateNote(note.id)
    service.execute(copy)
    with pytest.raises(PermissionDeniedError):
        participation.edit_note(aino.id, copy.new_note_id, "mine?", None)
    again, created = participation.add_note(aino.id, "original", "c1")
    assert (again.id, created) == (note.id, False)


def test_deleting_the_shown_board_moves_phones_to_its_neighbour(
    service: WorkshopService, participation: ParticipationService
) -> None:
    from facilitator.commands import CreateBoard, DeleteBoard

    second = CreateBoard("swot")
    service.execute(second)
    service.execute(ShowBoard(second.board_id), undoable=False)
    service.execute(DeleteBoard(second.board_id))
    aino, _ = participation.join()
    assert participation.state_for(aino.id)["session"]["current_board_id"] == board_id(service)
    service.undo()
    assert participation.state_for(aino.id)["board"]["id"] == second.board_id


def test_phones_see_a_pile_as_one_note_with_its_size(
    service: WorkshopService, participation: ParticipationService
) -> None:
    from facilitator.commands import StackNotes, UnstackNotes

    aino, _ = participation.join()
    top, _ = participation.add_note(aino.id, "coffee", "c1")
    duplicates = [participation.add_note(aino.id, "coffee!", f"c{i}")[0] for i in (2, 3)]
    service.execute(StackNotes(tuple(d.id for d in duplicates), top.id))
    notes = participation.state_for(aino.id)["notes"]
    assert [(n["text"], n["stacked"]) for n in notes] == [("coffee", 2)]
    service.execute(UnstackNotes(top.id))
    assert sorted(n["stacked"] for n in participation.state_for(aino.id)["notes"]) == [0, 0, 0]


def test_a_resume_from_before_the_kept_events_is_told_to_reload(
    service: WorkshopService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "PHONE_EVENTS_KEPT", 3)
    participation = ParticipationService(service)
    aino, _ = participation.join()
    start = participation.last_event_id
    for i in range(settings.PHONE_EVENTS_KEPT + 1):
        participation.add_note(aino.id, f"n{i}", f"c{i}")
    assert participation.events_since(start) is None  # the phone reloads the whole state
    kept = participation.events_since(start + 1)
    assert kept is not None and len(kept) == settings.PHONE_EVENTS_KEPT
    texts = [n["text"] for n in participation.state_for(aino.id)["notes"]]
    assert texts == [f"n{i}" for i in range(settings.PHONE_EVENTS_KEPT + 1)]
    participation.close()


def test_votes_on_deleted_notes_leave_nothing_behind(
    service: WorkshopService, participation: ParticipationService
) -> None:
    """A busy room posts, votes on and deletes notes all day: memory must not grow with it."""
    service.execute(SetBoardControls(board_id(service), voting_open=True), undoable=False)
    aino, _ = participation.join()
    state = service.live_state
    before = state._votes_on.copy(), state._votes_by.copy(), state._phase_notes.copy()
    for i in range(20):
        note, _ = participation.add_note(aino.id, f"idea {i}", f"c{i}")
        participation.vote(aino.id, note.id)
        if i % 2:
            participation.retract_vote(aino.id, note.id)
        participation.delete_note(aino.id, note.id)
    assert (state._votes_on, state._votes_by, state._phase_notes) == before
