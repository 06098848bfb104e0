"""Counting sentence by sentence gives exactly the counts of re-vectorising each variant."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from models.char_counts import CharCounter
from models.features import normalise
from models.sentence_terms import Block, SentenceTerms, tfidf, tfidf_product

SENTENCES = [
    "Pappa slog [PERSON_1] igår.",
    "Det finns ingen oro för missbruk",
    "Hon vågar inte gå hem, inte bara en gång!",
    "[PERSON_2]s mamma dricker",
    "!!!",
    "Inga tecken på våld enligt mamma?",
    "mår bra",
    "ej",
]
SEPARATORS = [" ", "\n", "\n\n", "  \n ", "\t"]
TRAIN = [normalise(s + " " + t) for s in SENTENCES for t in SENTENCES]


@pytest.fixture(scope="module")
def vectorisers():
    word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=False).fit(TRAIN)
    char = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=False
    ).fit(TRAIN)
    return word, char


def _dense(block: Block, width: int) -> np.ndarray:
    matrix = np.zeros((len(block.values), width))
    matrix[:, block.columns] = block.values
    return matrix


texts = st.lists(
    st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)), min_size=1, max_size=7
).map(lambda parts: "".join(s + sep for s, sep in parts).rstrip())


@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_variants_and_windows_equal_re_vectorising(vectorisers, text):
    word, char = vectorisers
    terms = SentenceTerms(text, word, CharCounter(char))
    n = len(terms.spans)
    runs = [(a, b) for a in range(n) for b in range(a + 1, min(a + 3, n) + 1)]
    word_counts, char_counts = terms.counts(runs, runs)
    cut_rows = slice(len(runs) + 1)  # the whole text, then without each run

    def cut(a, b):
        return text[: terms.spans[a][0]] + " " + text[terms.spans[b - 1][1] :]

    variants = [normalise(text)] + [normalise(cut(a, b)) for a, b in runs]
    pieces = [[normalise(text[s:e]) for s, e in terms.spans[a:b]] for a, b in runs]
    for vectoriser, counts in ((word, word_counts), (char, char_counts)):
        width = len(vectoriser.vocabulary_)
        got = _dense(counts, width)
        expected = CountVectorizer.transform(vectoriser, variants).toarray()
        np.testing.assert_array_equal(got[cut_rows], expected)
        summed = [CountVectorizer.transform(vectoriser, p).toarray().sum(axis=0) for p in pieces]
        np.testing.assert_array_equal(got[len(runs) + 1 :], np.array(summed).reshape(-1, width))
        weighted = _dense(tfidf(vectoriser, counts, cut_rows), width)
        np.testing.assert_allclose(weighted, vectoriser.transform(variants).toarray(), atol=1e-12)
        weights = np.random.default_rng(0).normal(size=(width, 3))
        product = tfidf_product(vectoriser, counts, cut_rows, weights)
        np.testing.assert_allclose(product, weighted @ weights, atol=1e-9)


def test_units_must_be_whole_sentences(vectorisers):
    word, char = vectorisers
    terms = SentenceTerms("Pappa slog henne. Hon är rädd.", word, CharCounter(char))
    assert terms.index([(0, 17), (18, 30)]) == [(0, 1), (1, 2)]
    assert terms.index([(0, 30)]) == [(0, 2)]
    with pytest.raises(ValueError, match="whole sentences"):
        terms.index([(0, 5)])


@pytest.mark.parametrize("times", [2, 255, 256, 300])  # looked up below 256, computed above
def test_a_term_counted_many_times_weighs_as_in_scikit_learn(vectorisers, times):
    word, char = vectorisers
    text = " ".join(["mår bra."] * times)  # the whole text counts "mår" ``times`` times
    terms = SentenceTerms(text, word, CharCounter(char))
    word_counts, _ = terms.counts([], [])
    expected = word.transform([normalise(text)]).toarray()
    np.testing.assert_allclose(_dense(tfidf(word, word_counts), len(word.vocabulary_)), expected)
