"""The slot grammar, the personal-data formats and the offset-safe noise."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from training.synth import pii
from training.synth.cast import Cast
from training.synth.noise import add_noise, chatify, third_person
from training.synth.render import Doc
from training.synth.voices import VOICE_BY_ID, VOICES

GRAMMAR_SLOTS = {
    "C": "PERSON",
    "C_full": "PERSON",
    "P1_name": "PERSON",
    "P2_name": "PERSON",
    "A_name": "PERSON",
    "SIB": "PERSON",
    "DATE": "DATE",
    "SCHOOL": "ORGANIZATION",
    "PRESCHOOL": "ORGANIZATION",
    "CLINIC": "ORGANIZATION",
    "CLUB": "ORGANIZATION",
    "ORG": "ORGANIZATION",
    "PLACE": "LOCATION",
    "ADDRESS": "ADDRESS",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "PNR": "ID_NUMBER",
    "CASENR": "ID_NUMBER",
    "han": None,
    "hon": None,
    "honom": None,
    "hans": None,
    "P1": None,
    "P2": None,
    "A": None,
    "SIB_role": None,
    "AGE": None,
    "RECENT": None,
    "PAST": None,
}


def cast(seed: int = 0, age: int = 9, voice: str = "skola_mentor") -> Cast:
    return Cast(random.Random(seed), "train", age, VOICE_BY_ID[voice])


@pytest.mark.parametrize(("slot", "label"), sorted(GRAMMAR_SLOTS.items()))
def test_every_grammar_slot_renders_with_its_label(slot, label):
    doc = Doc()
    doc.render(f"Det gäller {{{slot}}} här.", cast())
    text, spans = doc.build()
    assert [s["label"] for s in spans] == ([label] if label else [])
    assert "{" not in text


def test_child_is_stable_and_possessive_follows_swedish_rules():
    c = cast(3)
    doc = Doc()
    doc.render("Anmälan om {C_full}. Sedan skriver jag om {C} och {C:s} skola.", c)
    text, spans = doc.build()
    surfaces = [text[s["start"] : s["end"]] for s in spans]
    assert surfaces[0] == c.child.full
    names = {c.child.first} | ({c.nick.first} if c.nick else set())
    assert surfaces[-1] in {n + ("'" if n[-1] in "sxz" else "s") for n in names}


def test_pronouns_follow_the_childs_gender():
    for seed in range(20):
        c = cast(seed)
        doc = Doc()
        doc.render("Igår sa {han} att {honom} och {hans}", c)
        text, _ = doc.build()
        expected = ("han", "honom", "hans") if c.gender == "m" else ("hon", "henne", "hennes")
        assert text == "Igår sa {} att {} och {}".format(*expected)


def test_infant_age_is_written_in_months():
    doc = Doc()
    doc.render("Barnet är {AGE} år.", cast(age=0, voice="bvc"))
    assert re.fullmatch(r"Barnet är \d+ månader\.", doc.build()[0])


def test_unknown_slot_is_an_error():
    with pytest.raises(KeyError):
        Doc().render("{NOPE}", cast())


def test_every_bank_phrasing_and_voice_template_renders(scenarios):
    for scenario in scenarios:
        for phrasing in scenario.phrasings:
            doc = Doc()
            doc.render(phrasing, cast(1, max(scenario.min_age, 1)))
            assert "{" not in doc.build()[0], phrasing
    for voice in VOICES:
        for template in voice.openings + voice.closings:
            Doc().render(template, cast(2, max(voice.min_age, 6), voice.id))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.0, 1.0), st.sampled_from(["au", "chat", "plain"]))
def test_noise_keeps_every_span_exact(seed, level, style):
    rng = random.Random(seed)
    c = cast(seed)
    doc = Doc()
    doc.render(
        "Jag är mentor för {C_full}, {PNR}, på {SCHOOL}. Vänliga hälsningar och "
        "tack angående {C:s} lägenhet på {ADDRESS}, ring {PHONE} eller {EMAIL}. "
        "Mvh {R_name}",
        c,
    )
    before = [(s.text, s.label) for s in doc.segs if s.label]
    if style == "au":
        third_person(doc.segs)
    elif style == "chat":
        chatify(rng, doc.segs)
    add_noise(rng, doc.segs, level)
    text, spans = doc.build()
    after = [(text[s["start"] : s["end"]], s["label"]) for s in spans]
    assert [(t.lower(), lab) for t, lab in after] == [(t.lower(), lab) for t, lab in before]


@given(st.integers(0, 17), st.integers(0, 10_000), st.sampled_from("mf"))
def test_personnummer_is_luhn_valid_and_matches_birth_and_gender(age, seed, gender):
    rng = random.Random(seed)
    born = pii.birth_date(rng, age)
    number = pii.personnummer(rng, born, gender)
    digits = re.sub(r"\D", "", number)[-10:]
    total = 0
    for i, char in enumerate(digits):
        value = int(char) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    assert total % 10 == 0
    assert int(digits[8]) % 2 == (1 if gender == "m" else 0)
    assert digits[:4] == f"{born:%y%m}"
    assert int(digits[4:6]) in (born.day, born.day + 60)
    assert (pii.REFERENCE_DAY.year - born.year) - age in (0, 1)


@given(st.integers(0, 10_000))
def test_phone_numbers_have_plausible_digit_counts(seed):
    number = pii.phone(random.Random(seed))
    digits = re.sub(r"\D", "", number)
    assert 7 <= len(digits) <= 14
    assert number[0] in "0+("
