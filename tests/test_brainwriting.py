"""Brainwriting: each round, phones build on notes another participant wrote the round before."""

from __future__ import annotations

import pytest

from facilitator.agenda import AddPhase, NextPhase
from facilitator.brainwriting import handout
from facilitator.commands import CreateBoard, DeleteNotes
from facilitator.domain import Note, Participant, PhaseKind
from facilitator.errors import NotFoundError
from facilitator.participation import ModerateNotes
from facilitator.services.library import Library
from facilitator.services.participation import ParticipationService
from facilitator.services.workshop import WorkshopService


@pytest.fixture
def participation(service: WorkshopService) -> ParticipationService:
    return ParticipationService(service)


@pytest.fixture
def brainwriting(service: WorkshopService) -> str:
    command = CreateBoard("brainwriting", question="How might we cut queues?")
    service.execute(command)
    return command.board_id


def join(participation: ParticipationService, *names: str) -> list[Participant]:
    return [participation.join(name)[0] for name in names]


def write(participation: ParticipationService, who: Participant, *texts: str) -> list[Note]:
    notes = []
    for text in texts:
        note, _ = participation.add_note(who.id, text, f"{who.name}-{text}")
        notes.append(note)
    return notes


def received(service: WorkshopService, who: Participant) -> list[str]:
    given = handout(service.live_state, who.id)
    assert given is not None
    return [n.text for n in given.notes]


def test_the_template_plans_rounds_that_build_on_the_round_before(
    service: WorkshopService, brainwriting: str
) -> None:
    rounds = [p for p in service.phases() if p.board_id == brainwriting]
    assert [p.kind for p in rounds] == [PhaseKind.WORK] + [PhaseKind.BUILD_ON] * 3
    assert all(p.planned == 300 for p in rounds)


def test_each_phone_receives_the_next_writers_notes_from_the_round_before(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    aino, bo, cai = join(participation, "Aino", "Bo", "Cai")
    service.execute(NextPhase(), undoable=False)  # round 1
    assert handout(service.live_state, aino.id) is None  # nothing is passed in round 1
    write(participation, aino, "a1", "a2")
    write(participation, bo, "b1")
    write(participation, cai, "c1", "c2", "c3")
    service.execute(NextPhase(), undoable=False)  # round 2
    assert received(service, aino) == ["b1"]
    assert received(service, bo) == ["c1", "c2", "c3"]
    assert received(service, cai) == ["a1", "a2"]


def test_notes_built_in_a_round_are_what_the_next_round_receives(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    (a1,) = write(participation, aino, "a1")
    (b1,) = write(participation, bo, "b1")
    service.execute(NextPhase(), undoable=False)
    built, _ = participation.add_note(aino.id, "a builds on b1", "a-r2", builds_on=b1.id)
    participation.add_note(bo.id, "b builds on a1", "b-r2", builds_on=a1.id)
    assert built.builds_on == b1.id
    service.execute(NextPhase(), undoable=False)  # round 3
    assert received(service, aino) == ["b builds on a1"]
    assert received(service, bo) == ["a builds on b1"]


def test_a_late_joiner_still_receives_someone_elses_notes(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    write(participation, aino, "a1")
    write(participation, bo, "b1")
    service.execute(NextPhase(), undoable=False)
    (late,) = join(participation, "Late")
    assert received(service, late) in (["a1"], ["b1"])


def test_hidden_notes_are_not_passed_on(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    write(participation, aino, "a1")
    rude, _ = write(participation, bo, "rude", "fine")
    service.execute(ModerateNotes((rude.id,), hidden=True))
    service.execute(NextPhase(), undoable=False)
    assert received(service, aino) == ["fine"]


def test_chains_grow_downwards_from_each_first_idea(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    a1, a2 = write(participation, aino, "a1", "a2")
    (b1,) = write(participation, bo, "b1")
    # First ideas each start a column of their own, side by side.
    assert a1.y == a2.y == b1.y
    assert len({a1.x, a2.x, b1.x}) == 3
    service.execute(NextPhase(), undoable=False)
    child, _ = participation.add_note(bo.id, "more on a1", "b-r2", builds_on=a1.id)
    sibling, _ = participation.add_note(aino.id, "also on a1", "a-r2", builds_on=a1.id)
    assert child.x == a1.x and child.y > a1.y + a1.height
    assert sibling.x == a1.x and sibling.y > child.y + child.height


def test_building_on_a_note_that_is_gone_is_refused_with_a_reason(
    service: WorkshopService, participation: ParticipationService, brainwriting: str
) -> None:
    (aino,) = join(participation, "Aino")
    (a1,) = write(participation, aino, "a1")
    service.execute(DeleteNotes((a1.id,)))
    with pytest.raises(NotFoundError, match="build on"):
        participation.add_note(aino.id, "orphan", "x", builds_on=a1.id)
    other = CreateBoard("blank")
    service.execute(other)
    (elsewhere,) = [participation.add_note(aino.id, "elsewhere", "y", board_id=other.board_id)[0]]
    with pytest.raises(NotFoundError):
        participation.add_note(aino.id, "across boards", "z", builds_on=elsewhere.id)


def test_a_chain_survives_a_restart_and_undo_of_a_deleted_parent(
    library: Library,
    service: WorkshopService,
    participation: ParticipationService,
    brainwriting: str,
) -> None:
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    (a1,) = write(participation, aino, "a1")
    service.execute(NextPhase(), undoable=False)
    child, _ = participation.add_note(bo.id, "on a1", "b-r2", builds_on=a1.id)
    service.execute(DeleteNotes((a1.id,)))
    service.undo()
    reopened = library.open_workshop(service.workshop.id)
    kept = reopened.note(child.id)
    assert kept is not None and kept.builds_on == a1.id and reopened.note(a1.id) is not None
    assert kept.phase_id == service.current_phase().id  # type: ignore[union-attr]


def test_any_agenda_can_pass_notes_on(
    service: WorkshopService, participation: ParticipationService
) -> None:
    board = service.boards()[0].id
    service.execute(AddPhase("Ideas", board, 120))
    service.execute(AddPhase("Build", board, 120, kind=PhaseKind.BUILD_ON))
    aino, bo = join(participation, "Aino", "Bo")
    service.execute(NextPhase(), undoable=False)
    write(participation, aino, "a1")
    service.execute(NextPhase(), undoable=False)
    assert received(service, bo) == ["a1"]
    assert received(service, aino) == ["a1"]  # the only writer builds on their own
