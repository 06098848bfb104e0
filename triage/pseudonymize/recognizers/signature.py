"""PERSON: the writer's sign-off at the very end of a referral.

"… är informerad. / neo anderberg", "/ F. Falk", "– maj", or a last line of one to
three name words before a job title: "A. Flink Skolsköterska", "Malva Ek ST-läkare".
In a sign-off every word is part of the name, even one that is also an ordinary word
("maj", "Storm"), so this runs on the text's end only.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from triage.pseudonymize.recognizers._base import FUNCTION_WORDS

NAME_WORD = r"[^\W\d_][\w'’-]*\.?"
NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})"
AFTER_SLASH = re.compile(rf"(?:^|\s)[/–—-][ \t]*{NAME}(?:,[^\n]{{0,60}})?\s*\Z")
TITLE = (
    r"(?:[\w-]*(?:sköterska|kurator|lärare|läkare|rektor|mentor|handläggare|assistent|"
    r"pedagog|terapeut|psykolog|hygienist|sekreterare|inspektör|ledare|behandlare|"
    r"barnmorska|föreståndare|chef|personal|ansvarig))"
)
BEFORE_TITLE = re.compile(
    rf"(?:^|\n|[.!?][ \t]+)[ \t]*{NAME}[ \t]*,?[ \t]+{TITLE}\b[^\n]{{0,80}}\s*\Z", re.I
)
TAIL = 160  # characters at the end of the text that can hold a sign-off
NOT_NAMES = {w.lower() for w in FUNCTION_WORDS} | set(
    "mvh hälsning hälsningar vänlig vänliga tack rektor mentor inget mer".split()
)


class SignatureRecognizer(EntityRecognizer):
    """The name in a referral's closing sign-off (``supported_language='sv'``)."""

    SCORE = 0.6

    def __init__(self, supported_language: str = "sv") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="SignatureRecognizer",
        )

    def load(self) -> None:  # noqa: D102 - stateless
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        offset = max(0, len(text) - TAIL)
        tail = text[offset:]
        results = []
        for pattern, capitalised, reason in (
            (AFTER_SLASH, False, "after a slash"),
            (BEFORE_TITLE, True, "before a title"),
        ):
            match = pattern.search(tail)
            if match and _plausible(match.group("name"), capitalised):
                start, end = (offset + i for i in match.span("name"))
                explanation = AnalysisExplanation(
                    recognizer=self.name,
                    original_score=self.SCORE,
                    textual_explanation=f"sign-off {reason}",
                )
                results.append(RecognizerResult("PERSON", start, end, self.SCORE, explanation))
        return results


def _plausible(name: str, capitalised: bool) -> bool:
    """No function or greeting word ("Jag är kurator"), capitals where required."""
    words = name.split()
    if any(w.lower().rstrip(".") in NOT_NAMES for w in words):
        return False
    return not capitalised or all(w[:1].isupper() for w in words)
