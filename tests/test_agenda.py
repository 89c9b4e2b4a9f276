"""The agenda: phases that switch the board, start their timer and keep actual time."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.agenda import (
    AddPhase,
    DeletePhase,
    EditPhase,
    FinishAgenda,
    MovePhase,
    NextPhase,
    PhaseStatus,
    StartPhase,
    agenda_progress,
)
from facilitator.commands import CreateBoard, DeleteBoard
from facilitator.errors import NotFoundError, ValidationError
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from facilitator.visibility import public_delta, state_json
from tests.conftest import FakeClock


@pytest.fixture
def boards(service: WorkshopService) -> list[str]:
    service.execute(CreateBoard("blank"))
    service.execute(CreateBoard("blank"))
    return [b.id for b in service.boards()]


def plan_agenda(service: WorkshopService, boards: list[str]) -> list[str]:
    """Warm-up 5 min on board 1, ideas 10 min on board 2, wrap-up without a time box."""
    phases = [
        AddPhase("Warm-up", boards[0], 300, "Say hello"),
        AddPhase("Ideas", boards[1], 600, "One idea per note"),
        AddPhase("Wrap-up", None, 0),
    ]
    for phase in phases:
        service.execute(phase)
    return [p.phase_id for p in phases]


def test_phases_are_kept_in_order_and_edits_undo(
    service: WorkshopService, boards: list[str]
) -> None:
    warm_up, ideas, wrap_up = plan_agenda(service, boards)
    service.execute(MovePhase(wrap_up, 0))
    assert [p.title for p in service.phases()] == ["Wrap-up", "Warm-up", "Ideas"]
    service.execute(EditPhase(ideas, "Ideas!", boards[2], 900, ""))
    assert service.phases()[2].planned == 900
    service.undo()
    service.undo()
    assert [p.title for p in service.phases()] == ["Warm-up", "Ideas", "Wrap-up"]
    service.execute(DeletePhase(warm_up))
    assert [(p.title, p.position) for p in service.phases()] == [("Ideas", 0), ("Wrap-up", 1)]


def test_a_phase_needs_a_title_and_a_real_board(
    service: WorkshopService, boards: list[str]
) -> None:
    with pytest.raises(ValidationError):
        service.execute(AddPhase("  ", boards[0], 60))
    with pytest.raises(NotFoundError):
        service.execute(AddPhase("Lost", "no-such-board", 60))
    with pytest.raises(ValidationError):
        service.execute(AddPhase("Forever", None, -1))
    assert service.phases() == []


def test_next_phase_shows_its_board_and_starts_its_timer(
    service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    warm_up, ideas, wrap_up = plan_agenda(service, boards)
    service.execute(NextPhase(), undoable=False)
    assert service.workshop.current_phase_id == warm_up
    assert service.workshop.current_board_id == boards[0]
    assert service.timer.remaining_at(frozen.now) == 300

    frozen.advance(420)  # the warm-up ran 2 minutes over
    service.execute(NextPhase(), undoable=False)
    assert service.workshop.current_board_id == boards[1]
    assert service.timer.remaining_at(frozen.now) == 600
    progress = agenda_progress(service.snapshot(), frozen.now)
    assert [r.status for r in progress.phases] == [
        PhaseStatus.DONE,
        PhaseStatus.CURRENT,
        PhaseStatus.UPCOMING,
    ]
    assert progress.phases[0].actual == 420
    assert progress.behind == 120

    frozen.advance(300)  # ideas ends 5 minutes early
    service.execute(NextPhase(), undoable=False)
    assert service.workshop.current_phase_id == wrap_up
    assert service.workshop.current_board_id == boards[1]  # wrap-up has no board of its own
    assert not service.timer.is_set  # and no time box
    assert agenda_progress(service.snapshot(), frozen.now).behind == -180

    service.execute(NextPhase(), undoable=False)  # past the last phase: the agenda is done
    assert service.current_phase() is None
    assert all(p.done for p in service.phases())
    assert ideas in {p.id for p in service.phases()}


def test_going_back_to_a_phase_adds_to_its_actual_time(
    service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    warm_up, ideas, _ = plan_agenda(service, boards)
    service.execute(StartPhase(warm_up), undoable=False)
    frozen.advance(100)
    service.execute(StartPhase(ideas), undoable=False)
    frozen.advance(50)
    service.execute(StartPhase(warm_up), undoable=False)
    frozen.advance(20)
    service.execute(FinishAgenda(), undoable=False)
    progress = agenda_progress(service.snapshot(), frozen.now)
    assert [r.actual for r in progress.phases[:2]] == [120, 50]


def test_progress_survives_a_restart(
    data_dir: Path, library: Library, service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    warm_up, _, _ = plan_agenda(service, boards)
    service.execute(NextPhase(), undoable=False)
    frozen.advance(90)
    library.close()
    frozen.advance(30)
    reopened = Library.open(data_dir, frozen)
    again = reopened.open_workshop(service.workshop.id)
    assert again.workshop.current_phase_id == warm_up
    progress = agenda_progress(again.snapshot(), frozen.now)
    assert progress.phases[0].actual == 120
    assert again.timer.remaining_at(frozen.now) == 180
    reopened.close()


def test_deleting_a_board_keeps_its_phase_and_undo_brings_the_link_back(
    data_dir: Path, library: Library, service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    _, ideas, _ = plan_agenda(service, boards)
    service.execute(DeleteBoard(boards[1]))
    assert service.snapshot().phases[ideas].board_id is None
    service.undo()
    assert service.snapshot().phases[ideas].board_id == boards[1]
    stored = Library.open(data_dir, frozen).open_workshop(service.workshop.id).snapshot()
    assert stored.phases == service.snapshot().phases


def test_a_duplicated_session_keeps_the_agenda_but_not_how_it_went(
    library: Library, service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    plan_agenda(service, boards)
    service.execute(NextPhase(), undoable=False)
    frozen.advance(60)
    service.execute(NextPhase(), undoable=False)
    copy = library.open_workshop(library.duplicate(service.workshop.id, "Again").id)
    phases = copy.phases()
    assert [(p.title, p.planned, p.instruction) for p in phases] == [
        ("Warm-up", 300, "Say hello"),
        ("Ideas", 600, "One idea per note"),
        ("Wrap-up", 0, ""),
    ]
    titles = {b.id: b.title for b in copy.boards()}
    assert [p.board_id in titles for p in phases] == [True, True, False]
    assert not any(p.done or p.spent or p.started_at for p in phases)
    assert copy.workshop.current_phase_id is None


def test_phones_see_the_phase_under_way(
    service: WorkshopService, boards: list[str], frozen: FakeClock
) -> None:
    from facilitator.services.participation import ParticipationService

    plan_agenda(service, boards)
    participant, _ = ParticipationService(service).join(None)
    changeset = service.execute(NextPhase(), undoable=False)
    with service.lock:
        delta = public_delta(changeset, service.live_state)
        seen = state_json(service.live_state, participant.id)
    expected = {
        "id": service.phases()[0].id,
        "title": "Warm-up",
        "instruction": "Say hello",
        "number": 1,
        "count": 3,
        "board_id": boards[0],
        "kind": "work",
    }
    assert delta["phase"] == expected
    assert seen["phase"] == expected
    assert seen["board"]["id"] == boards[0]
    assert delta["timer"]["running"] is True


def test_a_method_template_brings_its_timed_steps_and_collects_each_in_its_area(
    service: WorkshopService, frozen: FakeClock
) -> None:
    from facilitator.commands import DeleteCluster
    from facilitator.participation import AddParticipantNote
    from facilitator.services.participation import ParticipationService

    service.execute(CreateBoard("one_two_four_all"))
    board = service.boards()[-1]
    steps = service.phases()
    assert [(p.title, p.planned) for p in steps] == [
        ("1 · Alone", 60),
        ("2 · In pairs", 120),
        ("4 · In fours", 240),
        ("All · Together", 300),
    ]
    areas = {c.id: c.title for c in service.clusters_on(board.id)}
    assert [areas[p.cluster_id or ""] for p in steps] == [p.title for p in steps]

    participant, _ = ParticipationService(service).join(None)
    landed = []
    for step in steps[:2]:
        service.execute(StartPhase(step.id), undoable=False)
        note_id = f"note-{step.position}"
        service.execute(
            AddParticipantNote(participant.id, "idea", f"c{step.position}", note_id=note_id),
            undoable=False,
        )
        note = service.note(note_id)
        assert note is not None
        landed.append(note.cluster_id)
    assert landed == [steps[0].cluster_id, steps[1].cluster_id]

    service.execute(DeleteCluster(steps[2].cluster_id or ""))
    assert service.phases()[2].cluster_id is None
    service.undo()
    assert service.phases()[2].cluster_id == steps[2].cluster_id
