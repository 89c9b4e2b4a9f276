"""Board templates, read from JSON data files in ``resources/templates``.

A template names a board (in each language), optionally asks a question, and
lays out areas that become the board's clusters. A template for a structured
method (e.g. 1-2-4-All) also lists its timed steps, which become agenda phases
whose notes from phones land in the step's area. Adding a template is adding a
file; no code changes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from facilitator.domain import PhaseKind
from facilitator.resources import resource_path
from facilitator.settings import DEFAULT_LANGUAGE

BLANK_TEMPLATE_ID = "blank"


def _localized(value: dict[str, str], language: str) -> str:
    return value.get(language) or value.get(DEFAULT_LANGUAGE) or ""


@dataclass(frozen=True)
class TemplateArea:
    titles: dict[str, str]
    x: float
    y: float
    width: float
    height: float
    color: str

    def title(self, language: str) -> str:
        return _localized(self.titles, language)


@dataclass(frozen=True)
class TemplateStep:
    titles: dict[str, str]
    minutes: float
    instructions: dict[str, str]
    area: int | None  # index into the template's areas
    kind: PhaseKind = PhaseKind.WORK

    def title(self, language: str) -> str:
        return _localized(self.titles, language)

    def instruction(self, language: str) -> str:
        return _localized(self.instructions, language)


@dataclass(frozen=True)
class TemplateDiscussion:
    """How a template's board discusses its topics (see :mod:`facilitator.discussion`)."""

    topic_minutes: float
    extend_minutes: float
    discussing_area: int | None
    done_area: int | None


@dataclass(frozen=True)
class Template:
    id: str
    order: int
    titles: dict[str, str]
    descriptions: dict[str, str]
    questions: dict[str, str]
    areas: tuple[TemplateArea, ...]
    steps: tuple[TemplateStep, ...] = ()
    discussion: TemplateDiscussion | None = None

    def title(self, language: str) -> str:
        return _localized(self.titles, language)

    def description(self, language: str) -> str:
        return _localized(self.descriptions, language)

    def question(self, language: str) -> str:
        return _localized(self.questions, language)


def _parse(data: dict[str, Any]) -> Template:
    areas = tuple(
        TemplateArea(
            titles=dict(area["title"]),
            x=float(area["x"]),
            y=float(area["y"]),
            width=float(area["width"]),
            height=float(area["height"]),
            color=str(area.get("color", "none")),
        )
        for area in data.get("areas", [])
    )
    steps = tuple(
        TemplateStep(
            titles=dict(step["title"]),
            minutes=float(step.get("minutes", 0)),
            instructions=dict(step.get("instruction", {})),
            area=None if step.get("area") is None else int(step["area"]),
            kind=PhaseKind(step.get("kind", PhaseKind.WORK.value)),
        )
        for step in data.get("steps", [])
    )
    discussion = None
    if (spec := data.get("discussion")) is not None:
        discussion = TemplateDiscussion(
            topic_minutes=float(spec.get("topic_minutes", 6)),
            extend_minutes=float(spec.get("extend_minutes", 3)),
            discussing_area=spec.get("discussing_area"),
            done_area=spec.get("done_area"),
        )
    named = [s.area for s in steps]
    if discussion is not None:
        named += [discussion.discussing_area, discussion.done_area]
    for area in named:
        if area is not None and not 0 <= area < len(areas):
            raise ValueError(f"template {data['id']}: names area {area}, which it lacks")
    return Template(
        id=str(data["id"]),
        order=int(data.get("order", 100)),
        titles=dict(data["title"]),
        descriptions=dict(data.get("description", {})),
        questions=dict(data.get("question", {})),
        areas=areas,
        steps=steps,
        discussion=discussion,
    )


class TemplateCatalog:
    """The templates available to new boards, in display order."""

    def __init__(self, templates: list[Template]) -> None:
        self._templates = {t.id: t for t in sorted(templates, key=lambda t: (t.order, t.id))}

    @classmethod
    def from_directory(cls, directory: Path) -> TemplateCatalog:
        templates = []
        for path in sorted(directory.glob("*.json")):
            with path.open(encoding="utf-8") as handle:
                templates.append(_parse(json.load(handle)))
        return cls(templates)

    @classmethod
    def shipped(cls) -> TemplateCatalog:
        return cls.from_directory(resource_path("templates"))

    def all(self) -> list[Template]:
        return list(self._templates.values())

    def get(self, template_id: str) -> Template | None:
        return self._templates.get(template_id)
