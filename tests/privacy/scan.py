"""The privacy audit's scanner: gold personal-data strings in text, files and databases.

Needles: every gold span ``text[start:end]`` and every word of a PERSON span, kept when it
has a digit and at least 4 characters, or at least 3 characters and is not an ordinary
Swedish word of the pseudonymiser's own lexicon (lemmas, forms, stop words). So "Bo",
"Liv", "Sol", "Ros" or "Berg" are left out: they match ordinary words innocently, and the
labelling guide does not count role words, generic bodies or relative time as personal
data anyway. Full names with them ("Bo Hägg") stay needles.

A needle is found where it occurs case-sensitively as whole words, with or without a
genitive "s" ("Saras"): no letter, digit or "_" right before or after it. Bytes are read as
UTF-8, with JSON ``\\uXXXX`` escapes decoded, zip members (skops, npz) opened, numpy string
arrays and PNG text chunks read and SQLite tables dumped, so no encoding hides a needle;
numeric arrays and pixels are skipped (random bytes would match short names by chance).
"""

from __future__ import annotations

import io
import re
import sqlite3
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import numpy as np

WORD = re.compile(r"\w+")
PNG = b"\x89PNG\r\n\x1a\n"
ESCAPES = (
    (re.compile(r"\\+u([0-9a-fA-F]{4})"), lambda m: chr(int(m.group(1), 16))),
    (re.compile(r"\\+([nrt])"), lambda m: {"n": "\n", "r": "\r", "t": "\t"}[m.group(1)]),
    (re.compile(r'\\+"'), lambda m: '"'),
)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def needles_of(records: Iterable[dict], is_common: Callable[[str], bool]) -> set[str]:
    """The gold strings worth searching for (see the module docstring)."""
    found = set()
    for record in records:
        for span in record["pii"]:
            surface = record["text"][span["start"] : span["end"]].strip()
            parts = WORD.findall(surface) if span["label"] == "PERSON" else []
            found.update(s for s in [surface, *parts] if _searchable(s, is_common))
    return found


def _searchable(surface: str, is_common: Callable[[str], bool]) -> bool:
    if any(c.isdigit() for c in surface):
        return len(surface) >= 4
    single = len(WORD.findall(surface)) == 1
    return len(surface) >= 3 and not (single and is_common(surface.lower()))


class Scanner:
    """Finds needles as whole words; ``fold`` compares lower-cased (model features)."""

    def __init__(self, needles: Iterable[str], fold: bool = False) -> None:
        self.fold = fold
        self.needles = frozenset(needles)
        self._by_first: dict[str, list[tuple[str, str, int]]] = {}
        for needle in self.needles:
            key = needle.lower() if fold else needle
            first = WORD.search(key)
            if first:
                self._by_first.setdefault(first.group(), []).append((needle, key, first.start()))

    def find(self, text: str) -> set[str]:
        """The needles occurring in ``text``."""
        if self.fold:
            text = text.lower()
        found = set()
        for token in WORD.finditer(text):
            word = token.group()
            # a one-word needle in the genitive is a longer token: "Alićs" holds "Alić"
            heads = (word, word[:-1]) if word.endswith("s") else (word,)
            for head in heads:
                for needle, key, offset in self._by_first.get(head, ()):
                    start = token.start() - offset
                    if needle not in found and self._whole(text, key, start):
                        found.add(needle)
        return found

    @staticmethod
    def _whole(text: str, key: str, start: int) -> bool:
        end = start + len(key)
        if start < 0 or text[start:end] != key:
            return False
        if _is_word(key[0]) and start > 0 and _is_word(text[start - 1]):
            return False
        if text[end : end + 1] == "s":  # genitive: "Saras"
            end += 1
        return not (_is_word(key[-1]) and end < len(text) and _is_word(text[end]))


def texts_of(data: bytes) -> Iterator[str]:
    """Every readable text in ``data``: UTF-8 with escapes decoded, zip members, arrays."""
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                yield name
                yield from texts_of(archive.read(name))
        return
    if data[:8] == PNG:
        yield from _png_texts(data)
        return
    if data[:6] == b"\x93NUMPY":
        try:
            array = np.load(io.BytesIO(data), allow_pickle=False)
        except ValueError:  # an object array: read its raw bytes below
            pass
        else:  # numbers hold no text (their bytes would match short names by chance)
            if array.dtype.kind in "US":
                yield "\n".join(map(_text, array.ravel().tolist()))
            return
    text = data.decode("utf-8", "replace")
    yield text
    if "\\" in text:
        for pattern, replace in ESCAPES:
            text = pattern.sub(replace, text)
        yield text


def _png_texts(data: bytes) -> Iterator[str]:
    """The text chunks of a PNG (pixels hold no text)."""
    at = 8
    while at + 8 <= len(data):
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        body = data[at + 8 : at + 8 + size]
        keyword, _, rest = body.partition(b"\0")
        if kind == b"tEXt":
            yield (keyword + b" " + rest).decode("latin-1")
        elif kind == b"zTXt":
            yield (keyword + b" " + zlib.decompress(rest[1:])).decode("latin-1")
        elif kind == b"iTXt":  # flag, method, language, translated keyword, text
            language, _, rest = rest[2:].partition(b"\0")
            translated, _, value = rest.partition(b"\0")
            value = zlib.decompress(value) if body[len(keyword) + 1] else value
            yield b" ".join((keyword, language, translated, value)).decode("utf-8", "replace")
        at += 12 + size


def file_texts(path: Path) -> Iterator[str]:
    """The texts of a file; of an SQLite file also every row of every table."""
    data = path.read_bytes()
    yield from texts_of(data)
    if data[:16] == b"SQLite format 3\x00":
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            for (table,) in tables.fetchall():
                for row in connection.execute(f'SELECT * FROM "{table}"'):
                    yield "\n".join(_text(value) for value in row)
        finally:
            connection.close()


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return "\n".join(texts_of(value))
    return "" if value is None else str(value)


def database_columns(url: str) -> Iterator[tuple[str, str]]:
    """``("table.column", all its values as text)`` for every column of every table."""
    import json

    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.connect() as connection:
            for table in metadata.sorted_tables:
                rows = connection.execute(table.select()).all()
                for index, column in enumerate(table.columns):
                    values = [
                        json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                        for v in (row[index] for row in rows)
                    ]
                    yield f"{table.name}.{column.name}", "\n".join(map(_text, values))
    finally:
        engine.dispose()


def shingles(text: str, size: int = 6) -> set[tuple[str, ...]]:
    """Runs of ``size`` words, lower-cased: a text fragment, whatever the formatting."""
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


class Audit:
    """What was found where, and the verdict.

    ``strict`` places (logs, console, MLflow params/tags/metrics/artifacts, the CSV export,
    non-text database columns) must hold no needle at all. ``pseudonymised`` places (the
    stored pseudonymised text and suggestion, JSONL exports, the database file) may hold a
    needle only where the pseudonymiser's own output for the same referrals holds it: a
    pseudonymiser miss, measured by the leak benchmark, not a storage leak. ``model`` places
    (the classifier's vocabulary, lower-cased n-grams) may hold a needle only as part of that
    output. Anything else is an audit failure.
    """

    def __init__(self, needles: set[str], pseudonymised: list[str]) -> None:
        self.scanner = Scanner(needles)
        self.folded = Scanner(needles, fold=True)
        self.missed: set[str] = set().union(*(self.scanner.find(t) for t in pseudonymised))
        self._output = "\n".join(pseudonymised).lower()
        self.found: dict[tuple[str, str], set[str]] = {}
        self.places: dict[str, int] = {}

    def scan(self, kind: str, where: str, texts: Iterable[str]) -> set[str]:
        scanner = self.folded if kind == "model" else self.scanner
        found = set().union(*(scanner.find(t) for t in texts))
        self.places[kind] = self.places.get(kind, 0) + 1
        if found:
            self.found[kind, where] = found
        return found

    def unexplained(self, kind: str, found: set[str]) -> set[str]:
        if kind == "strict":
            return set(found)
        if kind == "model":
            return {n for n in found if n.lower() not in self._output}
        return found - self.missed

    def failures(self) -> dict[str, set[str]]:
        """``where -> needles`` that no pseudonymiser miss explains."""
        failed = {w: self.unexplained(k, f) for (k, w), f in self.found.items()}
        return {where: needles for where, needles in failed.items() if needles}

    def summary(self) -> str:
        lines = [
            f"{len(self.scanner.needles)} needles; {len(self.missed)} left by the "
            f"pseudonymiser in its own output; places scanned: {self.places}"
        ]
        for (kind, where), found in sorted(self.found.items()):
            bad = self.unexplained(kind, found)
            lines.append(f"  {kind} {where}: {len(found)} found, {len(bad)} unexplained")
        return "\n".join(lines)
