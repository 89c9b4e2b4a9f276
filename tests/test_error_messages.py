"""Every message a person can be refused with is in the translation catalogues.

A ``FacilitatorError`` (and the server's ``ApiError``) is shown in the desktop
app through Qt's translator and sent to phones in their language through the
catalogue, both looked up by the English source in the "errors" context. A
message written as a plain string would never be collected by ``lupdate``
and would stay English everywhere; these tests read the code to find one.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "FacilitatorError"
# Where each refusal takes its message: the position of the argument.
MESSAGE_ARGUMENT = {"ApiError": 2}


def python_files() -> list[Path]:
    return sorted(p for top in ("facilitator", "ui") for p in (ROOT / top).rglob("*.py"))


def parsed() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in python_files()}


def name_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def error_classes(modules: dict[Path, ast.Module]) -> set[str]:
    """FacilitatorError and every class that derives from it, by name."""
    found = {BASE}
    classes = [
        (node.name, {name_of(b) for b in node.bases})
        for module in modules.values()
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for name, bases in classes:
            if name not in found and bases & found:
                found.add(name)
                grew = True
    return found


def marked_context(node: ast.expr) -> str | None:
    """The context of ``QT_TRANSLATE_NOOP("context", "…")``, or None for anything else."""
    if (
        isinstance(node, ast.Call)
        and name_of(node.func) == "QT_TRANSLATE_NOOP"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ):
        context = node.args[0].value
        return context if isinstance(context, str) else None
    return None


def marked_constants(modules: dict[Path, ast.Module]) -> dict[str, str]:
    """Module-level ``NAME = QT_TRANSLATE_NOOP(...)`` constants: name → context."""
    constants: dict[str, str] = {}
    for module in modules.values():
        for node in module.body:
            target: ast.expr | None = None
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target, value = node.target, node.value
            if isinstance(target, ast.Name):
                context = marked_context(value)
                if context is not None:
                    constants[target.id] = context
    return constants


def test_every_refusal_has_a_message_marked_for_translation() -> None:
    modules = parsed()
    errors = error_classes(modules) | set(MESSAGE_ARGUMENT)
    constants = marked_constants(modules)
    assert {"ValidationError", "StorageError", "ServerError", "ExportError"} <= errors
    checked = 0
    unmarked: list[str] = []
    for path, module in modules.items():
        for node in ast.walk(module):
            if not isinstance(node, ast.Call) or name_of(node.func) not in errors:
                continue
            position = MESSAGE_ARGUMENT.get(name_of(node.func) or "", 0)
            if len(node.args) <= position:
                continue  # a subclass's own constructor, or a re-raise of an instance
            message = node.args[position]
            context = marked_context(message)
            if context is None and isinstance(message, ast.Name):
                context = constants.get(message.id)
            if context is None and isinstance(message, ast.Attribute):
                # e.g. ``error.text.source``: a message marked where it was made.
                continue
            checked += 1
            if context != "errors":
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                unmarked.append(f"{where}: {ast.unparse(message)[:60]}")
    assert checked > 50
    assert unmarked == [], 'mark these with QT_TRANSLATE_NOOP("errors", "…")'
