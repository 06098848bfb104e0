"""Base for PERSON recognizers that read the raw text only (no tokens needed)."""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

Found = tuple[int, int, float, str]  # start, end, score, reason


class TextSpanRecognizer(EntityRecognizer):
    """Subclasses implement :meth:`find`; results carry their reason as explanation."""

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name=type(self).__name__,
        )

    def load(self) -> None:  # noqa: D102 - stateless
        pass

    def find(self, text: str) -> Iterable[Found]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        return [
            RecognizerResult(
                "PERSON",
                start,
                end,
                score,
                AnalysisExplanation(
                    recognizer=self.name, original_score=score, textual_explanation=reason
                ),
            )
            for start, end, score, reason in sorted(set(self.find(text)))
        ]
