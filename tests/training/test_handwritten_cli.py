"""The hand-written referrals' converter: proofreading and help never write the JSONL."""

import pytest

from training import handwritten

RECORD = """### hwt-z-01
reporter_type: skola
child_age: 9
urgency: normal
route: forsta_linjen
risk_factors: skolfranvaro
---
[[Anna Svensson|PERSON]] har varit borta från skolan varannan dag sedan jullovet.
"""


@pytest.fixture
def sources(tmp_path, monkeypatch):
    """One source folder and its output file in place of the real ones."""
    folder = tmp_path / "handwritten"
    folder.mkdir()
    (folder / "set_z.txt").write_text(RECORD, encoding="utf-8")
    output = tmp_path / "handwritten.jsonl"
    monkeypatch.setattr(handwritten, "SETS", {folder: output})
    monkeypatch.setattr(handwritten, "ROOT", tmp_path)
    return folder / "set_z.txt", output


def test_check_prints_spans_and_writes_nothing(sources, capsys):
    source, output = sources
    assert handwritten.main(["--check", str(source)]) == 0
    assert "'Anna Svensson':PERSON" in capsys.readouterr().out
    assert not output.exists()


@pytest.mark.parametrize("argv", [["--help"], ["--chek", "x.txt"]])
def test_help_and_unknown_options_write_nothing(sources, argv):
    _, output = sources
    with pytest.raises(SystemExit):
        handwritten.main(argv)
    assert not output.exists()


def test_without_options_it_rebuilds_the_jsonl(sources):
    _, output = sources
    assert handwritten.main([]) == 0
    assert '"id": "hwt-z-01"' in output.read_text(encoding="utf-8")
