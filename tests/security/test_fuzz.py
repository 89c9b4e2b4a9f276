"""The participant API fuzzed from its own OpenAPI document, and with arbitrary input.

No request, however malformed, may get a 5xx, log an unexpected exception,
or leave its connection hanging. Bounded for CI (a fixed number of examples
per operation, a timeout on every request); ``scripts/fuzz_api.py`` runs the
same for longer.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.server.app import ServerLimits
from facilitator.server.runner import ParticipantServer
from tests.security.fuzzing import REQUEST_TIMEOUT, check_answer, fuzz_operations
from tests.server.conftest import Phone

MANY = 10**9
EXAMPLES_PER_OPERATION = 15


@pytest.fixture
def limits() -> ServerLimits:
    """No rate limit is reached: every request is judged on its content alone."""
    return ServerLimits(
        notes_per_minute=MANY,
        joins_per_minute=MANY,
        unknown_codes_per_minute=MANY,
        unknown_tokens_per_minute=MANY,
    )


@pytest.fixture
def http(server: ParticipantServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url(), timeout=REQUEST_TIMEOUT) as client:
        yield client


def test_openapi_operations_never_answer_a_server_error(
    server: ParticipantServer, phone: Phone, http: httpx.Client
) -> None:
    """schemathesis: valid and invalid requests for every operation, as a joined phone."""
    statuses = fuzz_operations(
        server.base_url(), phone.code, phone.auth, examples=EXAMPLES_PER_OPERATION
    )
    assert sum(statuses.values()) > 200
    # Valid requests reached the routes behind the token, not only the refusals.
    prefix = "/api/v1/sessions/{code}"
    for wanted in ("POST /participants", "GET /state", "POST /notes", "GET /handout"):
        method, path = wanted.split()
        assert statuses[f"{method} {prefix}{path} 2xx"] > 0, (wanted, statuses)
    assert http.get("/healthz").status_code == 200


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=20), inner),
    max_leaves=20,
)
note_like = st.fixed_dictionaries(
    {},
    optional={
        "text": json_values | st.text(max_size=600),
        "client_id": json_values,
        "color": json_values,
        "board_id": json_values,
        "cluster_id": json_values,
        "builds_on": json_values,
        "name": json_values,
        "target_id": json_values,
        "choice": json_values,
    },
)
# Any value HTTP allows in a header (visible ASCII, spaces inside, and bytes over 0x7f).
header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=80
).map(lambda text: text.strip(" ").encode("latin-1"))
paths = st.sampled_from(
    [
        "/participants",
        "/state",
        "/notes",
        "/notes/{id}",
        "/votes",
        "/votes/{id}",
        "/polls/{id}/answer",
        "/handout",
        "/nowhere",
    ]
)


requests = st.fixed_dictionaries(
    {
        "method": st.sampled_from(["GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS", "HEAD"]),
        "code": st.one_of(st.just(None), st.text(max_size=20)),
        "path": paths,
        "item": st.text(max_size=70),
        "body": st.one_of(note_like, json_values, st.binary(max_size=200)),
        "content_type": st.sampled_from(
            ["application/json", "text/plain", "application/x-www-form-urlencoded", "", "a/b+json"]
        ),
        "authorization": st.one_of(st.just(None), st.just("real"), header_text),
        "language": header_text,
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(attempt=requests)
def test_arbitrary_requests_never_answer_a_server_error(
    http: httpx.Client, phone: Phone, attempt: dict[str, Any]
) -> None:
    """hypothesis: any method, code, path, id, body, content type and header values."""
    from urllib.parse import quote

    method, code, path, item = attempt["method"], attempt["code"], attempt["path"], attempt["item"]
    body, content_type = attempt["body"], attempt["content_type"]
    authorization, language = attempt["authorization"], attempt["language"]
    target = f"/api/v1/sessions/{quote(code or phone.code, safe='')}"
    target += path.replace("{id}", quote(item, safe="") or "x")
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = [(b"Accept-Language", language)]
    if content_type:
        headers.append((b"Content-Type", content_type.encode()))
    if authorization == "real":
        headers.append((b"Authorization", phone.auth["Authorization"].encode()))
    elif authorization is not None:
        headers.append((b"Authorization", authorization))
    response = http.request(
        method, target, content=content if method not in ("GET", "HEAD") else None, headers=headers
    )
    check_answer(response, head=method == "HEAD")


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    resume=st.one_of(
        st.text(max_size=30),
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.just("9" * 5000),
        st.sampled_from(["²", "١٢", " 7 ", "-1", "0x10", "1e9", "٣"]),
    ),
    in_query=st.booleans(),
)
def test_any_last_event_id_opens_the_stream(
    server: ParticipantServer, phone: Phone, resume: str, in_query: bool
) -> None:
    """The stream opens with a snapshot (or a replay) whatever ``Last-Event-ID`` says."""
    headers = dict(phone.auth)
    params = {}
    if in_query:
        params["last_event_id"] = resume
    else:
        header = "".join(c for c in resume if " " <= c <= "~").strip()
        headers["Last-Event-ID"] = header
    with (
        httpx.Client(base_url=server.base_url(), timeout=REQUEST_TIMEOUT) as client,
        client.stream("GET", f"{phone.base}/events", headers=headers, params=params) as response,
    ):
        assert response.status_code == 200, response.read()[:300]
        first = next(response.iter_lines())
        assert first.startswith(("id:", "event:")), first


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=st.binary(min_size=1, max_size=300))
def test_garbage_bytes_get_an_answer_or_a_closed_connection(
    server: ParticipantServer, raw: bytes
) -> None:
    """Bytes that are not HTTP at all: a 4xx or a closed connection, never a hang or a 5xx."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=REQUEST_TIMEOUT) as sock:
        sock.sendall(raw + b"\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    if answer:
        status = int(answer.split(b" ", 2)[1])
        assert status < 500, answer[:300]
