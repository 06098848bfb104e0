"""A municipality's catalogue of first-line services and collaboration forums.

A first-line service is where a family can be routed *instead of* an investigation, so it
is only ever named for a suggestion routed to första linjen that is not akut and carries
no violence factor. A collaboration forum (Barnahus, a school forum, …) may be named for
any suggestion, as something to consider alongside the route.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from triage.names_sv import RISK_FACTOR
from triage.schema import RiskFactor, Route, Urgency

# Violence or abuse against the child or in its home: never a first-line case on its own.
VIOLENCE: frozenset[RiskFactor] = frozenset(
    {
        RiskFactor.VALD_MOT_BARN,
        RiskFactor.SEXUELLA_OVERGREPP,
        RiskFactor.VALD_I_NARA_RELATION,
        RiskFactor.HEDERSRELATERAT,
    }
)


class CatalogueError(ValueError):
    """A municipality or catalogue file is unusable; names the file and every problem."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


class Kind(StrEnum):
    SERVICE = "service"
    FORUM = "forum"


class AgeRange(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min: int = Field(default=0, ge=0, le=25)
    max: int = Field(default=17, ge=0, le=25)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) is above max ({self.max})")
        return self

    def fits(self, age: int) -> bool:
        return self.min <= age <= self.max


class CatalogueEntry(BaseModel):
    """One service or forum. A ``general`` service is also named, for any concern, when no
    service fits the risk factors."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    name: str = Field(min_length=1)
    purpose: str = Field(min_length=1, description="What it is for, in a sentence.")
    risk_factors: tuple[RiskFactor, ...] = ()
    ages: AgeRange = AgeRange()
    urgencies: tuple[Urgency, ...] = Field(default=(Urgency.SKYNDSAM, Urgency.NORMAL), min_length=1)
    contact: str = Field(min_length=1)
    general: bool = False

    @model_validator(mode="after")
    def _matchable(self) -> CatalogueEntry:
        if not self.risk_factors and not self.general:
            raise ValueError("needs risk_factors, or general: true for a service for any concern")
        return self


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    services: tuple[CatalogueEntry, ...] = Field(min_length=1)
    forums: tuple[CatalogueEntry, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        ids = [entry.id for entry in (*self.services, *self.forums)]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"ids used twice: {', '.join(repeated)}")
        acute = [s.id for s in self.services if Urgency.AKUT in s.urgencies]
        if acute:
            raise ValueError(
                f"first-line services cannot take akut cases (akut means utredning): "
                f"{', '.join(acute)}"
            )
        general_forums = [f.id for f in self.forums if f.general]
        if general_forums:
            raise ValueError(
                f"forums are named for their risk factors, never general: "
                f"{', '.join(general_forums)}"
            )
        return self


class ServiceMatch(BaseModel):
    """A catalogue entry named for a suggestion, with why."""

    id: str
    name: str
    kind: Kind
    purpose: str
    contact: str
    matched_risk_factors: list[RiskFactor]
    age_matched: bool = Field(description="The child's age is known and within the range.")
    reason: str = Field(description="Why it was named, in Swedish.")


def problems(error: ValidationError, prefix: str = "") -> list[str]:
    """Pydantic's errors as ``field.path: message`` lines."""
    lines = []
    for item in error.errors():
        path = ".".join(str(part) for part in (prefix, *item["loc"]) if part != "")
        lines.append(f"{path or '(file)'}: {item['msg']}")
    return lines


def load_yaml(path: Path) -> dict[str, Any]:
    """A YAML mapping from ``path`` (raises CatalogueError)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(path.name, [f"cannot be read: {error}"]) from None
    except yaml.YAMLError as error:
        raise CatalogueError(path.name, [f"not valid YAML: {error}"]) from None
    if not isinstance(data, dict):
        raise CatalogueError(path.name, ["must be a mapping of fields (id, name, catalogue…)"])
    return data


def load_catalogue_section(data: Any, source: str) -> Catalogue:
    """Validate the ``catalogue:`` section of a municipality file."""
    if data is None:
        raise CatalogueError(source, ["catalogue: missing (needs at least one service)"])
    try:
        return Catalogue.model_validate(data)
    except ValidationError as error:
        raise CatalogueError(source, problems(error, "catalogue")) from None


def match(
    catalogue: Catalogue,
    *,
    urgency: Urgency,
    route: Route,
    risk_factors: Iterable[RiskFactor],
    child_age: int | None,
    limit: int = 3,
) -> list[ServiceMatch]:
    """The best-fitting services (första linjen only), then forums to consider."""
    factors = set(risk_factors)
    found: list[ServiceMatch] = []
    if route is Route.FORSTA_LINJEN and urgency is not Urgency.AKUT and not factors & VIOLENCE:
        specific = _ranked(catalogue.services, Kind.SERVICE, urgency, factors, child_age)
        general = [
            _named(e, Kind.SERVICE, [], child_age)
            for e in catalogue.services
            if e.general and _fits(e, urgency, child_age)
        ]
        found += (specific or general)[:limit]
    found += _ranked(catalogue.forums, Kind.FORUM, urgency, factors, child_age)[:limit]
    return found


def _fits(entry: CatalogueEntry, urgency: Urgency, age: int | None) -> bool:
    return urgency in entry.urgencies and (age is None or entry.ages.fits(age))


def _ranked(
    entries: Iterable[CatalogueEntry],
    kind: Kind,
    urgency: Urgency,
    factors: set[RiskFactor],
    age: int | None,
) -> list[ServiceMatch]:
    scored = []
    for order, entry in enumerate(entries):
        matched = [f for f in entry.risk_factors if f in factors]
        if matched and _fits(entry, urgency, age):
            scored.append((-len(matched), order, _named(entry, kind, matched, age)))
    return [named for *_, named in sorted(scored, key=lambda s: s[:2])]


def _named(
    entry: CatalogueEntry, kind: Kind, matched: list[RiskFactor], age: int | None
) -> ServiceMatch:
    if matched:
        why = "passar för " + ", ".join(RISK_FACTOR[f].lower() for f in matched)
    else:
        why = "allmänt stöd när ingen mer specifik insats passar"
    ages = f"{entry.ages.min}–{entry.ages.max} år"
    why += f"; ålder {age} inom {ages}" if age is not None else f"; för {ages} (ålder okänd)"
    return ServiceMatch(
        id=entry.id,
        name=entry.name,
        kind=kind,
        purpose=entry.purpose,
        contact=entry.contact,
        matched_risk_factors=matched,
        age_matched=age is not None,
        reason=why[0].upper() + why[1:] + ".",
    )
