"""A session with a bit of everything, for the export tests to read back."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from facilitator.agenda import AddPhase, NextPhase
from facilitator.commands import CreateBoard, CreateCluster, CreateNote, StackNotes, UpdateBoard
from facilitator.discussion import AskToContinue, DiscussTopic
from facilitator.domain import Thumb
from facilitator.participation import ModerateNotes, SetBoardControls, ShowBoard
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService
from facilitator.timing import StartCountdown


@dataclass(frozen=True)
class RichSession:
    service: WorkshopService
    ideas: str  # board ids
    lean_coffee: str
    moderated: str  # note ids
    face_down: str
    anonymous: str
    by_aino: str
    stacked: str


@pytest.fixture
def rich(service: WorkshopService) -> RichSession:
    participation = ParticipationService(service)
    ideas = service.boards()[0].id
    service.execute(UpdateBoard(ideas, title="Ideas", question="What could we try?"))
    cluster = CreateCluster(ideas, "Quick wins", 0, 0, 900, 600, "teal")
    service.execute(cluster)
    service.execute(SetBoardControls(ideas, voting_open=True, vote_budget=3))
    aino, _ = participation.join("Aino")
    nameless, _ = participation.join()
    by_aino, _ = participation.add_note(aino.id, "Shorter meetings", "a1", board_id=ideas)
    anonymous, _ = participation.add_note(nameless.id, "Fewer emails", "n1", board_id=ideas)
    rude, _ = participation.add_note(nameless.id, "Something rude", "n2", board_id=ideas)
    service.execute(ModerateNotes((rude.id,), hidden=True))
    top = CreateNote(ideas, "Walking meetings", cluster_id=cluster.cluster_id, color="teal")
    service.execute(top)
    duplicate = CreateNote(ideas, "Meetings on foot", color="pink")
    service.execute(duplicate)
    service.execute(StackNotes((duplicate.note_id,), top.note_id))
    for voter in (aino, nameless):
        participation.vote(voter.id, by_aino.id, ideas)
    participation.vote(aino.id, top.note_id, ideas)

    service.execute(SetBoardControls(ideas, hidden_mode=True))
    face_down, _ = participation.add_note(aino.id, "Secret idea", "a2", board_id=ideas)
    service.execute(SetBoardControls(ideas, hidden_mode=False, voting_open=False))

    lean = CreateBoard("lean_coffee", title="Lean Coffee")
    service.execute(lean)
    service.execute(ShowBoard(lean.board_id))
    service.execute(SetBoardControls(lean.board_id, voting_open=True))
    participation.add_note(aino.id, "Remote work", "t1", board_id=lean.board_id)
    service.execute(DiscussTopic(lean.board_id), undoable=False)
    service.execute(AskToContinue(lean.board_id), undoable=False)
    poll = service.live_state.open_poll()
    assert poll is not None
    participation.answer_poll(aino.id, poll.id, Thumb.UP)

    service.execute(AddPhase("Warm-up", ideas, 300, "Say hello"))
    service.execute(NextPhase(), undoable=False)
    service.execute(StartCountdown(120), undoable=False)
    participation.close()
    return RichSession(
        service,
        ideas,
        lean.board_id,
        moderated=rude.id,
        face_down=face_down.id,
        anonymous=anonymous.id,
        by_aino=by_aino.id,
        stacked=duplicate.note_id,
    )
