"""``data.pseudonymise`` runs other work of this process while its workers pseudonymise."""

import pytest

from training import data
from training.synth.generate import generate_records
from triage.schema import Referral


@pytest.mark.parametrize("n", [20, data.PARALLEL_FROM])  # in this process; forked workers
def test_meanwhile_runs_once_and_results_keep_their_order(pseudonymizer, n):
    records = [Referral.model_validate(r) for r in generate_records(n, seed=11, split="train")]
    calls = []
    results = data.pseudonymise(records, pseudonymizer, meanwhile=lambda: calls.append(1))
    assert calls == [1]
    assert [r.text for r in results] == [pseudonymizer.pseudonymize(x.text).text for x in records]
