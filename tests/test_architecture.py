"""The core stays free of Qt, so the server and the CLI can run it without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "facilitator"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_no_core_module_imports_qt_or_the_ui() -> None:
    offenders = {
        str(path.relative_to(CORE.parent)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6", "ui"}
        )
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_runs_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from facilitator.services.library import Library\n"
        "from facilitator.commands import CreateNote\n"
        f"lib = Library.open(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "svc = lib.open_workshop(lib.create('t', 'en').id)\n"
        "svc.execute(CreateNote(svc.boards()[0].id, 'x'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
