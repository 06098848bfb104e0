"""The cached character n-gram counter and fit equal scikit-learn's exactly."""

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from models.char_counts import CharCounter, fit_counts
from models.tfidf import _tfidf

TRAIN = [
    "mamma slog [person] i ansiktet igår kväll",
    "pappa dricker mycket och barnen är rädda",
    "eleven har hög frånvaro sedan i höstas",
    "hon säger att hon inte vågar gå hem",
] * 3
TEXTS = [
    "mamma slog igen, barnen är rädda",
    "",
    "   \n\t ",
    "a",
    "ö å ä ab",
    "hon\u00a0vågar\tinte  gå\n\nhem",
    "okända ord helt utanför vokabulären",
]


@pytest.fixture
def vectoriser():
    return TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True).fit(
        TRAIN
    )


def test_counts_equal_sklearn_and_stay_equal_from_the_cache(vectoriser):
    counter = CharCounter(vectoriser)
    expected = CountVectorizer.transform(vectoriser, TEXTS).toarray()
    for _ in range(2):  # the second pass reads every word from the cache
        got = counter.counts(TEXTS)
        assert got.shape == expected.shape
        np.testing.assert_array_equal(got.toarray(), expected)


def test_tfidf_of_the_counts_equals_transform(vectoriser):
    got = _tfidf(vectoriser, CharCounter(vectoriser).counts(TEXTS))
    np.testing.assert_allclose(got.toarray(), vectoriser.transform(TEXTS).toarray(), atol=1e-12)


def test_only_char_wb_vectorisers():
    with pytest.raises(ValueError, match="char_wb"):
        CharCounter(TfidfVectorizer().fit(TRAIN))


# words repeated across texts, a NBSP and a tab, words shorter than the n-grams, and many
# terms of equal frequency: the max_features cut has ties to break as sklearn does
CORPUS = TRAIN + TEXTS + [f"ord{i} och ord{i % 7} samt {i}" for i in range(40)]


@pytest.mark.parametrize(
    "options",
    [
        {"min_df": 1},
        {"min_df": 2},
        {"min_df": 3, "max_features": 60},
        {"min_df": 0.05, "max_df": 0.5},
        {"min_df": 2, "max_df": 10, "max_features": 25},
    ],
)
def test_fit_counts_fits_as_sklearn_does(options):
    base = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, **options)
    expected = clone(base).fit(CORPUS)
    fitted = clone(base)
    counts = fit_counts(fitted, CORPUS)
    assert fitted.vocabulary_ == expected.vocabulary_
    np.testing.assert_array_equal(fitted.idf_, expected.idf_)
    np.testing.assert_array_equal(
        counts.toarray(), CountVectorizer.transform(expected, CORPUS).toarray()
    )
    np.testing.assert_allclose(
        fitted.transform(TEXTS).toarray(), expected.transform(TEXTS).toarray(), atol=1e-12
    )


def test_fit_counts_only_for_char_wb():
    with pytest.raises(ValueError, match="char_wb"):
        fit_counts(TfidfVectorizer(), TRAIN)
