"""Convert the hand-written referrals from their readable markup to the guide's JSONL.

Source files live in ``data_samples/handwritten/*.txt`` (the development set, used only
for evaluation) and ``data_samples/handwritten_train/*.txt`` (written by other authors,
used for training). Each record::

    ### hw-skola-01
    reporter_type: skola
    child_age: 9
    urgency: akut
    route: utredning
    risk_factors: vald_mot_barn, vald_i_nara_relation
    ---
    Free text where personal data is marked [[Anna Svensson|PERSON]] and
    [[070-123 45 67|PHONE]]. The markup is removed and becomes gold ``pii`` spans.

``child_age`` and ``reporter_type`` may be omitted; ``risk_factors`` may be empty.
Run ``python -m training.handwritten`` to rebuild both JSONL files;
``python -m training.handwritten --check FILE...`` prints each record's spans to proofread.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from triage.schema import Referral

MARK = re.compile(r"\[\[(.+?)\|([A-Z_]+)\]\]", re.DOTALL)
ROOT = Path(__file__).resolve().parent.parent
# source folder -> output file: the development set (never trained on) and the training set
SETS = {
    ROOT / "data_samples" / "handwritten": ROOT / "data_samples" / "handwritten.jsonl",
    ROOT / "data_samples" / "handwritten_train": ROOT / "data_samples" / "handwritten_train.jsonl",
}


def parse_record(block: str, source: str) -> Referral:
    """Parse one ``### id`` block into a validated Referral."""
    head, sep, body = block.partition("\n---\n")
    if not sep:
        raise ValueError(f"{source}: record without '---' separator")
    lines = head.strip().splitlines()
    fields: dict[str, object] = {"id": lines[0].strip()}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "risk_factors":
            fields[key] = [v.strip() for v in value.split(",") if v.strip()]
        elif key == "child_age":
            fields[key] = int(value) if value not in ("", "-") else None
        elif value:
            fields[key] = value
    text, pii, cursor = [], [], 0
    raw = body.strip()
    for match in MARK.finditer(raw):
        text.append(raw[cursor : match.start()])
        start = sum(len(t) for t in text)
        text.append(match.group(1))
        pii.append({"start": start, "end": start + len(match.group(1)), "label": match.group(2)})
        cursor = match.end()
    text.append(raw[cursor:])
    fields["text"] = "".join(text)
    fields["pii"] = pii
    if "[[" in fields["text"] or "]]" in fields["text"]:
        raise ValueError(f"{source} {fields['id']}: unbalanced [[...]] markup")
    return Referral.model_validate(fields)


def load_dir(directory: Path) -> list[Referral]:
    """All records of all ``*.txt`` files in ``directory``, ids checked for uniqueness."""
    records: list[Referral] = []
    for path in sorted(directory.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("### ")[1:]:
            records.append(parse_record(block, path.name))
    ids = [r.id for r in records]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ValueError(f"duplicate ids: {sorted(duplicates)}")
    return records


def check(paths: list[str]) -> int:
    """Parse the given files and print each record's spans, to proofread the markup."""
    for name in paths:
        for block in Path(name).read_text(encoding="utf-8").split("### ")[1:]:
            record = parse_record(block, name)
            spans = ", ".join(f"{record.text[s.start : s.end]!r}:{s.label}" for s in record.pii)
            print(
                f"{record.id} {record.urgency}/{record.route} {len(record.text.split())}w | {spans}"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.handwritten",
        description="Rebuild data_samples/handwritten*.jsonl from their sources, or proofread.",
    )
    parser.add_argument(
        "--check", nargs="+", metavar="FILE", help="print each record's spans; write nothing"
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.check:
        return check(args.check)
    for source, output in SETS.items():
        records = load_dir(source)
        with output.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(
                    json.dumps(
                        record.model_dump(
                            mode="json",
                            # hand-written spans have no generator origin, nor segments
                            exclude={"segments": True, "pii": {"__all__": {"origin"}}},
                        ),
                        ensure_ascii=False,
                    )
                    + "\n"
                )
        print(f"wrote {len(records)} records to {output.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
