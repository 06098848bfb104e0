"""Scenario banks: the concerns a referral describes, one module per theme.

Each theme module exposes ``SCENARIOS: tuple[Scenario, ...]``. ``ALL_SCENARIOS`` is their
concatenation in a stable order. Families are ``"<theme>/<kind>"``; the groups
``negation/`` (alarming words used innocently, denials, checked and dismissed rumours) and
``neutral/`` (background to pad long referrals) carry no risk factors.
"""

from __future__ import annotations

import importlib

from training.synth.scenario import Scenario

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

ALL_SCENARIOS: tuple[Scenario, ...] = tuple(s for module in MODULES for s in module.SCENARIOS)

__all__ = ["ALL_SCENARIOS", "MODULES", "MODULE_NAMES"]
