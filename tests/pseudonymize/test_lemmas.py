"""The compact lemma table gives exactly spaCy's lookup lemmas, in a fraction of the memory."""

import shutil

import pytest
import spacy

from triage.pseudonymize.lemmas import FILE, LemmaTable
from triage.pseudonymize.nlp import blank_pipeline, load_pipeline
from triage.settings import get_settings

TEXT = (
    "Mamman ringde i går och berättade att pojkarna inte vågade gå hem. Barnen har "
    "blåmärken, skolsköterskan såg dem. Hon sa: ”vi orkar inte mer”. Xqzt Öqvist 123!"
)


@pytest.fixture(scope="module")
def shipped() -> LemmaTable:
    return LemmaTable.load(get_settings().ner_model_dir)


def test_lemmas_match_spacys_lookup_lemmatizer(shipped):
    reference = spacy.blank("sv")
    reference.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    nlp = blank_pipeline(get_settings().ner_model_dir)
    ours = [t.lemma_ for t in nlp(TEXT)]
    assert ours == [t.lemma_ for t in reference(nlp.make_doc(TEXT))]
    assert "ringa" in ours and "Xqzt" in ours  # a lemma ("ringde"), an unknown form as is


def test_membership_and_positions(shipped):
    assert "pojkarna" in shipped and "pojke" in shipped.lemma_set
    assert "xqztöqvist" not in shipped and 42 not in shipped
    assert shipped.positions(shipped.keys[:3].copy()).tolist() == [0, 1, 2]
    missing = shipped.keys[:1] + 1  # 64-bit hashes: the next integer is not a form
    assert shipped.positions(missing).tolist() == [-1]


def test_save_and_load_round_trip(shipped, tmp_path):
    shipped.save(tmp_path)
    again = LemmaTable.load(tmp_path)
    assert (again.keys == shipped.keys).all() and (again.lemma_ids == shipped.lemma_ids).all()
    assert again.lemmas == shipped.lemmas


def test_a_model_without_the_table_still_loads_with_the_same_lemmas(tmp_path):
    ner_dir = get_settings().ner_model_dir
    old = tmp_path / "ner"
    shutil.copytree(ner_dir, old, ignore=shutil.ignore_patterns(FILE))
    assert [t.lemma_ for t in load_pipeline(old)(TEXT)] == [
        t.lemma_ for t in load_pipeline(ner_dir)(TEXT)
    ]
