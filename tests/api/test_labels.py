"""Swedish display names of model features in the web form."""

from api.web.labels import CUE, term
from triage.concerns import lexicon
from triage.rules import RULES


def test_every_concern_cue_has_a_swedish_name():
    assert set(lexicon.CUES) <= set(CUE)


def test_a_cue_feature_reads_in_swedish_with_its_qualifier():
    assert term("cue:school_absence|trovärdig") == "skolfrånvaro (trovärdig)"
    assert term("cue:neglect|sent i texten") == "omsorgsbrist (sent i texten)"


def test_a_rule_feature_reads_as_the_rule_description():
    rule = next(r for r in RULES if r.id == "vald_mot_barn")
    assert term("regel:vald_mot_barn") == "säkerhetsregel: " + rule.description.lower()
    assert term("regel:okand_regel") == "säkerhetsregel: okand regel"
