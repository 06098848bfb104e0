"""The Lund example catalogue on the hand-written referrals' gold labels."""

import io

from training.check_services import SETS, check
from triage.municipality import EXAMPLES, load_municipality


def test_lund_names_a_service_for_every_forsta_linjen_case_and_none_for_akut():
    out = io.StringIO()
    failures = check(load_municipality(EXAMPLES / "lund.yaml").catalogue, SETS, out)
    report = out.getvalue()
    assert failures == 0, report
    blocks = report.split("\n\n")
    first_line = [b for b in blocks if "/forsta_linjen" in b.splitlines()[0]]
    acute = [b for b in blocks if b.splitlines()[0].split()[1:2] == ["akut/utredning"]]
    assert len(first_line) >= 60 and len(acute) >= 60
    assert all("-> service" in b for b in first_line)
    assert not any("-> service" in b for b in acute)
    # persons and identity numbers never reach the printed openings
    assert "[PERSON]" in report and "[ID_NUMBER]" in report
