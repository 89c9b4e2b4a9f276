"""Free places kept up to date change by change agree with a fresh look at the board."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.changes import Changeset, Delete, Insert, Update
from facilitator.commands import free_spot, incoming_spot
from facilitator.domain import Board, BoardState, Cluster, Note, NoteSource, Workshop
from facilitator.state import WorkshopState

NOW = datetime(2026, 1, 1, tzinfo=UTC)
NOTE_SIZE = (200.0, 150.0)

# Positions near the incoming rows and the cluster, so notes do cover slots.
near = st.floats(min_value=-400, max_value=1400, allow_nan=False)
steps = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "add", "move", "delete", "settle", "cluster"]),
        st.integers(0, 1000),
        near,
        near,
    ),
    min_size=1,
    max_size=60,
)


def _note(index: int, x: float, y: float) -> Note:
    return Note(
        f"n{index}",
        "b",
        None,
        None,
        "",
        "yellow",
        x,
        y,
        *NOTE_SIZE,
        index,
        None,
        NoteSource.PARTICIPANT,
        NOW,
        NOW,
    )


def _places(state: WorkshopState, cluster: Cluster) -> tuple[object, ...]:
    return (
        incoming_spot(state, "b", *NOTE_SIZE),
        free_spot(state, "b", *NOTE_SIZE),
        free_spot(state, "b", *NOTE_SIZE, cluster),
    )


@settings(max_examples=150, deadline=None)
@given(steps)
def test_kept_places_match_a_fresh_look(plan: list[tuple[str, int, float, float]]) -> None:
    state = WorkshopState(Workshop("w", "t", "en", NOW, "CODE2345"))
    state.boards["b"] = Board("b", "w", 0, "B", "", "blank", BoardState.OPEN, NOW)
    cluster = Cluster("c", "b", "C", 0, 0, 1000, 800, "none")
    state.apply(Changeset("", (Insert(cluster),)))
    for index, (kind, pick, x, y) in enumerate(plan):
        notes = sorted(state.notes)
        chosen = state.notes[notes[pick % len(notes)]] if notes else None
        if kind == "add" or chosen is None:
            # Half the new notes go exactly where the board would put them.
            spot = incoming_spot(state, "b", *NOTE_SIZE) if pick % 2 else (x, y)
            change: Insert | Update | Delete = Insert(_note(index, *spot))
        elif kind == "move":
            change = Update(chosen, replace(chosen, x=x, y=y))
        elif kind == "settle":
            change = Update(chosen, replace(chosen, source=NoteSource.FACILITATOR))
        elif kind == "cluster":
            grown = replace(cluster, width=max(250, x + 200), height=max(250, y + 200))
            change, cluster = Update(cluster, grown), grown
        else:
            change = Delete(chosen)
        state.apply(Changeset("", (change,)))

        fresh = WorkshopState(state.workshop, dict(state.boards), dict(state.clusters))
        fresh.notes = dict(state.notes)
        fresh.reindex()
        assert _places(state, cluster) == _places(fresh, cluster)
