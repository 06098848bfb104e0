"""Invented people: name pools by origin, split into train and test pools.

Origins follow Sweden's population: Faker ``sv_SE``, ``fi_FI``, ``pl_PL``, ``tr_TR``,
``hr_HR``; hand lists (``name_lists.py``) for Arabic, Persian, Afghan, Somali, Kurdish,
Eritrean (Tigrinya) and Bosnian names and for names that are ordinary Swedish words
(Sten, Liv, My, Ros...); rarely Faker ``ar_AA``/``fa_IR`` names in Arabic script.
Every PERSON span records its origin key, e.g. ``"sv_SE"`` or ``"list:somali"``.

Pools are split by ``split.name_split``; :func:`gazetteer_names` returns the train pool
only, so the test split measures names the pseudonymiser never saw.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

from training.synth.name_lists import HAND_LISTS, NICKNAMES
from training.synth.split import TEST, TRAIN, check_split, fold, name_split

FAKER_LOCALES = ("sv_SE", "fi_FI", "pl_PL", "tr_TR", "hr_HR", "ar_AA", "fa_IR")
# Weights for a family's origin (roughly Sweden's population, small groups kept visible).
FAMILY_ORIGINS: dict[str, float] = {
    "sv_SE": 0.55,
    "list:sv_wordnames": 0.06,
    "fi_FI": 0.04,
    "pl_PL": 0.03,
    "list:arabic": 0.08,
    "list:persian": 0.03,
    "tr_TR": 0.025,
    "list:bosnian": 0.02,
    "hr_HR": 0.015,
    "list:somali": 0.04,
    "list:kurdish": 0.03,
    "list:tigrinya": 0.02,
    "list:afghan": 0.035,
    "ar_AA": 0.005,
    "fa_IR": 0.005,
}
# Professionals who write referrals: mostly Swedish-born, not only.
STAFF_ORIGINS: dict[str, float] = {
    "sv_SE": 0.72,
    "list:sv_wordnames": 0.04,
    "fi_FI": 0.04,
    "pl_PL": 0.02,
    "list:arabic": 0.05,
    "list:persian": 0.03,
    "tr_TR": 0.02,
    "list:bosnian": 0.03,
    "hr_HR": 0.01,
    "list:somali": 0.01,
    "list:kurdish": 0.02,
    "list:tigrinya": 0.005,
    "list:afghan": 0.005,
}
_SWEDISH_LETTERS = frozenset("åäöÅÄÖ")
_POLISH_MASCULINE = re.compile(r"(?<=[sc]k)i$")  # -ski, -cki, -dzki


def _unique(names) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _faker_lists(locale: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    from faker import Faker

    provider = Faker(locale).provider("faker.providers.person")
    last = list(provider.last_names)
    if locale == "pl_PL":  # Faker keeps Polish surnames in gendered lists
        last = list(provider.male_last_names) + list(provider.unisex_last_names)
    return (
        _unique(provider.first_names_male),
        _unique(provider.first_names_female),
        _unique(last),
    )


@cache
def raw_lists() -> dict[str, dict[str, tuple[str, ...]]]:
    """All names per origin before the split: {"m": ..., "f": ..., "last": ...}."""
    lists = {}
    for locale in FAKER_LOCALES:
        male, female, last = _faker_lists(locale)
        lists[locale] = {"m": male, "f": female, "last": last}
    polish = lists["pl_PL"]
    feminine = (_POLISH_MASCULINE.sub("a", n) for n in polish["last"])
    polish["last_f"] = _unique(n for n in feminine if n not in polish["last"])
    for origin, (male, female, last) in HAND_LISTS.items():
        lists[origin] = {
            "m": _unique(male.split()),
            "f": _unique(female.split()),
            "last": _unique(last.split()),
        }
    return lists


@cache
def pools(split: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """The names of one split per origin; names whose tokens disagree are left out."""
    check_split(split)
    return {
        origin: {
            kind: tuple(n for n in names if name_split(n) == split) for kind, names in lists.items()
        }
        for origin, lists in raw_lists().items()
    }


@cache
def ascii_variant(name: str) -> str:
    """'Hodžić' -> 'Hodzic', 'Yıldırım' -> 'Yildirim'; Swedish å, ä, ö are kept."""
    if name.isascii():
        return name
    out = []
    for char in name:
        if char in _SWEDISH_LETTERS:
            out.append(char)
        else:
            folded = fold(char)
            out.append(folded.upper() if char.isupper() else folded)
    return "".join(out)


@cache
def nicknames(first: str, split: str) -> tuple[str, ...]:
    """Nicknames of a first name that belong to ``split``."""
    return tuple(n for n in NICKNAMES.get(first, ()) if name_split(n) == split)


@cache
def gazetteer_names() -> dict[str, list[str]]:
    """Train-pool names only: {"first": [...], "last": [...]} (sorted, no test names)."""
    first: set[str] = set()
    last: set[str] = set()
    for lists in pools(TRAIN).values():
        for name in lists["m"] + lists["f"]:
            first.update({name, ascii_variant(name), *nicknames(name, TRAIN)})
        for name in lists["last"] + lists.get("last_f", ()):
            last.update({name, ascii_variant(name)})
    return {"first": sorted(first), "last": sorted(last)}


@cache
def heldout_names() -> frozenset[str]:
    """Lower-cased first and last names of the test pool (for checks, never shipped)."""
    names: set[str] = set()
    for lists in pools(TEST).values():
        for name in lists["m"] + lists["f"] + lists["last"] + lists.get("last_f", ()):
            names.update({name.lower(), ascii_variant(name).lower()})
            names.update(n.lower() for n in nicknames(name, TEST))
    return frozenset(names)


def possessive(name: str) -> str:
    """Swedish genitive: 'Anna' -> 'Annas', 'Mats' -> "Mats'"."""
    return name + "'" if name[-1:].lower() in "sxz" else name + "s"


@dataclass(frozen=True, slots=True)
class Person:
    """One invented person; ``first`` is how they are called in this referral."""

    first: str
    last: str
    gender: str  # "m" or "f"
    origin: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def initials(self) -> str:
        return f"{self.first[0]}.{self.last[0]}."


def draw_origin(rng: random.Random, weights: dict[str, float] = FAMILY_ORIGINS) -> str:
    keys, cumulative = _cumulative(id(weights), weights)
    return rng.choices(keys, cum_weights=cumulative)[0]


_CUMULATIVE: dict[int, tuple[list[str], list[float]]] = {}


def _cumulative(key: int, weights: dict[str, float]) -> tuple[list[str], list[float]]:
    if key not in _CUMULATIVE:
        total, cumulative = 0.0, []
        for value in weights.values():
            total += value
            cumulative.append(total)
        _CUMULATIVE[key] = (list(weights), cumulative)
    return _CUMULATIVE[key]


def draw_person(
    rng: random.Random,
    split: str,
    gender: str,
    origin: str,
    last: str | None = None,
    nickname_share: float = 0.0,
) -> Person:
    """A person of ``origin`` from the ``split`` pool; ``last`` keeps a family surname."""
    lists = pools(split)[origin]
    if not lists[gender] or not lists["last"]:
        origin, lists = "sv_SE", pools(split)["sv_SE"]
    first = rng.choice(lists[gender])
    surname = last or rng.choice(lists["last"])
    if origin == "pl_PL" and gender == "f":  # Kowalski -> Kowalska, if that form is ours
        feminine = _POLISH_MASCULINE.sub("a", surname)
        surname = feminine if name_split(feminine) == split else surname
    if rng.random() < 0.25:  # registers and quick typing often drop diacritics
        first, surname = ascii_variant(first), ascii_variant(surname)
    if nickname_share and (nicks := nicknames(first, split)) and rng.random() < nickname_share:
        first = rng.choice(nicks)
    return Person(first, surname, gender, origin)
