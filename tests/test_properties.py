"""Random sequences of user actions never corrupt the model or the database."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import settings as settings_module
from facilitator.commands import (
    CLUSTER_TITLE_BAND,
    Command,
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
    RecolorNotes,
    RenameCluster,
    ResizeNote,
    SetClusterRect,
    StackNotes,
    UnstackNotes,
    UpdateBoard,
    free_spot,
    incoming_spot,
)
from facilitator.discussion import AskToContinue, DiscussTopic
from facilitator.domain import Board, BoardState, Cluster, Note, NoteSource, Workshop
from facilitator.errors import FacilitatorError
from facilitator.palette import COLORS
from facilitator.services.library import Library
from facilitator.services.workshop import WorkshopService
from facilitator.state import WorkshopState
from tests.conftest import FakeClock

coordinates = st.floats(min_value=-3000, max_value=3000, allow_nan=False)
texts = st.text(max_size=40)


@st.composite
def actions(draw: st.DrawFn) -> tuple[str, int, int, float, float, str]:
    """An abstract action; picks (by index) among whatever exists when it runs."""
    kind = draw(
        st.sampled_from(
            [
                "create",
                "create",
                "create",
                "edit",
                "recolor",
                "move",
                "resize",
                "delete",
                "duplicate",
                "stack",
                "unstack",
                "cluster",
                "rename_cluster",
                "move_cluster",
                "delete_cluster",
                "to_cluster",
                "board",
                "update_board",
                "move_board",
                "delete_board",
                "discuss",
                "discuss_note",
                "ask",
                "undo",
                "redo",
            ]
        )
    )
    return (
        kind,
        draw(st.integers(0, 50)),
        draw(st.integers(0, 50)),
        draw(coordinates),
        draw(coordinates),
        draw(texts),
    )


def _command(
    service: WorkshopService, action: tuple[str, int, int, float, float, str]
) -> Command | None:
    kind, a, b, x, y, text = action
    state = service.snapshot()
    boards = state.ordered_boards()
    board = boards[a % len(boards)]
    notes = sorted(state.notes, key=str)
    clusters = sorted(state.clusters, key=str)
    note = notes[a % len(notes)] if notes else None
    other = notes[b % len(notes)] if notes else None
    cluster = clusters[b % len(clusters)] if clusters else None
    color = sorted(COLORS)[b % len(COLORS)]
    simple: dict[str, Command | None] = {
        "create": CreateNote(board.id, text, x=x, y=y, color=color),
        "cluster": CreateCluster(board.id, text or "Group", x, y, 400 + b * 10, 300 + a * 10),
        "board": CreateBoard(["blank", "swot", "columns", "lean_coffee", "brainwriting"][b % 5]),
        "update_board": UpdateBoard(board.id, title=text or None, question=text),
        "move_board": MoveBoard(board.id, b),
        "delete_board": DeleteBoard(board.id),
        "discuss": DiscussTopic(board.id),
        "ask": AskToContinue(board.id),
    }
    if kind in simple:
        return simple[kind]
    if note is not None and other is not None:
        by_note: dict[str, Command] = {
            "edit": EditNoteText(note, text),
            "recolor": RecolorNotes((note, other), color),
            "move": MoveNotes((NoteMove(note, x, y), NoteMove(other, y, x))),
            "resize": ResizeNote(note, 100 + x / 10, 100 + y / 10),
            "delete": DeleteNotes((note,)),
            "duplicate": DuplicateNote(note),
            "stack": StackNotes((note,), other),
            "unstack": UnstackNotes(note),
            "discuss_note": DiscussTopic(state.notes[note].board_id, note),
        }
        if kind in by_note:
            return by_note[kind]
    if cluster is not None:
        by_cluster: dict[str, Command] = {
            "rename_cluster": RenameCluster(cluster, text or "Renamed"),
            "move_cluster": SetClusterRect(cluster, x, y, 300 + a * 20, 300 + b * 20),
            "delete_cluster": DeleteCluster(cluster, with_notes=a % 2 == 0),
        }
        if kind in by_cluster:
            return by_cluster[kind]
        if kind == "to_cluster" and note is not None:
            return MoveNotesToCluster((note,), cluster if a % 3 else None)
    return None


def _run(service: WorkshopService, action: tuple[str, int, int, float, float, str]) -> None:
    if action[0] == "undo":
        service.undo()
        return
    if action[0] == "redo":
        service.redo()
        return
    command = _command(service, action)
    if command is not None:
        # Refused commands are part of the test: they must change nothing.
        with contextlib.suppress(FacilitatorError):
            service.execute(command)


def _check_live_indexes(service: WorkshopService) -> None:
    """The service's incrementally kept indexes agree with a scan of its notes."""
    state = service.snapshot()
    for note in state.notes.values():
        expected = sorted(n.id for n in state.notes.values() if n.stack_id == note.id)
        assert sorted(n.id for n in service.stacked_under(note.id)) == expected
    # Free places come from layouts kept in step with every change; a fresh
    # state builds them from scratch. Asking each step keeps the live ones alive.
    with service.lock:
        live = service.live_state
        for board_id in state.boards:
            assert incoming_spot(live, board_id, 200, 150) == incoming_spot(
                state, board_id, 200, 150
            )
            assert free_spot(live, board_id, 200, 150) == free_spot(state, board_id, 200, 150)
            for cluster in state.clusters_on(board_id):
                assert free_spot(live, board_id, 200, 150, cluster) == free_spot(
                    state, board_id, 200, 150, cluster
                )


def _check_invariants(state: WorkshopState) -> None:
    assert sorted(b.position for b in state.boards.values()) == list(range(len(state.boards)))
    for note in state.notes.values():
        assert note.board_id in state.boards
        if note.cluster_id is not None:
            assert state.clusters[note.cluster_id].board_id == note.board_id
        if note.stack_id is not None:
            top = state.notes[note.stack_id]
            assert top.stack_id is None, "stacks are one level deep"
            assert top.cluster_id == note.cluster_id
    for cluster in state.clusters.values():
        assert cluster.board_id in state.boards
    for board_id in state.discussions:
        assert board_id in state.boards
    for poll in state.polls.values():
        assert poll.board_id in state.boards
    assert sum(1 for p in state.polls.values() if p.is_open) <= 1


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(actions(), min_size=1, max_size=30))
def test_random_actions_persist_and_undo_completely(
    tmp_path_factory: object, actions_list: list[tuple[str, int, int, float, float, str]]
) -> None:
    data_dir: Path = tmp_path_factory.mktemp("data")  # type: ignore[attr-defined]
    clock = FakeClock()
    library = Library.open(data_dir, clock)
    workshop = library.create("Property", "en", "columns")
    service = library.open_workshop(workshop.id)
    start = service.snapshot()

    for action in actions_list:
        _run(service, action)
        _check_invariants(service.snapshot())
        _check_live_indexes(service)
    end = service.snapshot()

    reopened = Library.open(data_dir, clock)
    assert reopened.open_workshop(workshop.id).snapshot() == end
    reopened.close()

    undone = 0
    while service.undo() is not None:
        undone += 1
        _check_invariants(service.snapshot())
    assert service.snapshot() == start
    for _ in range(undone):
        service.redo()
    assert service.snapshot() == end

    while service.undo() is not None:
        pass
    library.close()
    reopened = Library.open(data_dir, clock)
    assert reopened.open_workshop(workshop.id).snapshot() == start
    reopened.close()


def _covers(note: Note, x: float, y: float, width: float, height: float) -> bool:
    return (
        note.x < x + width
        and x < note.x + note.width
        and note.y < y + height
        and (y < note.y + note.height)
    )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-500, 3000, allow_nan=False),
            st.floats(-500, 3000, allow_nan=False),
            st.floats(80, 400, allow_nan=False),
            st.floats(80, 400, allow_nan=False),
        ),
        max_size=40,
    ),
    st.booleans(),
)
def test_places_for_new_notes_cover_no_note(
    boxes: list[tuple[float, float, float, float]], in_cluster: bool
) -> None:
    """The fast slot search agrees with checking every slot against every note."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    state = WorkshopState(Workshop("w", "t", "en", now, "CODE2345"))
    state.boards["b"] = Board("b", "w", 0, "B", "", "blank", BoardState.OPEN, now)
    cluster = Cluster("c", "b", "C", 0, 0, 1000, 800, "none")
    state.clusters["c"] = cluster
    for index, (x, y, width, height) in enumerate(boxes):
        state.notes[str(index)] = Note(
            str(index),
            "b",
            None,
            None,
            "",
            "yellow",
            x,
            y,
            width,
            height,
            index,
            None,
            NoteSource.PARTICIPANT,
            now,
            now,
        )
    state.reindex()
    notes = list(state.notes.values())
    if in_cluster:
        x, y = free_spot(state, "b", 200, 150, cluster)
        gap = settings_module.NOTE_GAP
        top = cluster.y + CLUSTER_TITLE_BAND + gap
        slots = [
            (cluster.x + gap + column * (200 + gap), top + row * (150 + gap))
            for row in range(int((cluster.y + cluster.height - top) // (150 + gap)))
            for column in range(int((cluster.width - gap) // (200 + gap)))
        ]
        free = [s for s in slots if not any(_covers(n, *s, 200, 150) for n in notes)]
        if free:
            assert (x, y) == free[0]
    else:
        x, y = incoming_spot(state, "b", 200, 150)
        assert not any(_covers(n, x, y, 200, 150) for n in notes)
