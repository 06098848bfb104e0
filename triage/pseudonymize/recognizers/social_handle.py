"""PERSON: user names on social media, which identify a young person as well as a name.

``@josefin.hkn`` anywhere (an ``@`` with no address before it), and handle-shaped words
(``adde_0p``, ``elis.nrd``, ``zara99``) near a platform word: "hans konto är elis.nrd",
"han heter adde_0p på snapchat". Abbreviations such as "t.ex." or "bl.a." are not
handles (short parts, no digit or underscore), and neither are web or e-mail addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from triage.pseudonymize.recognizers._base import lowered
from triage.pseudonymize.recognizers._text_spans import Found, TextSpanRecognizer

AT_HANDLE = re.compile(r"(?<![\w@.])@[^\W][\w.]{1,29}(?<![.])")
HANDLE_SHAPED = re.compile(r"(?<![\w@./:-])[^\W_][\w]*(?:[._][^\W_]\w*)*(?![\w@]|\.\w)")
PLATFORMS = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|tiktok|kik|discord|telegram|facebook|twitter|"
    r"youtube|twitch|konto(?:t|n)?|användarnamn(?:et)?|profil(?:en)?|alias)\b",
    re.IGNORECASE,
)
# every platform word starts with one of these: found with str.find in the lower-cased
# text, they are where PLATFORMS can match (scanning the whole text with it is 20x slower)
PLATFORM_STARTS = (
    "snap insta tiktok kik discord telegram facebook twitter youtube twitch konto"
    " användarnamn profil alias"
).split()
NEAR = 60  # characters between a platform word and the handle
WEB_SUFFIXES = (".se", ".com", ".nu", ".org", ".net", ".eu", ".io")


def _platform_words(text: str) -> Iterator[re.Match]:
    """``PLATFORMS.finditer(text)``, tried only where a platform word can start."""
    lower = lowered(text)
    starts = set()
    for word in PLATFORM_STARTS:
        i = lower.find(word)
        while i != -1:
            starts.add(i)
            i = lower.find(word, i + 1)
    for start in sorted(starts):
        match = PLATFORMS.match(text, start)
        if match:
            yield match


def handle_shaped(word: str) -> bool:
    """A user name rather than a word: an underscore, digits mixed with letters, or a dot
    between parts that are not abbreviation-short ("elis.nrd", not "bl.a")."""
    if not any(c.isalpha() for c in word) or word.lower().endswith(WEB_SUFFIXES):
        return False
    if "_" in word:
        return True
    if "." in word:
        parts = word.split(".")
        return all(len(p) >= 3 for p in parts) or any(c.isdigit() for c in word)
    return any(c.isdigit() for c in word) and len(word) >= 4


class SocialHandleRecognizer(TextSpanRecognizer):
    """Social-media user names as PERSON (``supported_language='sv'``)."""

    AT_SCORE = 0.6
    CONTEXT_SCORE = 0.5

    def find(self, text: str) -> Iterator[Found]:
        if "@" in text:
            for m in AT_HANDLE.finditer(text):
                yield m.start(), m.end(), self.AT_SCORE, "@ handle"
        for platform in _platform_words(text):
            window_start = max(0, platform.start() - NEAR)
            window = text[window_start : platform.end() + NEAR]
            for match in HANDLE_SHAPED.finditer(window):
                if handle_shaped(match.group()):
                    start = window_start + match.start()
                    yield start, start + len(match.group()), self.CONTEXT_SCORE, "handle"
