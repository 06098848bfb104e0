"""The test split uses phrasings, openings, background families and names train never saw."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from training.synth.background import BACKGROUNDS
from training.synth.generate import material
from training.synth.names import gazetteer_names, heldout_names, pools
from training.synth.pii import vocabulary
from training.synth.split import (
    DEV,
    TEST,
    TRAIN,
    family_splits,
    indexed_split,
    name_split,
    phrasing_splits,
    voice_splits,
)
from training.synth.voices import VOICES


def used_templates(drafted) -> set[tuple[str, str]]:
    return {item for _, draft in drafted for item in draft.templates if item[1]}


def test_test_records_share_no_template_with_train_records(train_drafted, test_drafted):
    train = {t for _, t in used_templates(train_drafted)}
    test = {t for _, t in used_templates(test_drafted)}
    assert test and not (train & test)


def test_test_material_is_disjoint_from_train_material(scenarios):
    train, test = material(TRAIN, scenarios), material(TEST, scenarios)

    def texts(mat):
        pools = (mat.concerns, mat.negations, mat.neutrals)
        out = {p for pool in pools for _, phrasings in pool for p in phrasings}
        out |= {t for _, o, c in mat.voices for t in o + c}
        return out | {s for b in mat.backgrounds for s in b.sentences}

    assert not texts(train) & texts(test)
    assert not {b.family for b in train.backgrounds} & {b.family for b in test.backgrounds}


def test_dev_phrasings_are_neither_train_nor_test_phrasings(scenarios):
    train, dev, test = (material(s, scenarios) for s in (TRAIN, DEV, TEST))

    def phrasings(mat):
        pools = (mat.concerns, mat.negations, mat.neutrals)
        return {p for pool in pools for _, ps in pool for p in ps}

    assert phrasings(dev)
    assert not phrasings(dev) & phrasings(train)
    assert not phrasings(dev) & phrasings(test)
    assert dev.voices == train.voices and dev.backgrounds == train.backgrounds


def test_every_scenario_and_voice_has_test_material(scenarios):
    for s in scenarios:
        sides = phrasing_splits(s.family, len(s.phrasings))
        assert TEST in sides and TRAIN in sides, s.family
        assert DEV in sides or sides.count(TRAIN) == 1, s.family
    for voice in VOICES:
        for kind, items in (("opening", voice.openings), ("closing", voice.closings)):
            assert len(items) >= 6, (voice.id, kind)
            sides = voice_splits(voice.id, kind, len(items))
            assert TEST in sides and TRAIN in sides, (voice.id, kind)
    sides = family_splits([b.family for b in BACKGROUNDS])
    assert TEST in sides.values() and TRAIN in sides.values()


def test_gazetteer_holds_train_names_only():
    gazetteer = gazetteer_names()
    assert set(gazetteer) == {"first", "last"}
    assert len(gazetteer["first"]) > 1000 and len(gazetteer["last"]) > 1000
    shipped = {n.lower() for names in gazetteer.values() for n in names}
    assert not shipped & heldout_names()


def test_name_pools_share_no_token():
    def tokens(split):
        return {
            t
            for lists in pools(split).values()
            for kind in lists.values()
            for n in kind
            for t in re.split(r"[\s\-']+", n.lower())
            if len(t) > 2
        }

    assert not tokens(TRAIN) & tokens(TEST)


def test_test_records_use_test_pool_names_only(test_records):
    pool = heldout_names()

    def from_test_pool(token: str) -> bool:
        bare = token.rstrip("'")
        initials = re.fullmatch(r"\w\.?|\w\w|\w\.\w\.", bare) is not None
        return initials or bare in pool or (bare.endswith("s") and bare[:-1] in pool)

    for record in test_records:
        for span in record["pii"]:
            if span["label"] == "PERSON":
                surface = record["text"][span["start"] : span["end"]].lower()
                assert all(from_test_pool(t) for t in surface.split()), (record["id"], surface)


def test_place_and_school_stems_are_split():
    train, test = vocabulary(TRAIN), vocabulary(TEST)
    assert not set(train["stems"]) & set(test["stems"])
    assert not set(train["nouns"]) & set(test["nouns"])
    assert not set(train["places"]) & set(test["places"])


@given(
    st.text(min_size=1, max_size=30),
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=2, max_value=6),
)
def test_indexed_split_keeps_both_sides(key, n, period):
    sides = indexed_split(key, n, period)
    assert len(sides) == n and TRAIN in sides
    if n >= 2:
        assert TEST in sides


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäö", min_size=2, max_size=12))
def test_name_split_is_stable_and_case_insensitive(name):
    assert name_split(name) == name_split(name.upper()) == name_split(name)
