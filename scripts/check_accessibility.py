"""Print what axe-core finds on the phone page, state by state.

    .venv/bin/python scripts/check_accessibility.py

Serves a throwaway session, walks one phone through every state of the page
(tests/e2e/phone_states.py) in Debian's Chromium, runs axe-core (WCAG 2.x A
and AA plus best practices) at a phone's and a desktop's width in English,
Finnish and Swedish, checks that nothing scrolls sideways at 320 pixels or
with text at 200 %, and prints each finding. Exits 1 when there is any.
Also `make accessibility`.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.phone_states import AXE_TAGS, audit_phone_page, chromium  # noqa: E402


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder, chromium() as browser:
        audit, problems = audit_phone_page(Path(folder) / "data", browser)
    seconds = time.monotonic() - started
    for state in audit.states:
        found = [v for v in audit.violations if v.state == state]
        print(f"{'ok' if not found else 'FAIL':4}  {state}")
        for violation in found:
            print(f"      {violation}")
    for problem in problems:
        print(f"page error: {problem}")
    print(
        f"\n{len(audit.states)} states, {len(audit.violations)} violations "
        f"({', '.join(AXE_TAGS)}), {seconds:.1f} s"
    )
    return 1 if audit.violations or problems else 0


if __name__ == "__main__":
    sys.exit(main())
