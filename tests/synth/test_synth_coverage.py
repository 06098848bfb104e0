"""The corpus is varied: voices, risk factors, PII classes and formats, lengths, registers."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from triage.schema import PiiLabel, ReporterType, RiskFactor


def test_at_least_ten_voices_are_present(train_records):
    voices = {r["families"][-1] for r in train_records}
    assert len(voices) >= 10


def test_all_risk_factors_present_in_2000_records(train_records):
    assert len(train_records) >= 2000
    found = {f for r in train_records for f in r["risk_factors"]}
    assert found == {r.value for r in RiskFactor}


@pytest.mark.parametrize("records", ["train_records", "test_records"])
def test_all_pii_classes_present(records, request):
    found = {s["label"] for r in request.getfixturevalue(records) for s in r["pii"]}
    assert found == {label.value for label in PiiLabel}


def test_reporter_types_and_labels_are_spread(train_records):
    types = Counter(r["reporter_type"] for r in train_records)
    assert len(types) >= 8
    assert set(types) <= {t.value for t in ReporterType}
    for key in ("urgency", "route"):
        counts = Counter(r[key] for r in train_records)
        assert min(counts.values()) > len(train_records) * 0.05, (key, counts)


def test_lengths_run_from_one_line_to_about_400_words(train_records):
    words = sorted(len(r["text"].split()) for r in train_records)
    assert words[0] <= 25
    assert 250 <= words[-1] <= 480


def surfaces(records, label) -> list[str]:
    return [
        r["text"][s["start"] : s["end"]] for r in records for s in r["pii"] if s["label"] == label
    ]


@pytest.mark.parametrize(
    ("label", "pattern"),
    [
        ("PHONE", r"07\d-\d{3} \d\d \d\d"),  # 070-123 45 67
        ("PHONE", r"07\d{8}"),  # 0701234567
        ("PHONE", r"\+46 7\d \d{3} \d\d \d\d"),  # +46 70 123 45 67
        ("PHONE", r"\+46\(0\)7\d-\d{7}"),  # +46(0)70-1234567
        ("PHONE", r"0046 7\d .*"),  # 0046 70 ...
        ("PHONE", r"08-\d{3} \d{3} \d\d"),  # 08-123 456 78
        ("PHONE", r"0\d{3}-\d{3} \d\d"),  # 0431-123 45
        ("ID_NUMBER", r"\d{6}-\d{4}"),  # YYMMDD-NNNN
        ("ID_NUMBER", r"(19|20)\d{10}"),  # YYYYMMDDNNNN
        ("ID_NUMBER", r"\d{6}\+\d{4}"),  # YYMMDD+NNNN
        ("ID_NUMBER", r"\d{6} \d{4}"),  # YYMMDD NNNN
        ("ID_NUMBER", r"\d{4}(6|7|8|9)\d-\d{4}"),  # samordningsnummer (day + 60)
        (
            "DATE",
            r"\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|"
            r"oktober|november|december)( \d{4})?",
        ),
        ("DATE", r"20\d\d-\d\d-\d\d"),
        ("ADDRESS", r".* lgh\.? \d{4}.*"),
        ("ADDRESS", r"c/o .*"),
        ("ADDRESS", r".*\d{3} ?\d\d \w.*"),
        ("ORGANIZATION", r"\w+skolan"),
        ("ORGANIZATION", r"[Ff]örskolan \w+"),
        ("ORGANIZATION", r"Vårdcentralen \w+"),
        ("LOCATION", r"\w+(torget|parken)"),
    ],
)
def test_many_formats_of_personal_data(all_records, label, pattern):
    assert any(re.fullmatch(pattern, s) for s in surfaces(all_records, label)), pattern


def test_names_appear_lower_case_possessive_and_as_word_names(all_records):
    names = surfaces(all_records, "PERSON")
    assert any(n.islower() for n in names)
    assert any(n.endswith("s") or n.endswith("'") for n in names)
    words = {"sten", "björn", "ask", "lo", "liv", "my", "bo", "ros", "sol", "viola", "stig"}
    assert words & {n.lower() for n in names}


def test_registers_differ(all_records):
    by_voice = {}
    for r in all_records:
        by_voice.setdefault(r["families"][-1], []).append(r["text"])
    assert any("AU " in t for t in by_voice["voice:anonym_au"])
    chat = " ".join(by_voice["voice:kompis_chatt"])
    assert chat == chat.lower() and re.search("[😔😢😭🙏💔😬😞🥺]", chat)
    assert any("Underrättelse" in t or "UNDERRÄTTELSE" in t for t in by_voice["voice:polis"])
