"""`triage pseudonymize` and `triage predict` on hostile input: each bad line reported by its
number on stderr (without its text), the good lines still processed, exit code 1, no
traceback; no usable model: a clear message and exit code 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from api import cli
from triage.parallel import CHUNK
from triage.pipeline import DecisionPolicy, Pipeline
from triage.settings import get_settings

SECRET = "Åsa Lindqvist"  # a name that must never reach stderr
GOOD = {"id": "ok", "text": f"{SECRET} berättar att pappa slog henne igår."}
MEGABYTE = ("Pappa slog Åsa igår och hon vill inte gå hem. " * 22_000)[:1_000_000]


def line(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode() + b"\n"


# (line, what stderr says about it); each line is refused, whatever the command
HOSTILE = [
    (f'{{"id": "a", "text": "{SECRET}"}}\n'.encode("latin-1"), "not valid UTF-8"),
    (line({"id": "b", "text": f"{SECRET}\x00 slog"}), "NUL"),
    (b'{"id": "c", "text": "\x00\x00"}\n', "invalid JSON"),  # raw NUL bytes
    (line({"id": "d", "text": MEGABYTE}), "the limit is 200000"),
    (line({"id": "e", "text": ""}), "text is empty"),
    (line({"id": "f", "text": "\u00a0\u3000 \t"}), "text is empty"),
    (line({"id": "g", "text": 42}), "must be a string"),
    (line({"id": "h", "text": ["hej"]}), "must be a string"),
    (line([GOOD]), "expected a JSON object, got list"),
    (line("hej"), "expected a JSON object, got str"),
    (b"null\n", "expected a JSON object, got NoneType"),
    (line({"text": "Pappa slog Lisa."}), "missing field(s): id"),
    (b'{"id": "i", "text": "Pappa \\ud800 slog"}\n', "not valid Unicode"),
    (bytes(range(10)) + bytes(range(11, 256)) + b"\n", "not valid UTF-8"),  # binary
]
PREDICT_ONLY = [
    (line(GOOD | {"id": "j", "child_age": "tio"}), "child_age must be an integer"),
    (line(GOOD | {"id": "k", "child_age": True}), "child_age must be an integer"),
    (line(GOOD | {"id": "l", "reporter_type": "granne"}), "not a valid"),
]


@pytest.fixture
def run(monkeypatch, pseudonymizer, fitted, capsys):
    """The CLI in-process with the session's pseudonymiser and test model."""
    from api import model_loader

    pipeline = Pipeline(pseudonymizer, fitted, DecisionPolicy())
    monkeypatch.setattr(cli, "_load_pseudonymizer", lambda: pseudonymizer)
    monkeypatch.setattr(model_loader, "load_pipeline", lambda settings: pipeline)

    def invoke(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.mark.parametrize(
    ("command", "hostile"),
    [("pseudonymize", HOSTILE), ("predict", HOSTILE + PREDICT_ONLY)],
)
def test_each_bad_line_is_reported_and_the_good_ones_still_processed(
    run, tmp_path, command, hostile
):
    source = tmp_path / "in.jsonl"
    source.write_bytes(line(GOOD) + b"".join(raw for raw, _ in hostile) + line(GOOD | {"id": "z"}))
    code, out, err = run(command, str(source), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1
    rows = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(row)["id"] for row in rows] == ["ok", "z"]
    reported = err.splitlines()
    assert len(reported) == len(hostile)
    for number, ((_, message), report) in enumerate(zip(hostile, reported, strict=True), 2):
        assert report.startswith(f"error: line {number}: ") and message in report, report
    assert SECRET not in err and "Lindqvist" not in err


def test_a_binary_file_is_refused_line_by_line(run, tmp_path):
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 64)
    code, out, err = run("pseudonymize", str(source))
    assert code == 1 and out == ""
    assert err.startswith("error: line 1: not valid UTF-8")


def test_predict_without_a_model_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("TRIAGE_MODEL_URI", str(tmp_path / "no-model"))
    monkeypatch.setenv("TRIAGE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    source = tmp_path / "in.jsonl"
    source.write_bytes(line(GOOD))
    try:
        code = cli.main(["predict", str(source)])
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: cannot load") and "triage train" in err


def test_predict_with_a_corrupt_model_says_so_without_a_traceback(model_dir, tmp_path):
    """A real ``triage predict`` process: a model whose files are garbage."""
    model = tmp_path / "model"
    shutil.copytree(model_dir, model)
    (model / "MLmodel").write_bytes(bytes(range(256)))
    source = tmp_path / "in.jsonl"
    source.write_bytes(line(GOOD))
    env = os.environ | {"TRIAGE_MODEL_URI": str(model), "TRIAGE_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [str(Path(sys.executable).with_name("triage")), "predict", str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert "error: cannot load" in done.stderr and "corrupt" in done.stderr
    assert "Traceback" not in done.stderr


def test_predict_on_two_processes_keeps_the_order_of_lines_and_of_errors(
    run, tmp_path, monkeypatch
):
    monkeypatch.setenv("TRIAGE_PREDICT_WORKERS", "2")
    get_settings.cache_clear()
    raws, good, bad = [], [], []
    for number in range(1, 2 * CHUNK + 4):
        if number % 5 == 0:  # refused while reading, or by the pseudonymiser in a worker
            raws.append(b"not json\n" if number % 10 else line({"id": str(number), "text": ""}))
            bad.append(number)
        else:
            raws.append(line(GOOD | {"id": str(number)}))
            good.append(str(number))
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"".join(raws))
    try:
        code, _, err = run("predict", str(source), "-o", str(tmp_path / "out.jsonl"))
    finally:
        get_settings.cache_clear()
    rows = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert code == 1 and [json.loads(row)["id"] for row in rows] == good
    assert [int(r.split()[2].rstrip(":")) for r in err.splitlines()] == bad
