"""The default linear backend: fits, predicts calibrated probabilities, explains exactly."""

from dataclasses import replace

import numpy as np
import pytest

from models import load_classifier, save_classifier
from triage import explain


def test_probabilities_shapes_and_normalisation(fitted, data):
    probs = fitted.predict_proba(data[0][:20])
    assert probs.urgency.shape == (20, 3) and probs.route.shape == (20, 2)
    assert probs.risk.shape == (20, 13)
    assert np.allclose(probs.urgency.sum(axis=1), 1) and np.allclose(probs.route.sum(axis=1), 1)
    assert ((probs.risk >= 0) & (probs.risk <= 1)).all()


def test_fits_its_training_data_better_than_chance(fitted, data):
    inputs, labels = data
    predicted = fitted.predict_proba(inputs).urgency.argmax(axis=1)
    gold = np.array([["akut", "skyndsam", "normal"].index(u) for u in labels.urgency])
    assert (predicted == gold).mean() > 0.8


def test_contributions_are_exact_for_the_linear_head(fitted, data):
    item = data[0][0]
    head = fitted.heads["urgency"]
    row = fitted.features([item])
    label = "akut"
    weights = head.centred_weights(label)
    total = float(row.data @ weights[row.indices])
    logits = head.logits(row)[0] / head.temperature
    k = head.classes.index(label)
    centred_bias = (head.model.intercept_[k] - head.model.intercept_.mean()) / head.temperature
    assert total + centred_bias == pytest.approx(logits[k] - logits.mean(), abs=1e-6)
    top = fitted.contributions(item, "urgency", label, top=5)
    assert all(weight > 0 for _, weight in top)
    assert [w for _, w in top] == sorted((w for _, w in top), reverse=True)


def test_occlusion_shortcut_matches_re_vectorising_every_variant(fitted, data):
    """The fast occlusion's term features equal those of the texts with a unit removed."""
    words, chars = len(fitted.word.vocabulary_), len(fitted.char.vocabulary_)
    for item in data[0][:15]:
        units = explain.units_of(item.text)
        variants = [item] + [
            replace(item, text=item.text[:s] + " " + item.text[e:]) for s, e in units
        ]
        fast = fitted.occluded_proba(item, units)
        slow = fitted.predict_proba(variants)
        assert np.allclose(fast.urgency[0], slow.urgency[0]) and np.allclose(
            fast.risk[0], slow.risk[0]
        )
        fast_terms = fitted._row(item)  # row 0, remembered by the occlusion
        assert abs(fast_terms - fitted.features([item])).max() < 1e-12
        expected = fitted.features(variants)[:, : words + chars]
        got = _occlusion_matrix(fitted, item, units)[:, : words + chars]
        assert abs(got - expected).max() < 1e-9


def _occlusion_matrix(fitted, item, units):
    """The feature matrix the fast occlusion scores (captured from the heads' input)."""
    captured = []
    original = fitted._proba
    fitted._proba = lambda x: captured.append(x) or original(x)
    try:
        fitted.occluded_proba(item, units)
    finally:
        del fitted._proba
    return captured[0]


def test_save_and_load_round_trip(fitted, data, tmp_path):
    save_classifier(fitted, tmp_path / "model")
    loaded = load_classifier(tmp_path / "model")
    before = fitted.predict_proba(data[0][:10])
    after = loaded.predict_proba(data[0][:10])
    assert np.allclose(before.urgency, after.urgency) and np.allclose(before.risk, after.risk)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="meta.json"):
        load_classifier(tmp_path)
