"""PERSON: the writer's sign-off at the very end of a referral.

"… är informerad. / neo anderberg", "/ F. Falk", "– maj", or a last line of one to
three name words before a job title: "A. Flink Skolsköterska", "Malva Ek ST-läkare".
In a sign-off every word is part of the name, even one that is also an ordinary word
("maj", "Storm"), so this runs on the text's end only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.pseudonymize.recognizers._base import FUNCTION_WORDS
from triage.pseudonymize.recognizers._text_spans import Found, TextSpanRecognizer

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


class SignatureRecognizer(TextSpanRecognizer):
    """The name in a referral's closing sign-off (``supported_language='sv'``)."""

    SCORE = 0.6

    def find(self, text: str) -> Iterator[Found]:
        offset = max(0, len(text) - TAIL)
        tail = text[offset:]
        for pattern, capitalised, reason in (
            (AFTER_SLASH, False, "sign-off after a slash"),
            (BEFORE_TITLE, True, "sign-off before a title"),
        ):
            match = pattern.search(tail)
            if match and _plausible(match.group("name"), capitalised):
                start, end = match.span("name")
                yield offset + start, offset + end, self.SCORE, reason


def _plausible(name: str, capitalised: bool) -> bool:
    """No function or greeting word ("Jag är kurator"), capitals where required."""
    words = name.split()
    if any(w.lower().rstrip(".") in NOT_NAMES for w in words):
        return False
    return not capitalised or all(w[:1].isupper() for w in words)
