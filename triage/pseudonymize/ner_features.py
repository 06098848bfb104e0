"""Token features of the linear NER: shared by training and serving so they cannot drift.

Features are context-free per word (so they can be cached per word form); the model
looks at them in a window of slots (-2..+2) with one weight matrix per slot.
"""

from __future__ import annotations

import re

from triage.pseudonymize.namelike import NameLikeness

SLOTS = (-2, -1, 0, 1, 2)
PAD = "<pad>"
_SHAPE_RUNS = re.compile(r"(.)\1+")

ROLE_WORDS = frozenset(
    """mamma mamman mammas pappa pappan pappas styvpappa styvmamma bonuspappa bonusmamma
    mormor morfar farmor farfar morbror farbror moster faster kusin syster bror lillebror
    storebror lillasyster storasyster syskon barnet barn flickan pojken eleven elev läraren
    mentor mentorn rektor rektorn kurator kuratorn handläggare handläggaren
    sjuksköterska skolsköterskan vårdnadshavare vh grannen pojkvän flickvän sambo
    partner fostermamma fosterpappa""".split()
)


def shape(word: str) -> str:
    """Collapsed character classes: 'Anna' -> 'Xx', '070-12' -> 'd-d'."""
    classes = "".join(
        "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word
    )
    return _SHAPE_RUNS.sub(r"\1", classes)


def word_features(
    word: str,
    first_names: frozenset[str],
    last_names: frozenset[str],
    namelike: NameLikeness | None = None,
) -> list[str]:
    """Context-free features of one word form."""
    lower = word.lower()
    features = [
        "b",
        f"w={lower}",
        f"sh={shape(word)}",
        f"s2={lower[-2:]}",
        f"s3={lower[-3:]}",
        f"s4={lower[-4:]}",
        f"p2={lower[:2]}",
        f"p3={lower[:3]}",
    ]
    if word[:1].isupper():
        features.append("title" if word[1:].islower() or len(word) == 1 else "caps")
    stem = lower[:-1] if lower.endswith(("s", "'")) and len(lower) > 3 else None
    if lower in first_names:
        features.append("gaz_first")
    elif stem in first_names:
        features.append("gaz_first_poss")
    if lower in last_names:
        features.append("gaz_last")
    elif stem in last_names:
        features.append("gaz_last_poss")
    if lower in ROLE_WORDS:
        features.append("role")
    if namelike is not None and word.isalpha() and len(word) > 1:
        score = namelike.score(stem or lower)
        features.append(
            "nl=" + ("4" if score > 0.9 else "3" if score > 0.7 else "2" if score > 0.4 else "1")
        )
    return features
