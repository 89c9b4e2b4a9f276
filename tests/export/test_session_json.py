"""The JSON export: complete, schema-valid, and imported back into an identical session."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest

from facilitator.export.selection import Selection
from facilitator.export.session_json import (
    VERSION,
    ImportFileError,
    dumps,
    export_document,
    schema,
)
from facilitator.services.library import Library
from tests.export.conftest import RichSession

EXPORTED_AT = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


def exported(rich: RichSession, **options: Any) -> dict[str, Any]:
    with rich.service.lock:
        document = export_document(rich.service.live_state, Selection(**options), EXPORTED_AT)
    # Through text and back, as a file would go.
    loaded: dict[str, Any] = json.loads(dumps(document))
    return loaded


def with_ids_numbered(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every id replaced by the order it first appears in."""
    numbers: dict[str, str] = {}
    ids = {
        item["id"]
        for items in document.values()
        if isinstance(items, list)
        for item in items
        if "id" in item
    }

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str) and value in ids:
            return numbers.setdefault(value, f"#{len(numbers)}")
        return value

    return walk(document)  # type: ignore[no-any-return]


def test_the_export_follows_its_published_schema_and_has_everything(rich: RichSession) -> None:
    document = exported(rich, include_hidden=True)
    jsonschema.Draft202012Validator(schema()).validate(document)
    assert document["version"] == VERSION
    assert [b["title"] for b in document["boards"]] == ["Ideas", "Lean Coffee"]
    texts = {n["text"] for n in document["notes"]}
    assert {"Shorter meetings", "Something rude", "Secret idea", "Meetings on foot"} <= texts
    note = next(n for n in document["notes"] if n["text"] == "Shorter meetings")
    assert {"x", "y", "width", "height", "z", "color", "cluster_id"} <= set(note)
    assert sum(1 for v in document["votes"] if v["note_id"] == rich.by_aino) == 2
    assert [p["title"] for p in document["phases"]][-1] == "Warm-up"
    assert document["timers"][0]["duration"] == 120
    assert document["discussions"][0]["topic_id"] is not None
    assert document["poll_answers"][0]["choice"] == "up"
    # Nothing that lets anyone act as a participant's phone.
    text = json.dumps(document)
    assert "token_hash" not in text and "client_id" not in text


def test_hidden_and_moderated_notes_stay_out_unless_asked_for(rich: RichSession) -> None:
    ids = {n["id"] for n in exported(rich)["notes"]}
    assert rich.moderated not in ids and rich.face_down not in ids
    assert rich.by_aino in ids and rich.stacked in ids
    everything = {n["id"] for n in exported(rich, include_hidden=True)["notes"]}
    assert {rich.moderated, rich.face_down} <= everything


def test_anonymous_notes_carry_no_name(rich: RichSession) -> None:
    notes = {n["id"]: n for n in exported(rich)["notes"]}
    assert notes[rich.anonymous]["author_name"] is None
    assert notes[rich.by_aino]["author_name"] == "Aino"
    named = {p["name"] for p in exported(rich)["participants"]}
    assert named == {"Aino", None}


def test_export_import_export_gives_the_same_document(rich: RichSession, library: Library) -> None:
    first = exported(rich, include_hidden=True)
    imported = library.import_session(dumps(first))
    assert imported.id != rich.service.workshop.id
    assert imported.join_code != rich.service.workshop.join_code
    service = library.open_workshop(imported.id)
    with service.lock:
        second = json.loads(
            dumps(export_document(service.live_state, Selection(include_hidden=True), EXPORTED_AT))
        )
    assert with_ids_numbered(second) == with_ids_numbered(first)
    assert second["session"]["current_board_id"] in {b["id"] for b in second["boards"]}


def test_one_board_can_be_exported_alone(rich: RichSession) -> None:
    with rich.service.lock:
        state = rich.service.live_state
        selection = Selection.of_titles(state, ["lean coffee"])
        document = export_document(state, selection, EXPORTED_AT)
    assert [b["title"] for b in document["boards"]] == ["Lean Coffee"]
    assert {n["board_id"] for n in document["notes"]} == {rich.lean_coffee}
    assert all(p["board_id"] == rich.lean_coffee for p in document["phases"])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text[: len(text) // 2], "cut short"),
        (lambda text: text.replace('"facilitator-session"', '"other"'), "not a Facilitator"),
        (lambda text: text.replace('"version": 1', '"version": 7'), "newer Facilitator"),
        (lambda text: text.replace('"color": "yellow"', '"color": 12', 1), "color"),
        (lambda text: text.replace('"color": "yellow"', '"color": "plaid"', 1), "colour"),
        (lambda text: text.replace('"x": 0.0', '"x": NaN', 1), "NaN"),
        (lambda text: text.replace('"created_at": "', '"created_at": "then', 1), "value"),
        (lambda text: "[]", "not a Facilitator"),
        (lambda text: "", "cut short"),
    ],
)
def test_a_bad_file_is_refused_with_a_reason_and_adds_nothing(
    rich: RichSession, library: Library, change: Any, message: str
) -> None:
    text = dumps(exported(rich))
    before = len(library.summaries())
    bad = change(text)
    assert bad != text
    with pytest.raises(ImportFileError, match=message):
        library.import_session(bad)
    assert len(library.summaries()) == before
