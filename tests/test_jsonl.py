import io

from triage.jsonl import LineError, read_objects


def test_every_bad_line_is_reported_by_number_and_good_lines_survive():
    raw = b"\n".join(
        [
            b'{"id": "a", "text": "hej"}',
            b"not json",
            b'["a list"]',
            b'{"id": "b"}',
            b'{"id": "c", "text": 5}',
            b'{"id": "d", "text": "\xff\xfe"}',
            b"",
            b'{"id": "e", "text": "ok", "unknown": 1}',
        ]
    )
    items = list(read_objects(io.BytesIO(raw)))
    good = [item["id"] for _, item in items if isinstance(item, dict)]
    errors = {n: str(item) for n, item in items if isinstance(item, LineError)}
    assert good == ["a", "e"]
    assert set(errors) == {2, 3, 4, 5, 6}
    assert "invalid JSON" in errors[2]
    assert "expected a JSON object" in errors[3]
    assert "missing field(s): text" in errors[4]
    assert "must be a string" in errors[5]
    assert "UTF-8" in errors[6]
