"""The complete session as versioned JSON, and reading such a file back into a new session.

The document lists each kind of entity as a flat array of objects whose keys
are the entity's fields (see ``docs/export-format.md`` and the JSON Schema in
``resources/schema``). Only what identifies a phone is left out: participants'
token hashes and the phones' resend keys. Importing gives every entity a new
id, so a file can be imported any number of times next to its original.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable
from dataclasses import fields, replace
from datetime import datetime
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from facilitator import __version__
from facilitator.agenda import validate_instruction
from facilitator.changes import Changeset, Insert
from facilitator.commands import (
    _cluster_color,
    _coordinate,
    _note_color,
    validate_author,
    validate_note_text,
    validate_question,
    validate_title,
)
from facilitator.domain import (
    Board,
    BoardState,
    Cluster,
    Discussion,
    Entity,
    Note,
    NoteSource,
    Participant,
    Phase,
    PhaseKind,
    Poll,
    PollAnswer,
    Thumb,
    Timer,
    TimerMode,
    Vote,
    VoteTarget,
    Workshop,
    new_id,
)
from facilitator.errors import FacilitatorError, StorageError
from facilitator.export.selection import Selection
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.join_codes import new_join_code
from facilitator.resources import resource_path
from facilitator.state import WorkshopState

FORMAT = "facilitator-session"
VERSION = 1


_BAD_VALUE = QT_TRANSLATE_NOOP(
    "errors", "This session file has a value the app cannot take: {reason}"
)


class ImportFileError(FacilitatorError):
    """A file that is not a session export this version can read."""

    code = "bad_file"


# The arrays of the document, in an order in which every reference points backwards.
KINDS: tuple[tuple[str, type[Any]], ...] = (
    ("boards", Board),
    ("clusters", Cluster),
    ("participants", Participant),
    ("notes", Note),
    ("votes", Vote),
    ("phases", Phase),
    ("timers", Timer),
    ("discussions", Discussion),
    ("polls", Poll),
    ("poll_answers", PollAnswer),
)
# Left out: what would let someone act as a phone, and what the session itself implies.
_LEFT_OUT: dict[type[Any], set[str]] = {
    Board: {"workshop_id"},
    Participant: {"workshop_id", "token_hash"},
    Phase: {"workshop_id"},
    Note: {"client_id"},
    Timer: {"id"},
}
_OF_SESSION = (Board, Participant, Phase)
_WORKSHOP_FIELDS = ("title", "language", "created_at", "current_board_id", "current_phase_id")
_ENUMS: dict[str, type[Enum]] = {
    "state": BoardState,
    "vote_target": VoteTarget,
    "source": NoteSource,
    "mode": TimerMode,
    "kind": PhaseKind,
    "choice": Thumb,
}
_TIMES = {"created_at", "updated_at", "started_at", "opened_at", "closed_at", "answered_at"}
# Fields holding another entity's id (for new ids on import).
_REFERENCES = {
    "board_id",
    "cluster_id",
    "stack_id",
    "participant_id",
    "note_id",
    "builds_on",
    "phase_id",
    "topic_id",
    "poll_id",
    "discussing_cluster_id",
    "done_cluster_id",
    "current_board_id",
    "current_phase_id",
}


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _entity_json(entity: Entity) -> dict[str, Any]:
    left_out = _LEFT_OUT.get(type(entity), set())
    return {
        f.name: _plain(getattr(entity, f.name)) for f in fields(entity) if f.name not in left_out
    }


def export_document(
    state: WorkshopState, selection: Selection, exported_at: datetime
) -> dict[str, Any]:
    """The session (or the selected boards of it) as a JSON-ready document."""
    content = selection.content(state)
    workshop = state.workshop
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": exported_at.isoformat(),
        "session": {name: _plain(getattr(workshop, name)) for name in _WORKSHOP_FIELDS},
    }
    for key, kind in KINDS:
        entities = sorted(content.of_kind(kind), key=_order(state))
        document[key] = [_entity_json(e) for e in entities]
    return document


def _order(state: WorkshopState) -> Callable[[Entity], tuple[Any, ...]]:
    """A stable order that does not depend on ids, so files compare from one export to the next."""
    boards = {b.id: b.position for b in state.boards.values()}

    def key(entity: Entity) -> tuple[Any, ...]:
        if isinstance(entity, Board | Phase):
            return (entity.position, entity.id)
        if isinstance(entity, Cluster):
            return (boards[entity.board_id], entity.y, entity.x, entity.title, entity.id)
        if isinstance(entity, Note):
            place = (boards[entity.board_id], entity.stack_id is not None, entity.z)
            return (*place, entity.created_at, entity.text, entity.id)
        if isinstance(entity, Participant):
            return (entity.created_at, entity.name or "", entity.id)
        if isinstance(entity, Vote):
            return (entity.created_at, boards[entity.board_id], entity.id)
        if isinstance(entity, Discussion):
            return (boards[entity.id],)
        if isinstance(entity, Poll):
            return (entity.opened_at, entity.id)
        if isinstance(entity, PollAnswer):
            return (entity.answered_at, entity.id)
        return (entity.id,)

    return key


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# Reading -----------------------------------------------------------------------------


@cache
def schema() -> dict[str, Any]:
    with resource_path("schema/session-v1.schema.json").open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


def read_session_file(path: Path) -> bytes:
    """The bytes of a file to import, or a StorageError that says why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the file {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def parse_document(text: str | bytes) -> dict[str, Any]:
    """A checked document, or ImportFileError saying what is wrong with the file."""
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file is not a complete JSON file (it may be cut short): {reason}",
            ),
            reason=str(exc),
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "This file is not a Facilitator session export.")
        )
    version = document.get("version")
    if isinstance(version, int) and version > VERSION:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This file was exported by a newer Facilitator (format {version}); "
                "update the app to import it.",
            ),
            version=version,
        )
    # Imported here: it is the slowest import of the core, and only importing needs it.
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    problem = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if problem is not None:
        where = "/".join(str(p) for p in problem.absolute_path) or "(top level)"
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors", "This session file does not follow the export format at {where}: {reason}"
            ),
            where=where,
            reason=problem.message,
        )
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _value(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in _ENUMS:
        return _ENUMS[name](value)
    if name in _TIMES:
        return datetime.fromisoformat(value)
    return value


def _valid(entity: Entity) -> Entity:
    """The entity, if it keeps the rules every command keeps (one owner: the commands)."""
    if isinstance(entity, Board):
        validate_title(entity.title)
        validate_question(entity.question)
    elif isinstance(entity, Cluster):
        validate_title(entity.title)
        _cluster_color(entity.color)
        for value in (entity.x, entity.y, entity.width, entity.height):
            _coordinate(value)
    elif isinstance(entity, Note):
        validate_note_text(entity.text)
        _note_color(entity.color)
        validate_author(entity.author_name)
        for value in (entity.x, entity.y, entity.width, entity.height):
            _coordinate(value)
    elif isinstance(entity, Phase):
        validate_title(entity.title)
        validate_instruction(entity.instruction)
    elif isinstance(entity, Participant):
        validate_author(entity.name)
    return entity


def session_from_document(
    document: dict[str, Any], fresh_id: Callable[[], str] = new_id
) -> tuple[Workshop, Changeset]:
    """A new session built from a checked document: every id new, references kept.

    Raises ImportFileError when a value breaks a rule (a title too long, an
    unknown colour, a time that is not a time).
    """
    try:
        return _session_from_document(document, fresh_id)
    except (FacilitatorError, ValueError, TypeError) as exc:
        raise ImportFileError(_BAD_VALUE, reason=str(exc)) from None


def _session_from_document(
    document: dict[str, Any], fresh_id: Callable[[], str]
) -> tuple[Workshop, Changeset]:
    new_ids: dict[str, str] = {}

    def renamed(old: str | None) -> str | None:
        if old is None:
            return None
        if old not in new_ids:
            new_ids[old] = fresh_id()
        return new_ids[old]

    session = document["session"]
    workshop = Workshop(
        id=fresh_id(),
        title=validate_title(session["title"]),
        language=session["language"],
        created_at=datetime.fromisoformat(session["created_at"]),
        join_code=new_join_code(),
        current_board_id=renamed(session.get("current_board_id")),
        current_phase_id=renamed(session.get("current_phase_id")),
    )
    inserts: list[Insert] = []
    for key, kind in KINDS:
        for item in document.get(key, []):
            values: dict[str, Any] = {}
            for f in fields(kind):
                if f.name not in item:
                    continue  # not in the file: the field's default
                raw = item[f.name]
                if f.name == "id" or f.name in _REFERENCES:
                    values[f.name] = renamed(raw)
                else:
                    values[f.name] = _value(f.name, raw)
            if kind in _OF_SESSION:
                values["workshop_id"] = workshop.id
            if kind is Timer:
                values["id"] = workshop.id
            if kind is Participant:
                # A name without a way in: imported participants cannot sign in again.
                values["token_hash"] = secrets.token_hex(32)
            inserts.append(Insert(_valid(kind(**values))))
    return _checked(workshop, inserts), Changeset("", tuple(inserts))


def _checked(workshop: Workshop, inserts: Iterable[Insert]) -> Workshop:
    """The workshop, with its pointers dropped where the file's entities lack their target."""
    ids = {i.entity.id for i in inserts}
    if workshop.current_board_id not in ids:
        workshop = replace(workshop, current_board_id=None)
    if workshop.current_phase_id not in ids:
        workshop = replace(workshop, current_phase_id=None)
    return workshop
