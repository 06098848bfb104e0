"""The `triage` command line: contracts other tooling depends on."""

import json

import pytest

from api import cli


@pytest.fixture
def run(monkeypatch, pseudonymizer, capsys):
    """Run the CLI in-process with the session's pseudonymiser."""
    monkeypatch.setattr(cli, "_load_pseudonymizer", lambda: pseudonymizer)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for command in ("pseudonymize", "evaluate-pii", "generate", "predict", "train", "promote"):
        assert command in out


def test_pseudonymize_contract_and_bad_lines(run, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"id": "a", "text": "Sara Lindqvist ringde fr\xc3\xa5n 070-123 45 67.", "extra": 1}\n'
        b"not json\n"
        b'{"id": "b", "text": ""}\n'
        b'{"id": "c", "text": "Inga personuppgifter h\xc3\xa4r."}\n'
    )
    out_file = tmp_path / "out.jsonl"
    code, _, err = run("pseudonymize", str(source), "-o", str(out_file))
    assert code == 1
    assert "line 2" in err and "line 3" in err
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "c"]
    assert set(rows[0]) == {"id", "pseudonymized_text", "pii"}
    assert set(rows[0]["pii"][0]) == {"start", "end", "label", "placeholder", "score"}
    assert "070-123" not in rows[0]["pseudonymized_text"]
    assert rows[1]["pseudonymized_text"] == "Inga personuppgifter här."


def test_pseudonymize_reads_stdin_and_writes_stdout(run, monkeypatch):
    import io
    import sys

    line = json.dumps({"id": "x", "text": "Omar Khalil, 120304-1234."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode())))
    code, out, _ = run("pseudonymize", "-")
    assert code == 0
    assert json.loads(out)["pseudonymized_text"] == "[PERSON_1], [ID_NUMBER_1]."


@pytest.mark.parametrize(
    ("text", "spans", "options"),
    [
        ("Mamma Lena Berg nås på 0701234567.", [(6, 15, "PERSON"), (23, 33, "PHONE")], ()),
        # every text lower-cased first: "vi bor på storgatan 5 b. ring …"
        (
            "Vi bor på Storgatan 5 B. Ring 0701234567.",
            [(10, 23, "ADDRESS"), (30, 40, "PHONE")],
            ("--lower-case",),
        ),
    ],
)
def test_evaluate_pii_prints_per_class_figures(run, tmp_path, text, spans, options):
    pii = [{"start": start, "end": end, "label": label} for start, end, label in spans]
    data = tmp_path / "gold.jsonl"
    data.write_text(json.dumps({"id": "r", "text": text, "pii": pii}) + "\n", encoding="utf-8")
    code, out, _ = run("evaluate-pii", str(data), "--json", *options)
    figures = json.loads(out)
    assert code == 0
    assert all(figures["per_class"][label]["recall"] == 1.0 for *_, label in spans)
    assert figures["direct_identifier_leak_rate"] == 0.0


def test_model_card_without_a_champion_says_so(run, tmp_path, monkeypatch):
    from triage.settings import get_settings

    monkeypatch.setenv("TRIAGE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    get_settings.cache_clear()
    try:
        code, out, err = run("model-card")
    finally:
        get_settings.cache_clear()
    assert code == 1 and out == ""
    assert "no model card for the alias 'champion'" in err
