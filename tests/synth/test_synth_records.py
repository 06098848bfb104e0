"""Every record is a valid referral whose gold spans are exactly what the slots inserted."""

from __future__ import annotations

import re
from functools import cache

import pytest

from training.synth.names import ascii_variant, nicknames, raw_lists
from training.synth.split import SPLITS
from triage.schema import Referral

EXTRA_KEYS = {"split", "families"}


@cache
def name_tokens() -> frozenset[str]:
    """Every lower-cased name token any pool can produce (forms, nicknames, ASCII folds)."""
    tokens = set()
    for lists in raw_lists().values():
        for name in lists["m"] + lists["f"] + lists["last"] + lists.get("last_f", ()):
            for form in (
                name,
                ascii_variant(name),
                *nicknames(name, "train"),
                *nicknames(name, "test"),
            ):
                tokens.update(form.lower().split())
    return frozenset(tokens)


def is_name(surface: str) -> bool:
    """A person's name as the generator writes it: full, first, possessive, initials."""
    if re.fullmatch(r"[^\W\d_]{2}|([^\W\d_]\.){2}", surface):  # initials "AL", "A.L."
        return True
    known = name_tokens()
    for token in surface.lower().split():
        token = token.rstrip("'")
        # an initial ("A.", and "İ." whose lower case carries a combining dot)
        if not (token in known or token[:-1] in known or re.fullmatch(r"\w\u0307?\.", token)):
            return False
    return True


CHECKS = {
    "PERSON": is_name,
    "ID_NUMBER": lambda s: sum(c.isdigit() for c in s) >= 6,
    "PHONE": lambda s: (
        re.fullmatch(r"[+(]?[\d() /\-+]{6,}", s) is not None and sum(c.isdigit() for c in s) >= 7
    ),
    "EMAIL": lambda s: re.fullmatch(r"[\w.\-]+@[\w\-]+(\.[\w\-]+)+", s) is not None,
    "ADDRESS": lambda s: any(c.isdigit() for c in s),
    "DATE": lambda s: any(c.isdigit() for c in s),
    "ORGANIZATION": lambda s: s[:1].isalpha(),
    "LOCATION": lambda s: s[:1].isalpha(),
}


def test_every_record_validates_against_the_schema(all_records):
    for record in all_records:
        Referral.model_validate(record)
        assert record.keys() >= EXTRA_KEYS
        assert record["split"] in SPLITS
        assert record["families"][-1].startswith("voice:")


def test_ids_are_unique(all_records):
    ids = [r["id"] for r in all_records]
    assert len(ids) == len(set(ids))


def test_spans_are_sorted_non_overlapping_and_trimmed(all_records):
    for record in all_records:
        text, previous_end = record["text"], 0
        for span in record["pii"]:
            surface = text[span["start"] : span["end"]]
            assert span["start"] >= previous_end, record["id"]
            assert surface == surface.strip() and surface, (record["id"], surface)
            assert "\n" not in surface, (record["id"], surface)
            previous_end = span["end"]


@pytest.mark.parametrize("label", sorted(CHECKS))
def test_span_text_is_what_the_slot_inserted(all_records, label):
    seen = 0
    for record in all_records:
        for span in record["pii"]:
            if span["label"] == label:
                surface = record["text"][span["start"] : span["end"]]
                assert CHECKS[label](surface), (record["id"], label, surface)
                seen += 1
    assert seen > 0, f"no {label} spans generated"


def test_person_spans_carry_their_origin(all_records):
    origins = set()
    for record in all_records:
        for span in record["pii"]:
            assert ("origin" in span) == (span["label"] == "PERSON")
            origins.add(span.get("origin"))
    assert {"sv_SE", "list:somali", "list:arabic", "fi_FI", "list:sv_wordnames"} <= origins


def test_person_spans_are_not_role_words(all_records):
    roles = {"mamma", "pappa", "styvpappa", "mormor", "barnet", "läraren", "au"}
    for record in all_records:
        for span in record["pii"]:
            if span["label"] == "PERSON":
                assert record["text"][span["start"] : span["end"]].lower() not in roles


def test_child_age_is_plausible_for_the_voice(all_records):
    for record in all_records:
        voice = record["families"][-1]
        if record["child_age"] is not None and voice in ("voice:bvc", "voice:forskola"):
            assert record["child_age"] <= 6
