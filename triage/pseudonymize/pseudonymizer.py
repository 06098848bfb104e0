"""The pseudonymiser: raw referral text in, text with typed placeholders out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from presidio_analyzer import AnalyzerEngine

from triage.errors import TextRejected
from triage.pseudonymize.engine import LANGUAGE, build_analyzer
from triage.pseudonymize.lexicon import SwedishLexicon
from triage.pseudonymize.nlp import load_pipeline
from triage.pseudonymize.placeholders import PlacedSpan, assign
from triage.pseudonymize.retype import retype
from triage.pseudonymize.spans import coordinate, extend_names, propagate, resolve


@dataclass(frozen=True, slots=True)
class Pseudonymized:
    """Pseudonymised text plus the spans (offsets into the original text)."""

    text: str
    spans: list[PlacedSpan]

    def pii(self) -> list[dict]:
        """Spans as the CLI/API contract prints them."""
        return [
            {
                "start": s.start,
                "end": s.end,
                "label": s.label.value,
                "placeholder": s.placeholder,
                "score": s.score,
            }
            for s in self.spans
        ]

    def position(self, original: int) -> int:
        """Where ``original`` (an offset into the original text) lies in ``text``; inside a
        replaced span, the start of its placeholder."""
        shift = 0
        for span in self.spans:
            if span.start >= original:
                break
            if span.end > original:
                return span.start + shift
            shift += len(span.placeholder) - (span.end - span.start)
        return original + shift


class Pseudonymizer:
    """presidio + spaCy (sv) + the project's recognizers; thread-safe for reading."""

    def __init__(
        self,
        analyzer: AnalyzerEngine,
        lexicon: SwedishLexicon,
        max_chars: int = 200_000,
        names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ) -> None:
        """``names``: known first names and surnames (lower case), which stay PERSON."""
        self.analyzer = analyzer
        self.max_chars = max_chars
        self._lexicon = lexicon
        self._names = names

    def _detect(self, text: str, results) -> Pseudonymized:
        is_common = self._lexicon.__contains__
        detections = extend_names(text, resolve(text, results, is_common), is_common)
        detections = coordinate(text, detections, is_common)
        detections = propagate(text, detections, is_common)
        detections = retype(text, detections, *self._names)
        return Pseudonymized(*assign(text, detections))

    @classmethod
    def load(cls, ner_dir: Path, max_chars: int = 200_000) -> Pseudonymizer:
        """Build from the trained NER directory (see ``triage.settings``)."""
        nlp = load_pipeline(ner_dir)
        lexicon = SwedishLexicon(nlp)  # built once, shared with the recognizers
        ner = nlp.get_pipe("linear_ner")
        names = (ner.first_names, ner.last_names)
        return cls(build_analyzer(nlp, lexicon), lexicon, max_chars, names)

    def check(self, text: object) -> str:
        """Return ``text`` if it can be processed, else raise :class:`TextRejected`."""
        if not isinstance(text, str):
            raise TextRejected(f"text must be a string, got {type(text).__name__}")
        if not text.strip():
            raise TextRejected("text is empty")
        if len(text) > self.max_chars:
            raise TextRejected(f"text has {len(text)} characters; the limit is {self.max_chars}")
        if "\x00" in text:
            raise TextRejected("text contains NUL bytes; is it binary?")
        return text

    def pseudonymize(self, text: str) -> Pseudonymized:
        """Detect personal data in one text and replace it by placeholders."""
        text = self.check(text)
        return self._detect(text, self.analyzer.analyze(text, language=LANGUAGE))

    def pseudonymize_many(
        self, texts: Iterable[str], batch_size: int = 64
    ) -> Iterator[Pseudonymized]:
        """Batch version: spaCy processes the texts in batches (faster in bulk)."""
        engine = self.analyzer.nlp_engine
        checked = (self.check(t) for t in texts)
        for text, artifacts in engine.process_batch(checked, LANGUAGE, batch_size=batch_size):
            results = self.analyzer.analyze(text, language=LANGUAGE, nlp_artifacts=artifacts)
            yield self._detect(text, results)
