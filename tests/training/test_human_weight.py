"""Referrals people wrote count more in fitting than generated ones."""

import json

from training import data
from training.train import HUMAN_REPEAT, _weighted
from triage.classifier import Labels


def test_records_without_a_generator_split_are_human_and_count_more(tmp_path):
    labels = {"urgency": "akut", "route": "utredning"}
    generated = {"id": "g1", "text": "Pappa slog henne.", **labels}
    written = {"id": "h1", "text": "Hon vågar inte gå hem.", **labels}
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({**generated, "split": "train"}) + "\n" + json.dumps(written) + "\n",
        encoding="utf-8",
    )
    dataset = data.load([path])
    assert dataset.human_written() == {"h1"}
    records = dataset.subset("train")
    gold = Labels(["akut", "skyndsam"], ["utredning", "utredning"], [[], ["vald_mot_barn"]])
    inputs, weighted = _weighted(records, ["g", "h"], gold, dataset)
    assert inputs == ["g"] + ["h"] * HUMAN_REPEAT
    assert weighted.urgency == ["akut"] + ["skyndsam"] * HUMAN_REPEAT
    assert weighted.risk_factors == [[]] + [["vald_mot_barn"]] * HUMAN_REPEAT
