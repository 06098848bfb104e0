"""One fast pattern that tells whether a cue of any kind occurs in a sentence.

Most sentences of a referral hold no cue, and reading them kind by kind costs one scan
per kind. ``any_of`` joins the kinds' patterns (each a word-boundary test around an
alternation, as ``lexicon._any`` builds them) into one alternation, spreads a leading
group of plain words over the rest of its alternative, and groups the alternatives by
their first letter: the regex engine then tries a group only where its letter stands.
The joined pattern matches exactly where one of the patterns does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

SPECIAL = set("\\()[]|?*+{}.^$")
QUANTIFIERS = set("*+?{")
WORDS_GROUP = re.compile(r"\(\?:((?:[^\\()\[\]|?*+{}.^$]+\|)*[^\\()\[\]|?*+{}.^$]+)\)(?![*+?{])")


def any_of(patterns: Iterable[re.Pattern[str]], before: str, after: str) -> re.Pattern[str]:
    """A pattern that matches wherever one of ``patterns`` does; each must read
    ``before`` + alternation + ``after``."""
    alternatives: list[str] = []
    for pattern in patterns:
        text = pattern.pattern
        if not (text.startswith(before) and text.endswith(after)) or pattern.flags != re.U:
            raise ValueError(f"not a pattern of the form before + alternation + after: {text}")
        for alternative in split_alternatives(text[len(before) : len(text) - len(after)]):
            alternatives += spread(alternative)
    by_letter: dict[str, list[str]] = defaultdict(list)
    others = []
    for alternative in alternatives:
        if _literal_start(alternative):
            by_letter[alternative[0]].append(alternative[1:])
        else:
            others.append(alternative)
    groups = [re.escape(c) + "(?:" + "|".join(rest) + ")" for c, rest in by_letter.items()]
    return re.compile(before + "|".join(groups + others) + after)


def split_alternatives(body: str) -> list[str]:
    """``body`` split at its top-level ``|`` (not inside groups or character classes)."""
    parts, current, depth, in_class, i = [], [], 0, False, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            current.append(body[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def spread(alternative: str) -> list[str]:
    """``(?:fått|få|tog) stryk`` as ``fått stryk``, ``få stryk``, ``tog stryk`` (a leading
    group of plain words only); any other alternative as it is."""
    group = WORDS_GROUP.match(alternative)
    if group is None:
        return [alternative]
    rest = alternative[group.end() :]
    return [word + rest for word in group.group(1).split("|")]


def _literal_start(alternative: str) -> bool:
    """The alternative starts with a plain character that no quantifier follows."""
    return (
        bool(alternative)
        and alternative[0] not in SPECIAL
        and (len(alternative) < 2 or alternative[1] not in QUANTIFIERS)
    )
