"""spaCy's Swedish lemma lookup table (spacy-lookups-data), stored compactly.

spaCy's own lookup lemmatizer keeps the table's 660,000 forms as Python objects and parses
its JSON at every start: about 200 MB of a service's memory and 1.5 s. The same table as
two sorted arrays (form hash -> lemma number) plus the 93,000 distinct lemmas takes about
8 MB, loads in milliseconds and gives identical lemmas. ``make ner`` writes it next to
the NER model (``lemmas.npz``).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

FILE = "lemmas.npz"


class LemmaTable:
    """Word form -> lemma, keyed by spaCy's 64-bit string hash like spaCy's own table."""

    def __init__(self, keys: np.ndarray, lemma_ids: np.ndarray, lemmas: list[str]) -> None:
        self.keys = keys
        self.lemma_ids = lemma_ids
        self.lemmas = lemmas
        self.lemma_set = frozenset(lemmas)

    @classmethod
    def build(cls) -> LemmaTable:
        """From spacy-lookups-data (slow and memory-hungry: run it once, then ``save``)."""
        from spacy.lookups import load_lookups

        table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")
        lemmas = sorted(set(table.values()))
        number = {lemma: i for i, lemma in enumerate(lemmas)}
        keys = np.fromiter(table.keys(), dtype=np.uint64, count=len(table))
        ids = np.fromiter((number[v] for v in table.values()), dtype=np.uint32, count=len(table))
        order = np.argsort(keys)
        return cls(keys[order], ids[order], lemmas)

    @classmethod
    def load(cls, directory: Path) -> LemmaTable:
        with np.load(directory / FILE) as data:
            return cls(data["keys"], data["lemma_ids"], data["lemmas"].tolist())

    def save(self, directory: Path) -> None:
        np.savez_compressed(
            directory / FILE, keys=self.keys, lemma_ids=self.lemma_ids, lemmas=self.lemmas
        )

    def positions(self, hashes: np.ndarray) -> np.ndarray:
        """Row of each form hash in the table, -1 where the form is not in it."""
        rows = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        return np.where(self.keys[rows] == hashes, rows, -1)

    def __contains__(self, form: object) -> bool:
        if not isinstance(form, str):
            return False
        key = np.uint64(get_string_id(form))
        row = int(np.searchsorted(self.keys, key))
        return row < len(self.keys) and self.keys[row] == key


class CompactLemmatizer:
    """A pipeline component that sets ``token.lemma_`` as spaCy's lookup lemmatizer does:
    the table's lemma for the exact form, else the form itself."""

    def __init__(self, nlp: Language, name: str = "compact_lemmatizer") -> None:
        self.name = name
        self._strings = nlp.vocab.strings
        self.table = LemmaTable(np.zeros(0, np.uint64), np.zeros(0, np.uint32), [])
        self._lemma_hashes = np.zeros(0, np.uint64)

    def set_table(self, table: LemmaTable) -> CompactLemmatizer:
        self.table = table
        self._lemma_hashes = np.array([self._strings.add(x) for x in table.lemmas], np.uint64)
        return self

    def from_disk(self, path: str | Path, exclude: tuple = ()) -> CompactLemmatizer:
        return self.set_table(LemmaTable.load(Path(path)))

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and len(self.table.keys):
            orth = doc.to_array(ORTH).astype(np.uint64)
            rows = self.table.positions(orth)
            found = self._lemma_hashes[self.table.lemma_ids[np.maximum(rows, 0)]]
            doc.from_array([LEMMA], np.where(rows >= 0, found, orth).reshape(-1, 1))
        return doc


@Language.factory("compact_lemmatizer")
def make_compact_lemmatizer(nlp: Language, name: str) -> CompactLemmatizer:
    return CompactLemmatizer(nlp, name)
