"""The whole flow on one referral: pseudonymise, classify, apply rules, explain."""

import pytest

from triage.pipeline import WARM_UP_TEXTS, DecisionPolicy, Pipeline


def test_suggestion_carries_evidence_rules_and_only_pseudonymised_text(pseudonymizer, fitted):
    pipeline = Pipeline(pseudonymizer, fitted, DecisionPolicy())
    text = (
        "Hej, jag är mentor för Elsa Nyberg i klass 4B. Hon har varit glad hela terminen. "
        "I morse berättade Elsa att pappa slog henne igår och hon vågar inte gå hem ikväll."
    )
    suggestion = pipeline.suggest("r1", text, "skola", 10)
    assert suggestion.urgency.value == "akut" and suggestion.route.value == "utredning"
    assert {"vagar_inte_ga_hem", "aktuellt_vald_mot_barn"} <= set(suggestion.rules)
    assert "Elsa" not in suggestion.pseudonymized_text
    assert "Elsa" not in suggestion.model_dump_json()
    evidence = [hit.evidence for hit in suggestion.explanation.rules]
    assert any("vågar inte gå hem" in sentence for sentence in evidence)
    assert suggestion.model_version == "tfidf:test"
    assert abs(sum(suggestion.urgency_scores.values()) - 1) < 1e-3


def test_rule_that_raises_the_model_flags_careful_review(pseudonymizer, fitted):
    pipeline = Pipeline(pseudonymizer, fitted, DecisionPolicy(akut_threshold=1.01))
    suggestion = pipeline.suggest("r2", "Hon har sagt att hon vill dö och skrivit avskedsbrev.")
    assert suggestion.urgency.value == "akut"  # the threshold above 1 keeps the model below
    assert suggestion.explanation.model_urgency.value != "akut"
    assert suggestion.needs_careful_review
    assert "En säkerhetsregel ändrade modellens förslag." in suggestion.explanation.review_reasons


def test_warm_up_suggests_for_each_invented_referral_and_fails_loudly(pseudonymizer, fitted):
    seen: list[str] = []

    class Counting(Pipeline):
        def suggest(self, id, text, *args, **kwargs):
            suggestion = super().suggest(id, text, *args, **kwargs)
            seen.append(suggestion.pseudonymized_text)
            return suggestion

    Counting(pseudonymizer, fitted, DecisionPolicy()).warm_up()
    assert len(seen) == len(WARM_UP_TEXTS) >= 2
    assert all("[PERSON_1]" in text for text in seen[:2])  # the names are pseudonymised

    class Broken:  # a model that loads but cannot predict must not be served
        backend, version = "tfidf", "broken"

        def occluded_proba(self, *args):
            raise ValueError("corrupt weights")

    with pytest.raises(ValueError, match="corrupt weights"):
        Pipeline(pseudonymizer, Broken(), DecisionPolicy()).warm_up()
