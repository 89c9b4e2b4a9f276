"""Fuzz the participant API for longer than CI does, printing every request it tries.

Run: ``.venv/bin/python scripts/fuzz_api.py [--examples 200] [--quiet]`` (or ``make fuzz``).

A fresh session in a temporary data folder is served on loopback by the real
server (rate limits lifted, so every request is judged on its content), one
phone joins, and schemathesis sends valid and invalid requests for every
operation of the OpenAPI document, half of them with the session's code and
that phone's token. Each line printed is ``status method path body``. It
stops at the first answer that is a server error (5xx), or at the first
exception the server logs, and exits 1; otherwise it prints a count per
operation and status class and exits 0. The CI version is
``tests/security/test_fuzz.py`` (15 examples per operation and mode).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="per operation and mode")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args()

    import httpx

    from facilitator.server.app import ServerLimits
    from facilitator.server.runner import ParticipantServer
    from facilitator.services.library import Library
    from facilitator.services.participation import ParticipationService
    from tests.security.fuzzing import fuzz_operations

    failures: list[str] = []

    class Failures(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            failures.append(self.format(record))

    handler = Failures(logging.ERROR)
    logging.getLogger("facilitator").addHandler(handler)
    logging.getLogger("uvicorn").addHandler(handler)
    many = 10**9
    limits = ServerLimits(
        notes_per_minute=many,
        joins_per_minute=many,
        unknown_codes_per_minute=many,
        unknown_tokens_per_minute=many,
    )
    with tempfile.TemporaryDirectory(prefix="facilitator-fuzz-") as folder:
        library = Library.open(Path(folder) / "data")
        service = library.open_workshop(library.create("Fuzz", "en").id)
        participation = ParticipationService(service)
        server = ParticipantServer(participation, host="127.0.0.1", port=0, limits=limits)
        server.start()
        try:
            base = server.base_url()
            code = server.join_code
            joined = httpx.post(
                f"{base}/api/v1/sessions/{code}/participants", json={"name": "Fuzz"}
            )
            auth = {"Authorization": f"Bearer {joined.json()['token']}"}

            def report(line: str) -> None:
                if not args.quiet:
                    print(line, flush=True)
                if failures:
                    raise AssertionError(failures[0])

            try:
                statuses = fuzz_operations(base, code, auth, examples=args.examples, report=report)
            except AssertionError as exc:
                print(f"FAILED: {exc}\n" + "\n".join(failures), file=sys.stderr)
                return 1
        finally:
            server.stop()
            participation.close()
            library.close()
    for key, count in sorted(statuses.items()):
        print(f"{count:6d}  {key}")
    print(f"{sum(statuses.values())} requests, no server error, nothing logged")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
