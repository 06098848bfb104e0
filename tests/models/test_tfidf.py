"""The default linear backend: fits, predicts calibrated probabilities, explains exactly."""

import numpy as np
import pytest

from models import load_classifier, save_classifier


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


def test_save_and_load_round_trip(fitted, data, tmp_path):
    save_classifier(fitted, tmp_path / "model")
    loaded = load_classifier(tmp_path / "model")
    before = fitted.predict_proba(data[0][:10])
    after = loaded.predict_proba(data[0][:10])
    assert np.allclose(before.urgency, after.urgency) and np.allclose(before.risk, after.risk)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="meta.json"):
        load_classifier(tmp_path)
