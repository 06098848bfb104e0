"""Convert klintan/swedish-ner-corpus (CoNLL-style, CC BY 4.0) to the project's JSONL.

Usage: ``python -m training.ner.convert_swedish_ner GIT_DIR`` where GIT_DIR is a local
clone or mirror of https://github.com/klintan/swedish-ner-corpus. Writes
``data_samples/swedish_ner/{train,test}.jsonl``: one sentence per line, ``pii`` spans
with PER→PERSON, LOC→LOCATION, ORG→ORGANIZATION (MISC is dropped). The test file is an
independent check only: never train or tune on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LABELS = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
NO_SPACE_BEFORE = set(".,:;!?)]}%»”")
NO_SPACE_AFTER = set("([{«“")
OUT_DIR = Path(__file__).resolve().parents[2] / "data_samples" / "swedish_ner"


def sentences(conll: str):
    """Yield lists of (token, tag) per sentence."""
    current: list[tuple[str, str]] = []
    for line in conll.splitlines():
        parts = line.split()
        if len(parts) < 2:
            if current:
                yield current
            current = []
            continue
        token = parts[0].replace("\u00ad", "")
        if token:
            current.append((token, parts[-1]))
    if current:
        yield current


def detokenize(tokens: list[tuple[str, str]]) -> dict:
    """Join tokens into text and merge same-tag runs into character spans."""
    text, spans = "", []
    for i, (token, tag) in enumerate(tokens):
        glue = i > 0 and token[0] not in NO_SPACE_BEFORE and text[-1] not in NO_SPACE_AFTER
        text += (" " if glue else "") + token
        start, label = len(text) - len(token), LABELS.get(tag)
        if label is None:
            continue
        previous_tag = tokens[i - 1][1] if i else None
        if spans and previous_tag == tag and spans[-1]["label"] == label:
            spans[-1]["end"] = len(text)
        else:
            spans.append({"start": start, "end": len(text), "label": label})
    return {"text": text, "pii": spans}


def convert(git_dir: Path, split: str) -> int:
    """Write one split; returns the number of sentences."""
    conll = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"HEAD:{split}_corpus.txt"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    count = 0
    with (OUT_DIR / f"{split}.jsonl").open("w", encoding="utf-8") as out:
        for count, tokens in enumerate(sentences(conll), start=1):
            record = {"id": f"swener-{split}-{count:05d}", **detokenize(tokens)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


if __name__ == "__main__":
    source = Path(sys.argv[1])
    for split in ("train", "test"):
        print(split, convert(source, split), file=sys.stderr)
