"""Every user-visible string is translated, and the compiled catalogues are current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
COMPLETE_LANGUAGES = ["fi", "sv"]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")

Message = tuple[str, str]


def messages(ts_file: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def state_of(message: ET.Element) -> str:
    translation = message.find("translation")
    return "" if translation is None else translation.get("type", "")


def lupdate(target: Path, *options: str) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sorted(
                str(p.relative_to(ROOT))
                for d in ("facilitator", "ui")
                for p in (ROOT / d).rglob("*.py")
            ),
            "-no-obsolete",
            "-locations",
            "none",
            *options,
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    target = tmp_path_factory.mktemp("ts") / "current.ts"
    lupdate(target)
    return set(messages(target))


@pytest.mark.parametrize("language", COMPLETE_LANGUAGES)
def test_every_string_in_the_code_is_translated(
    language: str, strings_in_code: set[Message]
) -> None:
    catalogue = messages(TRANSLATIONS / f"facilitator_{language}.ts")
    missing = sorted(strings_in_code - set(catalogue))
    assert missing == [], f"run `make translations` and translate: {missing[:10]}"
    unfinished = [
        key
        for key, message in catalogue.items()
        if state_of(message) in {"unfinished", "vanished", "obsolete"}
        or not all(t.strip() for t in translations_of(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", [*COMPLETE_LANGUAGES, "en"])
def test_translations_keep_every_placeholder(language: str) -> None:
    for (context, source), message in messages(TRANSLATIONS / f"facilitator_{language}.ts").items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations_of(message):
            if text:
                assert sorted(set(PLACEHOLDER.findall(text))) == wanted, (context, source, text)


def test_english_plurals_are_written_out(strings_in_code: set[Message]) -> None:
    catalogue = messages(TRANSLATIONS / "facilitator_en.ts")
    for key, message in catalogue.items():
        assert message.get("numerus") == "yes", key
        assert all(t.strip() for t in translations_of(message)), key
    plural_sources = {k for k in strings_in_code if "%n" in k[1]}
    assert plural_sources <= set(catalogue)


@pytest.mark.parametrize("language", [*COMPLETE_LANGUAGES, "en"])
def test_compiled_catalogue_is_up_to_date(language: str, tmp_path: Path) -> None:
    source = TRANSLATIONS / f"facilitator_{language}.ts"
    compiled = tmp_path / "fresh.qm"
    shutil.copy(source, tmp_path / source.name)
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(tmp_path / source.name),
            "-qm",
            str(compiled),
        ],
        check=True,
        timeout=60,
    )
    committed = TRANSLATIONS / f"facilitator_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), "run `make translations`"
