"""What each split may draw from: phrasings, openings, closings, background families.

``material(split, scenarios)`` applies the rules of ``split.py`` and memoises, per voice and
child age, which scenarios and phrasings fit (age range, ``reporter:`` tags, phrasings in
which the reporter introduces themself) and which background sentences fit a referral.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from training.synth.background import BACKGROUNDS, Background
from training.synth.coherence import text_fits
from training.synth.scenario import Scenario
from training.synth.split import (
    TEST,
    TRAIN,
    check_split,
    family_splits,
    phrasing_splits,
    vocabulary_split,
    voice_splits,
)
from training.synth.voices import VOICES, Voice, phrasing_voices

_OTHER_LANGUAGE = re.compile(r"\{LANG\}|tolk|annat språk|modersmål|andraspråk")


def group_of(scenario: Scenario) -> str:
    return scenario.family.split("/", 1)[0]


@dataclass(frozen=True)
class Material:
    """What one split may draw from."""

    split: str
    concerns: tuple[tuple[Scenario, tuple[str, ...]], ...]
    negations: tuple[tuple[Scenario, tuple[str, ...]], ...]
    neutrals: tuple[tuple[Scenario, tuple[str, ...]], ...]
    voices: tuple[tuple[Voice, tuple[str, ...], tuple[str, ...]], ...]
    backgrounds: tuple[Background, ...]
    fitting: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def options(self, pool: str, age: int, voice: Voice) -> list:
        """The (scenario, phrasings) of ``pool`` that fit this age and voice (memoised)."""
        key = (pool, age, voice.id)
        if key not in self.fitting:
            self.fitting[key] = [p for p in self._for_voice(pool, voice) if _fits(p[0], age, voice)]
        return self.fitting[key]

    def _for_voice(self, pool: str, voice: Voice) -> list:
        key = (pool, voice.id)
        if key not in self.fitting:
            found = []
            for scenario, phrasings in getattr(self, pool):
                suited = tuple(
                    p for p in phrasings if voice.id in (phrasing_voices(p) or {voice.id})
                )
                if suited:
                    found.append((scenario, suited))
            self.fitting[key] = found
        return self.fitting[key]

    def background(self, voice: Voice, age: int, concerns: frozenset[str], foreign: bool) -> list:
        """Background sentence lists (one per family) that fit this referral (memoised)."""
        key = ("background", voice.id, age, concerns, foreign)
        if key not in self.fitting:
            self.fitting[key] = [
                sentences
                for b in self.backgrounds
                if b.min_age <= age <= b.max_age
                and (b.voices is None or voice.id in b.voices)
                and (
                    sentences := [
                        t
                        for t in b.sentences
                        if text_fits(t, concerns) and language_fits(t, foreign)
                    ]
                )
            ]
        return self.fitting[key]


def _train_texts(scenarios: tuple[Scenario, ...]) -> frozenset[str]:
    """Every template text assigned to train (a test item equal to one of them is dropped)."""
    texts = set()
    for s in scenarios:
        sides = phrasing_splits(s.family, len(s.phrasings))
        texts.update(p for p, side in zip(s.phrasings, sides, strict=True) if side != TEST)
    for v in VOICES:
        for kind, items in (("opening", v.openings), ("closing", v.closings)):
            sides = voice_splits(v.id, kind, len(items))
            texts.update(t for t, side in zip(items, sides, strict=True) if side == TRAIN)
    families = family_splits([b.family for b in BACKGROUNDS])
    texts.update(t for b in BACKGROUNDS if families[b.family] == TRAIN for t in b.sentences)
    return frozenset(texts)


@cache
def material(split: str, scenarios: tuple[Scenario, ...]) -> Material:
    """The phrasings, openings, closings and background families assigned to ``split``."""
    check_split(split)
    banned = _train_texts(scenarios) if split == TEST else frozenset()
    shared = vocabulary_split(split)  # dev draws voices and backgrounds from train

    def keep(items: Sequence[str], sides: list[str], side_wanted: str = shared) -> tuple[str, ...]:
        return tuple(
            t
            for t, side in zip(items, sides, strict=True)
            if side == side_wanted and t not in banned
        )

    groups: dict[str, list] = {"concern": [], "negation": [], "neutral": []}
    for s in scenarios:
        phrasings = keep(s.phrasings, phrasing_splits(s.family, len(s.phrasings)), split)
        if split == TRAIN:
            phrasings += s.extra_phrasings
        if phrasings:
            kind = group_of(s) if group_of(s) in ("negation", "neutral") else "concern"
            groups[kind].append((s, phrasings))
    voices = tuple(
        (
            v,
            keep(v.openings, voice_splits(v.id, "opening", len(v.openings))),
            keep(v.closings, voice_splits(v.id, "closing", len(v.closings))),
        )
        for v in VOICES
    )
    families = family_splits([b.family for b in BACKGROUNDS])
    backgrounds = tuple(
        Background(
            b.family,
            keep(b.sentences, [families[b.family]] * len(b.sentences)),
            b.min_age,
            b.max_age,
            b.voices,
        )
        for b in BACKGROUNDS
        if families[b.family] == shared
    )
    return Material(
        split,
        tuple(groups["concern"]),
        tuple(groups["negation"]),
        tuple(groups["neutral"]),
        voices,
        tuple(b for b in backgrounds if b.sentences),
    )


def _fits(scenario: Scenario, age: int, voice: Voice) -> bool:
    if not scenario.min_age <= age <= scenario.max_age:
        return False
    wanted = {t.split(":", 1)[1] for t in scenario.tags if t.startswith("reporter:")}
    return not wanted or voice.id in wanted or voice.reporter_type.value in wanted


def language_fits(template: str, foreign: bool) -> bool:
    """Interpreter and home-language sentences only for families with another language."""
    return foreign or not _OTHER_LANGUAGE.search(template)
