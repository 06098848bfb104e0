"""The linear NER's word table gives the same scores as summing each word's features."""

import threading

import numpy as np
import pytest
import spacy

from triage.pseudonymize import linear_ner
from triage.pseudonymize.linear_ner import TAGS, LinearNer
from triage.pseudonymize.ner_features import PAD, SLOTS, word_features

FEATURES = ["b", "w=anna", "title", "gaz_first", "role", "w=mamma", "s2=na", "sh=Xx"]
TEXTS = [
    "Mamma Anna ringde i dag.",
    "Anna och Bo bor i Uppsala, Anna går i skolan.",
    "Eleven mår bra.",
    "",
]


@pytest.fixture
def nlp():
    return spacy.blank("sv")


@pytest.fixture
def ner():
    rng = np.random.default_rng(3)
    model = LinearNer(None)
    vocabulary = {f: i + 1 for i, f in enumerate(FEATURES)}
    weights = rng.normal(size=(len(SLOTS), len(vocabulary) + 1, len(TAGS)))
    model.set_model(vocabulary, weights, frozenset({"anna", "bo"}), frozenset())
    return model


def expected_scores(ner: LinearNer, words: list[str]) -> np.ndarray:
    """Each token's score: the sum over the window's slots of that slot's word scores."""
    padded = [PAD, PAD, *words, PAD, PAD]
    return np.array(
        [
            sum(ner.word_scores(padded[2 + i + offset])[s] for s, offset in enumerate(SLOTS))
            for i in range(len(words))
        ],
        dtype=np.float32,
    ).reshape(len(words), len(TAGS))


def test_scores_equal_the_window_sums_of_word_scores(nlp, ner):
    for text in TEXTS * 2:  # the second time every word form comes from the table
        doc = nlp.make_doc(text)
        got = ner.scores(doc)
        assert got.shape == (len(doc), len(TAGS))
        np.testing.assert_allclose(got, expected_scores(ner, [t.text for t in doc]), rtol=1e-5)


def test_a_full_table_starts_over_and_still_scores_right(nlp, ner, monkeypatch):
    monkeypatch.setattr(linear_ner, "MAX_WORDS", 12)
    for text in TEXTS * 3:
        doc = nlp.make_doc(text)
        np.testing.assert_allclose(
            ner.scores(doc), expected_scores(ner, [t.text for t in doc]), rtol=1e-5
        )
        assert len(ner._rows) <= 12


def test_threads_reading_new_words_at_once_get_their_own_scores(nlp, ner):
    docs = [nlp.make_doc(f"Ord{i} och namn{i} står här nummer {i}.") for i in range(400)]
    results: dict[int, np.ndarray] = {}

    def work(part: int) -> None:
        for i in range(part, len(docs), 4):
            results[i] = ner.scores(docs[i])

    threads = [threading.Thread(target=work, args=(p,)) for p in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for i, doc in enumerate(docs):
        np.testing.assert_allclose(
            results[i], expected_scores(ner, [t.text for t in doc]), rtol=1e-5
        )


def test_words_are_scored_together_as_one_by_one(ner):
    words = ["Anna", "bo", "mamma", "070-123", "Anna", "<pad>", "x"]
    together = ner.words_scores(words)
    assert together.shape == (len(words), len(SLOTS), len(TAGS))
    for word, scores in zip(words, together, strict=True):
        expected = ner.weights[
            :,
            [
                ner.vocab_index.get(f, 0)
                for f in word_features(word, ner.first_names, ner.last_names)
            ],
        ]
        np.testing.assert_allclose(scores, expected.sum(axis=1), rtol=1e-5, atol=1e-6)
