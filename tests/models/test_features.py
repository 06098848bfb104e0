"""Concern features of occlusion variants: worked out once, equal to reading each variant."""

from dataclasses import replace

import numpy as np
from sklearn.feature_extraction import DictVectorizer

from models.features import concern_block, concern_features, concern_rows, normalise, readable
from models.tfidf import _indicators
from triage import explain
from triage.classifier import ModelInput
from triage.concerns import extract

TEXT = (
    "Mamma ringde i morse. [PERSON_1] berättade att pappa slog henne igår och att hon "
    "inte vågar gå hem. Pappa dricker mycket alkohol. Hon har hög frånvaro i skolan. "
    "För två år sedan slog styvpappa mamma, men han har flyttat ut. Inga tecken på droger."
)


def _slow_rows(item, units):
    """Each variant as its own text, its findings shifted as the text moved."""
    findings = extract(item.text)
    rows = [concern_features(item, findings)]
    for s, e in units:
        shift = e - s - 1
        variant = replace(item, text=item.text[:s] + " " + item.text[e:])
        kept = [
            f if f.start < s else replace(f, start=f.start - shift, end=f.end - shift)
            for f in findings
            if f.end <= s or f.start >= e
        ]
        rows.append(concern_features(variant, kept))
    return rows


def test_variant_rows_equal_reading_each_variant():
    item = ModelInput(TEXT, "skola", 8)
    units = explain.units_of(TEXT)
    fast = concern_rows(item, units)
    assert fast == _slow_rows(item, units)
    assert any("regel:" in key for key in fast[0])  # rules are part of the rows
    assert len({frozenset(row) for row in fast}) > 2  # removing sentences changes rows


def test_indicator_matrix_equals_dict_vectoriser():
    item = ModelInput(TEXT, None, None)
    rows = concern_rows(item, explain.units_of(TEXT))
    vectoriser = DictVectorizer().fit(rows[-1:])  # other rows hold keys it never saw
    assert any(set(row) - set(vectoriser.vocabulary_) for row in rows)
    block = _indicators(vectoriser, rows)
    dense = np.zeros((len(rows), len(vectoriser.vocabulary_)))
    dense[:, block.columns] = block.values
    np.testing.assert_array_equal(dense, vectoriser.transform(rows).toarray())


def test_the_cue_block_equals_the_rows_vectorised(data):
    for item in [ModelInput(TEXT, "skola", 8), *data[0][:40]]:
        units = explain.units_of(item.text)
        rows = concern_rows(item, units)
        # fitted on every row, and on one (the other rows hold keys it never saw)
        for vectoriser in (DictVectorizer().fit(rows), DictVectorizer().fit(rows[-1:])):
            columns, values = concern_block(item, units, vectoriser.vocabulary_)
            dense = np.zeros((len(rows), len(vectoriser.vocabulary_)))
            dense[:, columns] = values
            np.testing.assert_array_equal(dense, vectoriser.transform(rows).toarray())


def test_negation_marks_the_words_it_governs_within_its_clause():
    assert normalise("Det finns ingen oro för missbruk hos [PERSON_2]s mamma.") == (
        "det finns ingen ORO FÖR MISSBRUK HOS  person  mamma."
    )
    assert normalise("Hon vågar inte gå hem, pappa slår henne.") == (
        "hon vågar inte GÅ HEM, pappa slår henne."
    )
    assert normalise("Han slår inte bara henne.") == "han slår inte bara henne."
    assert normalise("Inga skador och hon berättar om slag.") == (
        "inga SKADOR och hon berättar om slag."
    )
    assert normalise("Hon förnekade självmordstankar, men mår dåligt.") == (
        "hon förnekade SJÄLVMORDSTANKAR, men mår dåligt."
    )
    assert readable("ingen ORO") == "ingen ¬oro"


def test_violence_by_the_child_at_someone_else_is_a_feature_of_its_own():
    by_child = concern_features(ModelInput("[PERSON_1] slog en främmande person igår.", None, 15))
    at_child = concern_features(ModelInput("Pappa slog [PERSON_1] igår.", None, 15))
    assert "cue:violence|mot annan" in by_child
    assert "cue:violence|mot annan" not in at_child
