"""Lean Coffee: topics discussed in vote order, each with its time box and a "continue?" poll."""

from __future__ import annotations

import pytest

from facilitator.agenda import NextPhase
from facilitator.commands import CreateBoard, DeleteBoard, DeleteNotes
from facilitator.discussion import (
    AskToContinue,
    ClosePoll,
    DiscussTopic,
    EndDiscussion,
    ExtendTopic,
    SetTopicTimes,
    discussion_progress,
    poll_counts,
    topic_queue,
)
from facilitator.domain import Note, PhaseKind, Thumb
from facilitator.errors import ValidationError
from facilitator.participation import BoardClosedError, SetBoardControls, ShowBoard
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from facilitator.timing import StartCountdown
from facilitator.visibility import state_json
from tests.conftest import FakeClock


@pytest.fixture
def participation(service: WorkshopService) -> ParticipationService:
    return ParticipationService(service)


@pytest.fixture
def lean_coffee(service: WorkshopService) -> str:
    """A Lean Coffee board that is shown, with voting open."""
    command = CreateBoard("lean_coffee")
    service.execute(command)
    board = command.board_id
    service.execute(ShowBoard(board))
    service.execute(SetBoardControls(board, voting_open=True, vote_budget=5))
    return board


def propose_and_vote(
    participation: ParticipationService, board: str, votes: dict[str, int]
) -> dict[str, str]:
    """Topics from one phone, voted on by others: {text: note id}."""
    author, _ = participation.join("Aino")
    ids: dict[str, str] = {}
    for number, text in enumerate(votes):
        note, _ = participation.add_note(author.id, text, f"topic-{number}", board_id=board)
        ids[text] = note.id
    for text, count in votes.items():
        for _ in range(count):
            voter, _ = participation.join()
            participation.vote(voter.id, ids[text], board)
    return ids


def area_of(service: WorkshopService, note_id: str) -> str | None:
    note = service.note(note_id)
    assert note is not None
    cluster = service.cluster(note.cluster_id) if note.cluster_id else None
    return cluster.title if cluster else None


def test_topics_come_up_in_vote_order_and_move_through_the_columns(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    votes = {"Budget": 1, "Remote work": 3, "Tools": 2}
    ids = propose_and_vote(participation, lean_coffee, votes)
    queue = topic_queue(service.live_state, lean_coffee)
    assert [n.text for n in queue] == ["Remote work", "Tools", "Budget"]
    assert area_of(service, ids["Remote work"]) is None  # proposed outside the agenda step

    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert area_of(service, ids["Remote work"]) == "Discussing"
    progress = discussion_progress(service.live_state, lean_coffee)
    assert progress.topic is not None and progress.topic.text == "Remote work"
    assert (progress.number, progress.count, progress.votes) == (1, 3, 3)

    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert area_of(service, ids["Remote work"]) == "Done"
    assert area_of(service, ids["Tools"]) == "Discussing"
    remote = service.note(ids["Remote work"])
    assert remote is not None and remote.discussed
    assert discussion_progress(service.live_state, lean_coffee).number == 2


def test_each_topic_gets_its_own_time_box(
    service: WorkshopService,
    participation: ParticipationService,
    lean_coffee: str,
    frozen: FakeClock,
) -> None:
    propose_and_vote(participation, lean_coffee, {"A": 2, "B": 1})
    service.execute(SetTopicTimes(lean_coffee, 300, 120), undoable=False)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert service.timer.remaining_at(frozen.now) == 300
    frozen.advance(310)
    assert service.timer.is_up_at(frozen.now)
    # The room wants more: the extra time counts from now, not from the overrun.
    service.execute(ExtendTopic(lean_coffee), undoable=False)
    assert service.timer.remaining_at(frozen.now) == pytest.approx(120)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert service.timer.remaining_at(frozen.now) == 300
    # After the last topic nothing is left to time.
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert discussion_progress(service.live_state, lean_coffee).topic is None
    assert not service.timer.is_set
    # With nothing left, asking for the next topic leaves a timer started since alone.
    service.execute(StartCountdown(60), undoable=False)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert service.timer.running


def test_the_template_sets_the_topic_times_and_the_agenda_starts_the_discussion(
    service: WorkshopService,
    participation: ParticipationService,
    lean_coffee: str,
    frozen: FakeClock,
) -> None:
    ids = propose_and_vote(participation, lean_coffee, {"A": 1, "B": 2})
    steps = [p for p in service.phases() if p.board_id == lean_coffee]
    assert [p.kind for p in steps] == [PhaseKind.WORK, PhaseKind.WORK, PhaseKind.DISCUSSION]
    for _ in steps:
        service.execute(NextPhase(), undoable=False)
    assert service.current_phase() == service.live_state.phases[steps[2].id]
    assert service.live_state.discussion(lean_coffee).topic_id == ids["B"]
    assert service.timer.remaining_at(frozen.now) == 6 * 60


def test_picking_a_topic_out_of_order(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    ids = propose_and_vote(participation, lean_coffee, {"A": 3, "B": 1})
    service.execute(DiscussTopic(lean_coffee, ids["B"]), undoable=False)
    assert discussion_progress(service.live_state, lean_coffee).topic == service.note(ids["B"])
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert area_of(service, ids["A"]) == "Discussing"
    # A discussed topic can be taken up again.
    service.execute(DiscussTopic(lean_coffee, ids["B"]), undoable=False)
    again = service.note(ids["B"])
    assert again is not None and not again.discussed
    assert area_of(service, ids["B"]) == "Discussing"


def test_ending_the_discussion_files_the_topic_as_done(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    ids = propose_and_vote(participation, lean_coffee, {"A": 1, "B": 0})
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(EndDiscussion(lean_coffee), undoable=False)
    assert area_of(service, ids["A"]) == "Done"
    assert discussion_progress(service.live_state, lean_coffee).topic is None
    assert [n.text for n in topic_queue(service.live_state, lean_coffee)] == ["B"]


def test_the_continue_poll_counts_one_thumb_per_phone(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    propose_and_vote(participation, lean_coffee, {"A": 1})
    with pytest.raises(ValidationError):
        service.execute(AskToContinue(lean_coffee), undoable=False)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(AskToContinue(lean_coffee), undoable=False)
    poll = service.live_state.open_poll()
    assert poll is not None
    aino, _ = participation.join()
    bob, _ = participation.join()
    participation.answer_poll(aino.id, poll.id, Thumb.UP)
    participation.answer_poll(bob.id, poll.id, Thumb.DOWN)
    participation.answer_poll(aino.id, poll.id, Thumb.SIDEWAYS)  # changed her mind
    counts = poll_counts(service.live_state, poll.id)
    assert counts == {Thumb.UP: 0, Thumb.SIDEWAYS: 1, Thumb.DOWN: 1}
    service.execute(ClosePoll(), undoable=False)
    with pytest.raises(BoardClosedError):
        participation.answer_poll(bob.id, poll.id, Thumb.UP)
    assert poll_counts(service.live_state, poll.id)[Thumb.DOWN] == 1


def test_moving_on_or_continuing_closes_the_poll(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    propose_and_vote(participation, lean_coffee, {"A": 1, "B": 1})
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(AskToContinue(lean_coffee), undoable=False)
    service.execute(ExtendTopic(lean_coffee), undoable=False)
    assert service.live_state.open_poll() is None
    service.execute(AskToContinue(lean_coffee), undoable=False)
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    assert service.live_state.open_poll() is None
    assert len(service.live_state.polls_on(lean_coffee)) == 2


def test_phones_see_the_topic_and_the_poll_and_their_own_answer(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    propose_and_vote(participation, lean_coffee, {"Remote work": 2})
    aino, _ = participation.join()
    assert participation.state_for(aino.id)["discussion"] is None
    events: list[dict[str, object]] = []
    unsubscribe = participation.subscribe_feed(
        lambda e: events.append(
            {
                "public": e.public,
                "mine": e.private.get(aino.id),
            }
        )
    )
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    view = participation.state_for(aino.id)
    assert view["discussion"]["topic"]["text"] == "Remote work"
    assert view["discussion"]["votes"] == 2
    assert '"discussions"' in str(events[-1]["public"])
    service.execute(AskToContinue(lean_coffee), undoable=False)
    poll = participation.state_for(aino.id)["poll"]
    assert poll["open"] and poll["topic"] == "Remote work"
    participation.answer_poll(aino.id, poll["id"], Thumb.UP)
    assert '"up":1' in str(events[-1]["public"])
    assert '"choice":"up"' in str(events[-1]["mine"])
    assert participation.state_for(aino.id)["my_answer"] == {"poll_id": poll["id"], "choice": "up"}
    unsubscribe()


def test_a_deleted_topic_stops_being_discussed_and_undo_brings_it_back(
    service: WorkshopService, participation: ParticipationService, lean_coffee: str
) -> None:
    ids = propose_and_vote(participation, lean_coffee, {"A": 1})
    service.execute(DiscussTopic(lean_coffee), undoable=False)
    service.execute(DeleteNotes((ids["A"],)))
    assert discussion_progress(service.live_state, lean_coffee).topic is None
    service.undo()
    topic = discussion_progress(service.live_state, lean_coffee).topic
    assert topic is not None and topic.id == ids["A"]


def test_the_discussion_survives_a_restart_and_goes_with_its_board(
    library: Library, service: WorkshopService, participation: ParticipationService
) -> None:
    command = CreateBoard("lean_coffee")
    service.execute(command)
    board = command.board_id
    service.execute(SetBoardControls(board, voting_open=True))
    ids = propose_and_vote(participation, board, {"A": 1})
    service.execute(DiscussTopic(board), undoable=False)
    service.execute(AskToContinue(board), undoable=False)
    voter, _ = participation.join()
    poll = service.live_state.open_poll()
    assert poll is not None
    participation.answer_poll(voter.id, poll.id, Thumb.UP)

    reopened = library.open_workshop(service.workshop.id)
    assert reopened.live_state.discussion(board).topic_id == ids["A"]
    assert reopened.live_state.discussions == service.live_state.discussions
    assert poll_counts(reopened.live_state, poll.id)[Thumb.UP] == 1

    service.execute(DeleteBoard(board))
    assert board not in service.live_state.discussions
    assert service.live_state.polls_on(board) == []
    service.undo()
    assert service.live_state.discussion(board).topic_id == ids["A"]
    assert poll_counts(service.live_state, poll.id)[Thumb.UP] == 1
    again = library.open_workshop(service.workshop.id)
    assert again.live_state.polls == service.live_state.polls


def test_a_duplicated_session_keeps_how_topics_are_discussed(
    library: Library, service: WorkshopService
) -> None:
    command = CreateBoard("lean_coffee")
    service.execute(command)
    service.execute(SetTopicTimes(command.board_id, 480, 240), undoable=False)
    copy = library.open_workshop(library.duplicate(service.workshop.id).id)
    board = next(b for b in copy.boards() if b.template == "lean_coffee")
    discussion = copy.live_state.discussion(board.id)
    assert (discussion.topic_seconds, discussion.extend_seconds) == (480, 240)
    discussing = copy.cluster(discussion.discussing_cluster_id or "")
    assert discussing is not None and discussing.board_id == board.id
    phases = [p for p in copy.phases() if p.board_id == board.id]
    assert phases[-1].kind is PhaseKind.DISCUSSION
    assert phases[0].cluster_id is not None


def test_any_board_can_discuss_its_notes_in_vote_order(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = service.boards()[0].id
    service.execute(SetBoardControls(board, voting_open=True))
    ids = propose_and_vote(participation, board, {"A": 0, "B": 1})
    before = service.note(ids["B"])
    service.execute(DiscussTopic(board), undoable=False)
    topic = service.note(ids["B"])
    assert isinstance(topic, Note) and isinstance(before, Note)
    # No columns to move through: the topic stays where it is.
    assert (topic.x, topic.y) == (before.x, before.y)
    assert discussion_progress(service.live_state, board).topic == topic
    viewer, _ = participation.join()
    assert state_json(service.live_state, viewer.id)["discussion"]["topic"]["id"] == ids["B"]
