"""Plan and render one referral: opening, background, 1–3 scenarios, closing, noise.

Lengths run from one line to about 400 words; long referrals put routine background
first and the decisive (most urgent) concern last. Coherence: a phrasing in which the
reporter introduces themself ("Jag är barnmorska") only goes with matching voices;
negations, neutral context and background never sit next to a concern they speak about
(``coherence.py``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from training.synth.cast import Cast
from training.synth.coherence import concern_themes, negation_fits, text_fits
from training.synth.labels import RANK
from training.synth.material import Material, group_of, language_fits
from training.synth.noise import add_noise, chatify, third_person
from training.synth.render import Doc, Seg
from training.synth.scenario import Scenario
from training.synth.voices import Voice, phrasing_voices

LENGTHS = {"line": 0.05, "short": 0.30, "medium": 0.40, "long": 0.25}
MAX_WORDS = 400


@dataclass
class Draft:
    """One referral before rendering; ``templates`` lists (kind, template) for provenance."""

    voice: Voice
    age: int
    length: str
    scenarios: list[Scenario] = field(default_factory=list)
    templates: list[tuple[str, str]] = field(default_factory=list)


def _pick(
    rng: random.Random, mat: Material, pool: str, age: int, voice: Voice, k: int, exclude=()
) -> list:
    options = mat.options(pool, age, voice)
    if exclude:
        options = [p for p in options if p[0].family not in exclude]
    return rng.sample(options, min(k, len(options)))


def _words(template: str) -> int:
    return template.count(" ") + 1


def voice_and_age(rng: random.Random, mat: Material):
    """A voice (with this split's openings and closings) and a child age it has concerns for."""
    weights = [v[0].weight for v in mat.voices]
    for _ in range(500):
        voice, openings, closings = rng.choices(mat.voices, weights=weights)[0]
        for _ in range(10):
            age = rng.randint(voice.min_age, voice.max_age)
            if mat.options("concerns", age, voice):
                return voice, openings, closings, age
    raise ValueError(f"no {mat.split} scenario fits any voice")


def _kind(scenario: Scenario) -> str:
    group = group_of(scenario)
    return group if group in ("negation", "neutral") else "concern"


def plan(
    rng: random.Random, mat: Material, voice: Voice, openings, closings, age: int, foreign: bool
) -> Draft:
    """Choose length, scenarios, phrasings and background for one referral."""
    length = rng.choices(list(LENGTHS), weights=list(LENGTHS.values()))[0]
    draft = Draft(voice, age, length)
    main = []
    if rng.random() < 0.08:  # sometimes the whole referral is an innocent or denied worry
        main = _pick(rng, mat, "negations", age, voice, 1)
    if not main:
        k = {
            "line": 1,
            "short": 1,
            "medium": rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0],
            "long": rng.choices((1, 2, 3), (0.25, 0.45, 0.3))[0],
        }[length]
        main = _pick(rng, mat, "concerns", age, voice, k)
    used = {s.family for s, _ in main}
    concerns = concern_themes([s for s, _ in main])
    fits = lambda t: text_fits(t, concerns) and language_fits(t, foreign)  # noqa: E731
    extra, neutral = [], []
    if length in ("medium", "long") and main[0][0].risk_factors and rng.random() < 0.25:
        fitting = [
            p
            for p in mat.options("negations", age, voice)
            if p[0].family not in used and negation_fits(p[0], concerns)
        ]
        extra = rng.sample(fitting, min(1, len(fitting)))
    if length in ("medium", "long"):
        n_neutral = rng.randint(1, 2) if length == "long" else int(rng.random() < 0.3)
        for scenario, phrasings in _pick(rng, mat, "neutrals", age, voice, n_neutral, used):
            if fitting := tuple(p for p in phrasings if fits(p)):
                neutral.append((scenario, fitting))
    if length == "long":  # routine first, the decisive (most urgent) concern last
        body = [*neutral, *extra, *sorted(main, key=lambda p: RANK[p[0].urgency])]
    elif extra and rng.random() < 0.5:
        body = [*extra, *main, *neutral]
    else:
        body = [*main, *extra, *neutral]
    for scenario, phrasings in body:
        draft.scenarios.append(scenario)
        draft.templates.append((_kind(scenario), rng.choice(phrasings)))
    if length == "line":
        return draft
    introduces_self = phrasing_voices(draft.templates[0][1]) is not None
    if openings and not (introduces_self and rng.random() < 0.6):
        draft.templates.insert(0, ("opening", rng.choice(openings)))
    _add_background(rng, mat.background(voice, age, concerns, foreign), draft)
    if closings and (rng.random() < 0.85 or length == "long"):
        draft.templates.append(("closing", rng.choice(closings)))
    return draft


def _add_background(rng: random.Random, families: list[list[str]], draft: Draft) -> None:
    """Routine facts: a sentence or two in medium referrals, paragraphs before long ones."""
    families = families.copy()
    rng.shuffle(families)
    at = 1 if draft.templates[0][0] == "opening" else 0
    if draft.length == "medium" and families and rng.random() < 0.5:
        start = rng.randrange(len(families[0]))
        at = len(draft.templates) if rng.random() < 0.4 else at
        for sentence in reversed(families[0][start : start + rng.randint(1, 2)]):
            draft.templates.insert(at, ("background", sentence))
    elif draft.length == "long":
        target = rng.randint(160, MAX_WORDS - 20)
        words = sum(_words(t) for _, t in draft.templates)
        for sentences in families:
            start = rng.randrange(len(sentences) - 1) if len(sentences) > 1 else 0
            for sentence in sentences[start : start + rng.randint(2, 4)]:
                if words + _words(sentence) > target:
                    return
                draft.templates.insert(at, ("background", sentence))
                at += 1
                words += _words(sentence)
            draft.templates.insert(at, ("paragraph", ""))
            at += 1


def _separator(rng: random.Random, voice: Voice, previous: str, kind: str) -> str:
    if kind == "paragraph":
        return "\n\n" if voice.style != "chat" else "\n"
    if previous == "paragraph":
        return ""
    if previous in ("concern", "negation") and kind in ("concern", "negation"):
        return rng.choice(voice.connectives)
    if kind == "closing" or previous == "opening":
        return rng.choice(("\n\n", "\n", " ", "\n\n")) if voice.style != "chat" else "\n"
    return rng.choice((" ", " ", " ", "\n"))


def render(
    rng: random.Random, draft: Draft, cast: Cast
) -> tuple[str, list[dict], dict[int, tuple[int, int]]]:
    """Fill the templates, apply the voice's register and noise; return text, spans and
    the character range of each scenario (``draft.scenarios[i]`` -> range ``i``)."""
    doc, voice = Doc(), draft.voice
    framing: list[Seg] = []
    previous = ""
    scenario_index = 0
    for kind, template in draft.templates:
        if previous:
            separator = _separator(rng, voice, previous, kind)
            if voice.body_intro and previous == "opening" and kind != "closing":
                separator = rng.choice(voice.body_intro)
            if doc.tail() == "\n":  # after a header block
                separator = (
                    separator.lstrip(" ")[1:]
                    if separator.startswith("\n")
                    else (separator.lstrip(" "))
                )
            doc.lit(separator)
        cast.new_sentence_group()
        part = None
        if kind in ("concern", "negation", "neutral"):
            part, scenario_index = scenario_index, scenario_index + 1
        segs = doc.render(template, cast, part)
        if kind in ("opening", "closing"):
            framing.extend(segs)
        previous = kind
    level = 0.0 if rng.random() < 0.2 else voice.noise * rng.uniform(0.3, 1.5)
    add_noise(rng, doc.segs, min(level, 0.9))
    if voice.style == "au":
        third_person(doc.segs)
    elif voice.style == "chat":
        chatify(rng, doc.segs)
    elif voice.style == "chatlog":
        chatify(rng, framing)
    if doc.segs and doc.segs[0].label is None:
        doc.segs[0].text = doc.segs[0].text.lstrip()
    if doc.segs and doc.segs[-1].label is None:
        doc.segs[-1].text = doc.segs[-1].text.rstrip()
    return (*doc.build(), doc.parts())
