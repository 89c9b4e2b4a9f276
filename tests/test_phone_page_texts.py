"""The phone page speaks English, Finnish and Swedish completely.

Reads the page's catalogue in ``resources/web/i18n.js`` (its ``const en =
{…}`` object literals: string keys, string values, ``+`` between strings,
nested objects) with a small reader that refuses anything else, so a text
written in a way this test cannot check fails loudly instead of slipping
through. Then checks that every text exists in every language with the same
placeholders, and that every text the page asks for exists.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from facilitator.domain import Thumb
from facilitator.palette import COLORS
from facilitator.server.app import STATUS_BY_CODE

WEB = Path(__file__).resolve().parent.parent / "resources" / "web"
LANGUAGES = ("en", "fi", "sv")
PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")

Catalogue = dict[str, Any]  # a text, a dict of plural forms, or a nested catalogue


# Reading JavaScript object literals ------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|//[^\n]*|/\*.*?\*/)
    | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    | (?P<name>[A-Za-z_$][\w$]*)
    | (?P<punct>[{}:,+])
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape.startswith("u{"):
            return chr(int(escape[2:-1], 16))
        if escape.startswith(("u", "x")):
            return chr(int(escape[1:], 16))
        return _ESCAPES.get(escape, escape)

    return re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", one, literal[1:-1])


class ObjectReader:
    """Reads one object literal of strings from JavaScript source, from its ``{``."""

    def __init__(self, source: str, start: int) -> None:
        self.source = source
        self.position = start

    def fail(self, wanted: str) -> AssertionError:
        line = self.source.count("\n", 0, self.position) + 1
        found = self.source[self.position : self.position + 30]
        return AssertionError(f"i18n.js line {line}: expected {wanted}, found {found!r}")

    def token(self) -> tuple[str, str]:
        while True:
            match = _TOKEN.match(self.source, self.position)
            if match is None or match.lastgroup is None:
                raise self.fail("a string, a key or one of { } : , +")
            self.position = match.end()
            if match.lastgroup != "space":
                return match.lastgroup, match.group()

    def peek(self) -> tuple[str, str]:
        saved = self.position
        try:
            return self.token()
        finally:
            self.position = saved

    def expect(self, text: str) -> None:
        if self.token() != ("punct", text):
            raise self.fail(repr(text))

    def read_object(self) -> Catalogue:
        self.expect("{")
        result: Catalogue = {}
        while self.peek() != ("punct", "}"):
            kind, key = self.token()
            if kind == "string":
                key = _unescape(key)
            elif kind != "name":
                raise self.fail("a key")
            assert key not in result, f"i18n.js: {key} is written twice"
            self.expect(":")
            result[key] = self.read_value()
            if self.peek() == ("punct", ","):
                self.token()
            elif self.peek() != ("punct", "}"):
                raise self.fail("',' or '}'")
        self.expect("}")
        return result

    def read_value(self) -> str | Catalogue:
        if self.peek() == ("punct", "{"):
            return self.read_object()
        parts: list[str] = []
        while True:
            kind, text = self.token()
            if kind != "string":
                raise self.fail("a string (a text may only join strings with +)")
            parts.append(_unescape(text))
            if self.peek() != ("punct", "+"):
                return "".join(parts)
            self.token()


def read_catalogues(source: str) -> dict[str, Catalogue]:
    """``CATALOGUES`` of i18n.js: each language's object literal, read."""
    exported = re.search(r"export\s+const\s+CATALOGUES\s*=\s*\{([^}]*)\}", source)
    assert exported, "i18n.js no longer exports CATALOGUES = { en, fi, sv }"
    names = [n.strip() for n in exported.group(1).split(",") if n.strip()]
    assert sorted(names) == sorted(LANGUAGES)
    catalogues: dict[str, Catalogue] = {}
    for name in names:
        start = re.search(rf"\bconst\s+{name}\s*=\s*(?=\{{)", source)
        assert start, f"i18n.js: const {name} = {{…}} not found"
        catalogues[name] = ObjectReader(source, start.end()).read_object()
    return catalogues


def is_plural(value: object) -> bool:
    return isinstance(value, dict) and "other" in value and set(value) <= PLURAL_FORMS


def flatten(catalogue: Catalogue, prefix: str = "") -> dict[str, str | dict[str, str]]:
    """Dotted keys ("errors.rate_limited") to a text or a plural's forms."""
    flat: dict[str, str | dict[str, str]] = {}
    for key, value in catalogue.items():
        if isinstance(value, str) or is_plural(value):
            flat[prefix + key] = value
        else:
            assert isinstance(value, dict), (prefix + key, value)
            flat.update(flatten(value, f"{prefix}{key}."))
    return flat


def placeholders(value: str | dict[str, str]) -> set[str]:
    forms = value.values() if isinstance(value, dict) else [value]
    return {name for form in forms for name in PLACEHOLDER.findall(form)}


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str | dict[str, str]]]:
    source = (WEB / "i18n.js").read_text(encoding="utf-8")
    return {language: flatten(c) for language, c in read_catalogues(source).items()}


# The reader itself -----------------------------------------------------------------


def test_the_reader_reads_what_the_catalogue_may_contain() -> None:
    source = r"""
    const en = {
      // a comment, and a /* block */ one
      plain: "Plain",
      joined: "One " +
        'two\'s',
      "quoted-key": "x\u00e4\n",
      counts: { one: "{n} note", other: "{n} notes" },
      errors: { invalid: "Bad", },
    };
    const fi = { plain: "P" }; const sv = { plain: "P" };
    export const CATALOGUES = { en, fi, sv };
    """
    read = read_catalogues(source)
    assert flatten(read["en"]) == {
        "plain": "Plain",
        "joined": "One two's",
        "quoted-key": "xä\n",
        "counts": {"one": "{n} note", "other": "{n} notes"},
        "errors.invalid": "Bad",
    }
    with pytest.raises(AssertionError, match="line 1"):
        read_catalogues(
            "const en = { a: `template` }; const fi = {}; const sv = {};\n"
            "export const CATALOGUES = { en, fi, sv };"
        )


# The catalogue ---------------------------------------------------------------------


def test_every_text_is_in_every_language(texts: dict[str, dict[str, Any]]) -> None:
    every = set().union(*(set(t) for t in texts.values()))
    missing = {language: sorted(every - set(catalogue)) for language, catalogue in texts.items()}
    assert missing == {language: [] for language in LANGUAGES}
    empty = [
        (language, key)
        for language, catalogue in texts.items()
        for key, value in catalogue.items()
        if not all(
            form.strip() for form in (value.values() if isinstance(value, dict) else [value])
        )
    ]
    assert empty == []


def test_every_language_fills_the_same_placeholders(texts: dict[str, dict[str, Any]]) -> None:
    differ = [
        (key, {language: sorted(placeholders(texts[language][key])) for language in LANGUAGES})
        for key in texts["en"]
        if len({frozenset(placeholders(texts[language].get(key, ""))) for language in LANGUAGES})
        > 1
    ]
    assert differ == []


def test_plurals_have_the_forms_each_language_needs(texts: dict[str, dict[str, Any]]) -> None:
    # English, Finnish and Swedish all have "one" and "other" (Intl.PluralRules).
    for language, catalogue in texts.items():
        for key, value in catalogue.items():
            if isinstance(value, dict):
                assert set(value) == {"one", "other"}, (language, key)


# What the page asks for ------------------------------------------------------------


def page_scripts() -> dict[str, str]:
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(WEB.glob("*.js"))
        if path.name != "i18n.js"
    }


def _first_argument(source: str, start: int) -> str:
    """The text of a call's first argument, from just after its ``(``."""
    depth = 0
    for index in range(start, len(source)):
        char = source[index]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                return source[start:index]
            depth -= 1
        elif char == "," and depth == 0:
            return source[start:index]
    return source[start:]


def keys_in_scripts() -> tuple[set[str], set[str]]:
    """Keys named in ``t(…)`` and ``tn(…)`` calls, and prefixes of keys made at run time.

    ``t(ready ? "a" : "b")`` names both; ``t(`errors.${code}`)`` gives the
    prefix "errors."; a key in a variable is checked where its values are
    listed (the tests below).
    """
    keys: set[str] = set()
    prefixes: set[str] = set()
    for source in page_scripts().values():
        for call in re.finditer(r"(?<![\w$.])tn?\(", source):
            argument = _first_argument(source, call.end())
            keys.update(m.group(2) for m in re.finditer(r"""(["'])([\w.]+)\1""", argument))
            prefixes.update(re.findall(r"`([\w.]*)\$\{", argument))
    return keys, prefixes


def keys_in_html() -> set[str]:
    html = (WEB / "index.html").read_text(encoding="utf-8")
    keys = set(re.findall(r'data-i18n="([^"]+)"', html))
    for pairs in re.findall(r'data-i18n-attr="([^"]+)"', html):
        keys.update(pair.split(":", 1)[1].strip() for pair in pairs.split(";"))
    return keys


def js_object(file: str, name: str) -> Catalogue:
    source = page_scripts()[file]
    start = re.search(rf"\bconst\s+{name}\s*=\s*(?=\{{)", source)
    assert start, f"{file}: const {name} = {{…}} not found"
    return ObjectReader(source, start.end()).read_object()


def test_every_text_the_page_names_is_in_the_catalogue(texts: dict[str, dict[str, Any]]) -> None:
    keys, prefixes = keys_in_scripts()
    html_keys = keys_in_html()
    assert len(keys) > 50 and len(html_keys) > 20  # the scan still finds the page's texts
    known = set(texts["en"])
    assert sorted((keys | html_keys) - known) == []
    for prefix in prefixes:
        assert any(k.startswith(prefix) for k in known), f"no text starts with {prefix!r}"


def test_every_error_code_colour_thumb_and_timer_state_has_its_text(
    texts: dict[str, dict[str, Any]],
) -> None:
    _, prefixes = keys_in_scripts()
    assert {"errors.", "colors.", "thumbs."} <= prefixes
    known = set(texts["en"])
    wanted = {f"errors.{code}" for code in STATUS_BY_CODE}
    wanted |= {"errors.network", "errors.unknown"}
    wanted |= {f"colors.{colour}" for colour in COLORS}
    wanted |= {f"thumbs.{thumb.value}" for thumb in Thumb}
    for by_code in js_object("app.js", "CONTEXT_ERRORS").values():
        assert isinstance(by_code, dict)
        wanted |= {f"errors.{key}" for key in by_code.values()}
    wanted |= set(js_object("render.js", "TIMER_LABELS").values())
    assert sorted(wanted - known) == []
