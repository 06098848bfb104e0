"""Scenario banks: the concerns a referral describes, one module per theme.

Each theme module exposes ``SCENARIOS: tuple[Scenario, ...]``. ``ALL_SCENARIOS`` is their
concatenation in a stable order. Families are ``"<theme>/<kind>"``; the groups
``negation/`` (alarming words used innocently, denials, checked and dismissed rumours) and
``neutral/`` (background to pad long referrals) carry no risk factors.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace

from training.synth import split
from training.synth.scenario import Scenario
from training.synth.scenarios import extra

MODULE_NAMES: tuple[str, ...] = (
    "vald_mot_barn",
    "sexuella_overgrepp",
    "vald_i_nara_relation",
    "missbruk_vardnadshavare",
    "psykisk_ohalsa_vardnadshavare",
    "forsummelse",
    "skolfranvaro",
    "psykisk_ohalsa_barn",
    "eget_missbruk",
    "kriminalitet",
    "hedersrelaterat",
    "konflikt_separation",
    "beteendeproblem",
    "ovrigt",
    "negationer",
    "neutral",
)

MODULES = tuple(importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES)


def _extra_phrasings() -> dict[str, tuple[str, ...]]:
    """Train-only phrasings per family from every module of ``scenarios/extra/``."""
    found: dict[str, tuple[str, ...]] = {}
    for info in pkgutil.iter_modules(extra.__path__):
        module = importlib.import_module(f"{extra.__name__}.{info.name}")
        for family, phrasings in module.EXTRA.items():
            found[family] = found.get(family, ()) + tuple(phrasings)
    return found


def _with_extras(scenarios: tuple[Scenario, ...]) -> tuple[Scenario, ...]:
    """Attach extra phrasings; one that repeats a test phrasing is left out, so the test
    split never shares a wording with train."""
    extras = _extra_phrasings()
    unknown = set(extras) - {s.family for s in scenarios}
    if unknown:
        raise ValueError(f"extra phrasings for unknown families: {sorted(unknown)}")
    out = []
    for s in scenarios:
        sides = split.phrasing_splits(s.family, len(s.phrasings))
        test = {p for p, side in zip(s.phrasings, sides, strict=True) if side == split.TEST}
        added = tuple(dict.fromkeys(p for p in extras.get(s.family, ()) if p not in test))
        out.append(replace(s, extra_phrasings=added) if added else s)
    return tuple(out)


ALL_SCENARIOS: tuple[Scenario, ...] = _with_extras(
    tuple(s for module in MODULES for s in module.SCENARIOS)
)

__all__ = ["ALL_SCENARIOS", "MODULES", "MODULE_NAMES"]
