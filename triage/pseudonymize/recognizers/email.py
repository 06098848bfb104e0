"""EMAIL: e-mail addresses, including å/ä/ö (any Unicode letter) in local part and domain.

``anna.svensson@gmail.com``, ``åsa.öberg@skola.malmö.se``, ``<hanna@x.se>``,
``mailto:per@x.se`` (the address only); the written-out ``@`` forms
``anna(at)gmail.com`` / ``anna [at] gmail.com`` / ``anna(snabel-a)gmail.com`` at a lower
score. Validation is offline: an alphabetic top-level domain (or IDN ``xn--``) is
required; a well-formed local part gives score 1.0, a typo such as a double dot keeps
the pattern score (it is still someone's address). Unlike presidio's EmailRecognizer
this never consults tldextract, so nothing can reach the network.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern

from triage.pseudonymize.recognizers._base import Anchor, SwedishPatternRecognizer

LOCAL_CHAR = r"[\w!#$%&'*+/=?^`{|}~\-]"
LOCAL = rf"{LOCAL_CHAR}+(?:\.+{LOCAL_CHAR}+)*"  # ".." is invalid, but a typo is still PII
LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
DOMAIN = rf"(?:{LABEL}\.)+(?:[^\W\d_]{{2,24}}|xn--[a-z0-9\-]{{2,59}})"
NOT_AFTER = rf"(?<!{LOCAL_CHAR}|{LOCAL_CHAR}\.)"
NOT_BEFORE = r"(?![\w\-])(?!\.[^\W_])"

EMAIL_REGEX = rf"{NOT_AFTER}{LOCAL}@{DOMAIN}{NOT_BEFORE}"
SPELLED_AT_REGEX = (
    rf"{NOT_AFTER}{LOCAL}[ \u00a0]?(?:\(at\)|\[at\]|\{{at\}}|\(snabel-a\)|\[snabel-a\])"
    rf"[ \u00a0]?{DOMAIN}{NOT_BEFORE}"
)
TLD = re.compile(r"(?:[^\W\d_]{2,24}|xn--[a-z0-9\-]{2,59})", re.IGNORECASE)


class SwedishEmailRecognizer(SwedishPatternRecognizer):
    """E-mail addresses (``EMAIL``), Unicode-aware, validated without any network call."""

    ENTITY = "EMAIL"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern("e-mail address", EMAIL_REGEX, 0.5),
        Pattern("e-mail address with the @ written out", SPELLED_AT_REGEX, 0.6),
    ]
    ANCHORS: ClassVar[dict[str, Anchor]] = {
        "e-mail address": Anchor(cased=("@",), before=80, after=260),
        "e-mail address with the @ written out": Anchor(
            literals=("(at)", "[at]", "{at}", "(snabel-a)", "[snabel-a]"), before=80, after=260
        ),
    }
    CONTEXT: ClassVar[list[str]] = [  # lemmas: presidio matches context on lemmas
        "mejl",
        "mejla",
        "mail",
        "maila",
        "e-post",
        "epost",
        "email",
    ]

    def validate_result(self, pattern_text: str) -> bool | None:
        """True for a well-formed address (score 1.0); ``None`` keeps the pattern score
        for the written-out ``(at)`` forms and for typos such as ``anna..s@x.se``."""
        if "@" not in pattern_text:
            return None
        local, _, domain = pattern_text.rpartition("@")
        if not TLD.fullmatch(domain.rsplit(".", 1)[-1]):
            return False
        if ".." in local or len(local) > 64 or len(pattern_text) > 254:
            return None
        return True
