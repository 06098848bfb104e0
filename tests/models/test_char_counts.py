"""The cached character n-gram counter equals scikit-learn's counting exactly."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from models.char_counts import CharCounter
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
