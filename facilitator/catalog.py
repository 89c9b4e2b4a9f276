"""Translating core text without Qt, for what runs without a window (exports, the server).

The desktop app translates with Qt's translator from the compiled ``.qm``
files; the core reads the same catalogues from their ``.ts`` sources (Qt
Linguist's XML), so a report exported from the command line speaks the
session's language exactly as the app does.
"""

from __future__ import annotations

from functools import cache
from xml.etree import ElementTree

from facilitator.i18n import Text
from facilitator.resources import resource_path


class Catalog:
    def __init__(self, messages: dict[tuple[str, str], str]) -> None:
        self._messages = messages

    @classmethod
    @cache
    def for_language(cls, language: str) -> Catalog:
        """The catalogue of a language; English, or a language without one, keeps the source."""
        path = resource_path(f"translations/facilitator_{language}.ts")
        if language == "en" or not path.is_file():
            return cls({})
        messages: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None:
                    continue
                if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if message.get("numerus") == "yes":
                    continue  # plurals are the UI's; core text avoids them
                if translation.text:
                    messages[(name, source)] = translation.text
        return cls(messages)

    def translate(self, context: str, source: str) -> str:
        return self._messages.get((context, source), source)

    def text(self, text: Text) -> str:
        return self.translate(text.context, text.source).format(**text.args)
