"""Fuzzing the participant API from its OpenAPI document (the CI test and scripts/fuzz_api.py)."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Verbosity, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.result import Ok

STREAMS = "/api/v1/sessions/{code}/events"  # endless: fuzzed on its own, reading its start
REQUEST_TIMEOUT = 10.0


def _header(response: httpx.Response | Any, name: str) -> str:
    value = response.headers.get(name, "")
    # schemathesis' responses keep every header's values in a list.
    return str(value[0] if isinstance(value, list) and value else value)


def check_answer(response: httpx.Response | Any, *, head: bool = False) -> None:
    """Not a server error; an error is the documented JSON (or the friendly page)."""
    status = response.status_code
    assert status < 500, (status, response.content[:500])
    if status >= 400 and not head and "json" in _header(response, "content-type"):
        error = json.loads(response.content)["error"]
        assert isinstance(error["code"], str) and isinstance(error["message"], str)
    assert _header(response, "x-content-type-options") == "nosniff"


def _fuzz_one(
    strategy: Any,
    examples: int,
    call: Callable[[Any], Any],
    statuses: Counter[str],
    report: Callable[[str], None] | None,
) -> None:
    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=report is None,
        database=None,
        verbosity=Verbosity.normal if report is None else Verbosity.quiet,
    )
    @given(case=strategy)
    def run(case: Any) -> None:
        response = call(case)
        if report is not None:
            body = "" if type(case.body).__name__ == "NotSet" else repr(case.body)[:160]
            report(f"{response.status_code} {case.method} {case.formatted_path} {body}")
        check_answer(response)
        statuses[f"{case.method} {case.path} {response.status_code // 100}xx"] += 1

    # An operation without parameters or body has no invalid form.
    with contextlib.suppress(Unsatisfiable):
        run()


def fuzz_operations(
    base_url: str,
    code: str,
    auth: dict[str, str],
    *,
    examples: int,
    report: Callable[[str], None] | None = None,
) -> Counter[str]:
    """Valid and invalid requests for every operation but the stream, as a joined phone.

    Half the requests use the session's real code, so the routes behind it are
    reached; the others get a generated one. Returns how many answers of each
    class (2xx, 4xx) each operation got; raises AssertionError on a 5xx.
    """
    document = httpx.get(f"{base_url}/openapi.json", timeout=REQUEST_TIMEOUT).json()
    schema = schemathesis.openapi.from_dict(document)
    statuses: Counter[str] = Counter()

    def call(case: Any) -> Any:
        return case.call(base_url=base_url, headers=auth, timeout=REQUEST_TIMEOUT)

    for result in schema.get_all_operations():
        if not isinstance(result, Ok):
            raise AssertionError(f"the OpenAPI document is not valid: {result}")
        operation = result.ok()
        if operation.path == STREAMS:
            continue
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for fixed in ({"code": code}, None):
                strategy = operation.as_strategy(generation_mode=mode, path_parameters=fixed)
                _fuzz_one(strategy, examples, call, statuses, report)
    return statuses
