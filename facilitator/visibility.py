"""What a participant's phone may see, as JSON-ready dicts.

Everything a phone receives is built here, so hidden mode and moderation are
enforced in one place. Public parts are built once per change and shared by
every phone; only a participant's own face-down notes and remaining votes are
built per person.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from facilitator.brainwriting import handout
from facilitator.changes import Changeset, Delete, Insert, Update
from facilitator.discussion import discussion_progress, poll_counts
from facilitator.domain import (
    Board,
    Cluster,
    Discussion,
    Note,
    Phase,
    Poll,
    PollAnswer,
    Thumb,
    Timer,
    Vote,
    Workshop,
)
from facilitator.join_codes import display_join_code
from facilitator.participation import is_visible_to
from facilitator.state import WorkshopState

Json = dict[str, Any]


def note_json(note: Note, state: WorkshopState, board: Board) -> Json:
    return {
        "id": note.id,
        "board_id": note.board_id,
        "cluster_id": note.cluster_id,
        "text": note.text,
        "color": note.color,
        "author_name": note.author_name,
        "face_down": note.face_down,
        "stacked": state.stack_size(note.id),
        "votes": len(state.votes_on(note.id)) if board.results_visible else None,
        "updated_at": note.updated_at.isoformat(),
        "builds_on": note.builds_on,
        "discussed": note.discussed,
    }


def cluster_json(cluster: Cluster, state: WorkshopState, board: Board) -> Json:
    return {
        "id": cluster.id,
        "board_id": cluster.board_id,
        "title": cluster.title,
        "votes": len(state.votes_on(cluster.id)) if board.results_visible else None,
    }


def board_json(board: Board) -> Json:
    return {
        "id": board.id,
        "title": board.title,
        "question": board.question,
        "position": board.position,
        "accepts_notes": board.accepts_notes,
        "locked": board.state.value == "locked",
        "hidden_mode": board.hidden_mode,
        "voting": {
            "open": board.voting_open,
            "budget": board.vote_budget,
            "target": board.vote_target.value,
            "results_visible": board.results_visible,
        },
    }


def session_json(workshop: Workshop) -> Json:
    return {
        "title": workshop.title,
        "language": workshop.language,
        "code": display_join_code(workshop.join_code),
        "current_board_id": workshop.current_board_id,
    }


def epoch_ms(moment: datetime | None) -> int | None:
    return None if moment is None else round(moment.timestamp() * 1000)


def timer_json(timer: Timer) -> Json:
    """The shared timer in absolute times, so that a phone computes it against its own clock.

    A phone adds its estimate of the server clock's offset (from ``server_time``
    in the state and in ``clock`` events) to its own time, then: elapsed =
    ``elapsed_ms`` + (now - ``started_at`` while running); remaining =
    ``duration_ms`` - elapsed for a countdown.
    """
    return {
        "mode": timer.mode.value,
        "set": timer.is_set,
        "running": timer.running,
        "duration_ms": round(timer.duration * 1000),
        "elapsed_ms": round(timer.elapsed * 1000),
        "started_at": epoch_ms(timer.started_at),
        "deadline": epoch_ms(timer.deadline),
    }


def phase_json(state: WorkshopState) -> Json | None:
    """The agenda phase under way, as phones show it (title and instruction)."""
    phase = state.current_phase()
    if phase is None:
        return None
    return {
        "id": phase.id,
        "title": phase.title,
        "instruction": phase.instruction,
        "number": phase.position + 1,
        "count": len(state.phases),
        "board_id": phase.board_id,
        "kind": phase.kind.value,
    }


def discussion_json(state: WorkshopState, board: Board) -> Json | None:
    """The topic a board is discussing and how far the discussion has come; None when idle."""
    if state.topic(board.id) is None:
        return None  # the usual case, answered without counting topics
    progress = discussion_progress(state, board.id)
    if progress.topic is None:
        return None
    return {
        "board_id": board.id,
        "topic": note_json(progress.topic, state, board),
        "votes": progress.votes,
        "number": progress.number,
        "count": progress.count,
    }


def poll_json(state: WorkshopState, poll: Poll) -> Json:
    """A thumbs poll with its running counts (the room sees them as hands go up)."""
    topic = state.notes.get(poll.topic_id or "")
    counts = poll_counts(state, poll.id)
    return {
        "id": poll.id,
        "board_id": poll.board_id,
        "open": poll.is_open,
        "topic": topic.text if topic is not None and is_visible_to(topic, None) else None,
        "counts": {thumb.value: counts[thumb] for thumb in Thumb},
    }


def open_poll_json(state: WorkshopState) -> Json | None:
    poll = state.open_poll()
    return None if poll is None else poll_json(state, poll)


def my_answer_json(state: WorkshopState, participant_id: str) -> Json | None:
    poll = state.open_poll()
    answer = None if poll is None else state.answer_of(poll.id, participant_id)
    return None if answer is None else {"poll_id": answer.poll_id, "choice": answer.choice.value}


def handout_json(state: WorkshopState, participant_id: str) -> Json:
    """The notes a participant received to build on in the phase under way (brainwriting)."""
    received = handout(state, participant_id)
    if received is None:
        return {"phase_id": None, "board_id": None, "notes": []}
    board = state.boards[received.phase.board_id or ""]
    return {
        "phase_id": received.phase.id,
        "board_id": board.id,
        "notes": [note_json(n, state, board) for n in received.notes],
    }


def my_votes_json(state: WorkshopState, participant_id: str, board: Board) -> Json:
    mine = state.votes_by(participant_id, board.id)
    counts: dict[str, int] = {}
    for vote in mine:
        counts[vote.target_id] = counts.get(vote.target_id, 0) + 1
    return {
        "board_id": board.id,
        "remaining": max(0, board.vote_budget - len(mine)),
        "on": counts,
    }


def hidden_count(state: WorkshopState, board_id: str, participant_id: str | None = None) -> int:
    """Notes on a board that wait for Reveal, not counting the viewer's own."""
    return sum(
        1
        for n in state.notes_on(board_id)
        if n.face_down
        and not n.moderated
        and (participant_id is None or n.participant_id != participant_id)
    )


def state_json(state: WorkshopState, participant_id: str, board_id: str | None = None) -> Json:
    """Everything one participant may see of one board (default: the one being shown)."""
    board = state.boards.get(board_id) if board_id else state.current_board()
    if board is None:
        board = state.ordered_boards()[0]
    notes = [
        note_json(n, state, board)
        for n in sorted(state.notes_on(board.id), key=lambda n: n.created_at)
        if is_visible_to(n, participant_id)
    ]
    participant = state.participants[participant_id]
    return {
        "session": session_json(state.workshop),
        "boards": [
            {"id": b.id, "title": b.title, "position": b.position} for b in state.ordered_boards()
        ],
        "board": board_json(board),
        "clusters": [cluster_json(c, state, board) for c in state.clusters_on(board.id)],
        "notes": notes,
        "hidden_count": hidden_count(state, board.id, participant_id),
        "my_note_ids": [
            n.id for n in state.notes_on(board.id) if n.participant_id == participant_id
        ],
        "my_votes": my_votes_json(state, participant_id, board),
        "participant": {"id": participant.id, "name": participant.name},
        "timer": timer_json(state.timer),
        "phase": phase_json(state),
        "discussion": discussion_json(state, board),
        "poll": open_poll_json(state),
        "my_answer": my_answer_json(state, participant_id),
    }


def _is_topic(state: WorkshopState, note: Note) -> bool:
    # On every note change of every board: a lookup, no allocation.
    discussion = state.discussions.get(note.board_id)
    return discussion is not None and discussion.topic_id == note.id


def public_delta(changeset: Changeset, state: WorkshopState) -> Json:
    """What every phone learns from a change (empty dict: nothing they can see)."""
    delta: Json = {}
    upserted: list[Json] = []
    removed: list[str] = []
    clusters_up: list[Json] = []
    clusters_removed: list[str] = []
    vote_targets: set[str] = set()
    hidden_boards: set[str] = set()
    discussions: set[str] = set()
    polls: set[str] = set()
    boards_changed = False
    for change in changeset.changes:
        if isinstance(change, Update):
            before, after = change.before, change.after
        elif isinstance(change, Insert):
            before, after = None, change.entity
        else:
            assert isinstance(change, Delete)
            before, after = change.entity, None
        entity = after or before
        if isinstance(entity, Note):
            if any(isinstance(n, Note) and n.face_down for n in (before, after)):
                hidden_boards.add(entity.board_id)
            was = isinstance(before, Note) and is_visible_to(before, None)
            now = isinstance(after, Note) and is_visible_to(after, None)
            if now:
                assert isinstance(after, Note)
                upserted.append(note_json(after, state, state.boards[after.board_id]))
            elif was:
                removed.append(entity.id)
            if entity.stack_id is not None and entity.stack_id in state.notes:
                top = state.notes[entity.stack_id]
                if is_visible_to(top, None):
                    upserted.append(note_json(top, state, state.boards[top.board_id]))
        elif isinstance(entity, Cluster):
            if after is None:
                clusters_removed.append(entity.id)
            else:
                assert isinstance(after, Cluster)
                board = state.boards[after.board_id]
                clusters_up.append(cluster_json(after, state, board))
        elif isinstance(entity, Vote):
            vote_targets.add(entity.target_id)
        elif isinstance(entity, Discussion):
            discussions.add(entity.id)
        elif isinstance(entity, Poll):
            polls.add(entity.id)
        elif isinstance(entity, PollAnswer):
            polls.add(entity.poll_id)
        elif isinstance(entity, Board):
            boards_changed = True
        elif isinstance(entity, Workshop):
            delta["session"] = session_json(state.workshop)
            delta["phase"] = phase_json(state)
        elif isinstance(entity, Timer):
            delta["timer"] = timer_json(state.timer)
        elif isinstance(entity, Phase):
            delta["phase"] = phase_json(state)
        if isinstance(entity, Note) and _is_topic(state, entity):
            # Phones show the topic under discussion: follow changes to it.
            discussions.add(entity.board_id)
    for target in vote_targets:
        note = state.notes.get(target)
        if note is not None and _is_topic(state, note):
            discussions.add(note.board_id)
        if note is not None and is_visible_to(note, None):
            board = state.boards[note.board_id]
            if board.results_visible:
                upserted.append(note_json(note, state, board))
        cluster = state.clusters.get(target)
        if cluster is not None and state.boards[cluster.board_id].results_visible:
            clusters_up.append(cluster_json(cluster, state, state.boards[cluster.board_id]))
    if upserted:
        delta["notes_upserted"] = list({n["id"]: n for n in upserted}.values())
    if removed:
        delta["notes_removed"] = removed
    if clusters_up:
        delta["clusters_upserted"] = list({c["id"]: c for c in clusters_up}.values())
    if clusters_removed:
        delta["clusters_removed"] = clusters_removed
    if hidden_boards:
        # Phones show how many notes wait to be revealed; a reveal sets it to 0.
        delta["hidden_counts"] = {b: hidden_count(state, b) for b in sorted(hidden_boards)}
    for board_id in sorted(discussions):
        if board_id in state.boards:
            # Phones show the discussion of the board they look at.
            shown = discussion_json(state, state.boards[board_id])
            delta.setdefault("discussions", {})[board_id] = shown
    # One poll per delta: when a change closes one poll and opens another,
    # phones are sent the open one (it replaces the closed one on screen).
    shown_polls = [state.polls[i] for i in sorted(polls) if i in state.polls]
    for poll in sorted(shown_polls, key=lambda p: p.is_open):
        delta["poll"] = poll_json(state, poll)
    if boards_changed:
        # Board switches change what every phone shows (counts, question,
        # voting), so phones reload the board's state rather than patch it.
        delta["boards_changed"] = True
    return delta


def private_deltas(changeset: Changeset, state: WorkshopState) -> dict[str, Json]:
    """Per participant: their own face-down notes and their votes, where a change touched them."""
    result: dict[str, Json] = {}
    for change in changeset.changes:
        entity = change.after if isinstance(change, Update) else change.entity
        before = change.before if isinstance(change, Update) else None
        if isinstance(entity, Note) and entity.participant_id is not None:
            pid = entity.participant_id
            own_only = (entity.face_down and not entity.moderated and entity.stack_id is None) or (
                isinstance(before, Note) and before.face_down
            )
            if not own_only:
                continue
            mine = result.setdefault(pid, {})
            if isinstance(change, Delete) or not is_visible_to(entity, pid):
                mine.setdefault("notes_removed", []).append(entity.id)
            else:
                board = state.boards[entity.board_id]
                mine.setdefault("notes_upserted", []).append(note_json(entity, state, board))
        elif isinstance(entity, PollAnswer):
            if entity.participant_id in state.participants:
                result.setdefault(entity.participant_id, {})["my_answer"] = (
                    None
                    if isinstance(change, Delete)
                    else {"poll_id": entity.poll_id, "choice": entity.choice.value}
                )
        elif isinstance(entity, Vote):
            voted_on = state.boards.get(entity.board_id)
            if voted_on is not None and entity.participant_id in state.participants:
                result.setdefault(entity.participant_id, {})["my_votes"] = my_votes_json(
                    state, entity.participant_id, voted_on
                )
    return result
