"""The default linear backend: fits, predicts calibrated probabilities, explains exactly."""

from dataclasses import replace

import numpy as np
import pytest
from scipy import sparse

from models import load_classifier, save_classifier
from models.features import concern_rows
from models.sentence_pool import windows
from models.tfidf import CUE_WEIGHT
from triage import explain
from triage.classifier import RISK_FACTORS, ModelInput


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


def test_sentence_model_learnt_from_the_passages(fitted):
    assert fitted.pool.fitted
    assert all(head.blend is not None for head in fitted.heads.values())


def test_contributions_are_exact_for_the_blended_head(fitted, data):
    """Features x centred weights + the pooled windows x their weights + the centred
    constants = the centred logit of the label."""
    item = data[0][0]
    head = fitted.heads["urgency"]
    row, pooled = fitted.features([item]), fitted._pooled([item]).logits
    label = "akut"
    k = head.classes.index(label)
    total = float(row.data @ head.centred_weights(label)[row.indices])
    total += float(head.pool_weights(label) @ pooled[0, head.pool_columns])
    mix = head._mix()[k]
    base = head.logits(row)  # the linear logits, intercepts included
    intercepts = base[0] - head._base_weights() @ row.toarray()[0]
    blend_bias = head.blend.intercept_ - head.blend.intercept_.mean()
    order = list(head.blend.classes_).index(label)
    total += float(mix[: len(intercepts)] @ intercepts) + float(blend_bias[order])
    log_p = np.log(head.proba(row, pooled)[0])
    assert total == pytest.approx(log_p[k] - log_p.mean(), abs=1e-6)
    top = fitted.contributions(item, "urgency", label, top=5)
    assert all(weight > 0 for _, weight in top)
    assert [w for _, w in top] == sorted((w for _, w in top), reverse=True)


NEGATED = ModelInput(
    "Det finns ingen oro för missbruk. Pappa slog henne igår, inte bara en gång. Hon vågar "
    "inte gå hem\ninga tecken på våld enligt mamma. [PERSON_1] har aldrig varit borta från "
    "skolan och mår bra"
)


def test_occlusion_shortcut_matches_re_vectorising_every_variant(fitted, data):
    """The fast occlusion's linear logits equal those of the texts with a unit removed
    (negated words included: a negation's scope never crosses a sentence; cues as
    ``concern_rows`` reads them), and its window logits those the sentence model reads in
    a batch."""
    for item in [NEGATED, *data[0][:15]]:
        units = explain.units_of(item.text)
        variants = [item] + [
            replace(item, text=item.text[:s] + " " + item.text[e:]) for s, e in units
        ]
        fast = fitted.occluded_proba(item, units)
        slow = fitted.predict_proba(variants)
        assert np.allclose(fast.urgency[0], slow.urgency[0]) and np.allclose(
            fast.risk[0], slow.risk[0]
        )
        fast_terms, _ = fitted._row(item)  # row 0, remembered by the occlusion
        assert abs(fast_terms - fitted.features([item])).max() < 1e-12
        # the variants' own words and metadata; their cues as the occlusion reads them
        cues = fitted.cues.transform(concern_rows(item, units)) * CUE_WEIGHT
        features = sparse.hstack(
            fitted._text_blocks(variants) + [fitted._other_blocks(variants)[0], cues]
        )
        weights, bias, _ = fitted._stacked()
        expected = features @ weights + bias
        raw, _, window_logits, found = fitted._variant_logits(item, units)
        assert abs(raw - expected).max() < 1e-9
        batch = fitted.pool._scores([item.text], [found], fitted._window_features)
        # float32 (about 7 digits), summed in another order
        np.testing.assert_allclose(window_logits, batch, rtol=1e-4, atol=1e-4)


def test_occlusion_needs_units_of_whole_sentences(fitted):
    with pytest.raises(ValueError, match="whole sentences"):
        fitted.occluded_proba(NEGATED, [(3, 20)])


def test_occluded_windows_never_count_the_removed_unit(fitted, data):
    """Without a unit, a text's pooled logit is the best of the windows that do not touch
    it: never above the full text's, and the full text's where a unit lies elsewhere."""
    for item in data[0][:15]:
        units = explain.units_of(item.text)
        spans, runs = windows(item.text)
        scores = fitted.pool._scores([item.text], [(spans, runs)], fitted._window_features)
        pooled, rows = fitted.pool.pool_without(spans, runs, scores, units)
        assert (rows <= pooled.logits[0] + 1e-12).all()
        if len(units) > 3:  # a window spans at most three sentences
            assert np.allclose(rows.max(axis=0), pooled.logits[0])


def test_save_and_load_round_trip(fitted, data, tmp_path):
    save_classifier(fitted, tmp_path / "model")
    loaded = load_classifier(tmp_path / "model")
    before = fitted.predict_proba(data[0][:10])
    after = loaded.predict_proba(data[0][:10])
    assert np.allclose(before.urgency, after.urgency) and np.allclose(before.risk, after.risk)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="meta.json"):
        load_classifier(tmp_path)


def test_calibration_rows_lose_their_cues_only_in_some_rows(fitted, data):
    x = fitted.features(data[0][:200])
    first_cue = x.shape[1] - len(fitted.cues.vocabulary_)
    dropped = fitted._cues_dropped(x)
    assert abs(dropped[:, :first_cue] - x[:, :first_cue]).max() == 0
    had = np.diff(x[:, first_cue:].tocsr().indptr) > 0
    kept = np.diff(dropped[:, first_cue:].tocsr().indptr) > 0
    assert not (kept & ~had).any()
    assert 0.3 < (had & ~kept).sum() / had.sum() < 0.7


def test_risk_heads_run_as_one_exactly_as_each_head(fitted, data):
    """The vectorised risk blends equal each head's own ``proba``."""
    x = fitted.features(data[0][:30])
    pooled = fitted._pooled(data[0][:30]).logits
    got = fitted._proba(x, pooled).risk
    assert fitted._risk_blends() is not None  # the vectorised path ran
    for k, factor in enumerate(RISK_FACTORS):
        expected = fitted.heads[f"risk:{factor.value}"].proba(x, pooled)[:, 1]
        np.testing.assert_allclose(got[:, k], expected, rtol=1e-9, atol=1e-12)
