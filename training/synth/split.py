"""Train/test split by template family: the test split measures unseen phrasings and names.

Every piece of reusable material is assigned to exactly one split by a stable hash
(BLAKE2b of its key; never Python's ``hash``), so the assignment is the same on every
machine and every run. Test records draw only from test material, train records only
from train material:

- Scenario phrasings: within each scenario, phrasing ``i`` is test when
  ``(i + h(family)) % 5 == 0`` (every 5th, offset per family). A scenario with fewer than
  five phrasings still gets exactly one test phrasing (if it has two or more). Every
  scenario family therefore occurs in both splits, but never with the same wording.
- Voice openings and closings: item ``i`` of a voice is test when
  ``(i + h(voice/kind)) % 4 == 0`` (about a quarter, at least one, never all).
- Background sentences: whole families (``bakgrund/skola``, ...) go to test; the quarter
  of families with the lowest hash, at least one.
- Any test item whose text equals a train item elsewhere (the same closing in two voices,
  a phrasing repeated in two scenarios) is dropped from test (``generate.material``).
- Names: a name is test when every token of it (split on space, hyphen, apostrophe;
  particles such as al-/el-/von ignored) hashes into the lowest quarter, train when every
  token hashes above it, and is dropped when its tokens disagree. So no token of a test
  name is ever a token of a train name, and ``names.gazetteer_names()`` (train only) never
  contains a test name. Keys are ASCII-folded, so "Hodžić" and "Hodzic" share a split.
- Place, school and street stems and the nouns of preschool/clinic names: by the same
  hash rule on the stem, so test records name schools and places the train split never saw.

A third split, ``dev``, holds out train-side phrasings for validation: among the phrasings
that are not test, every 4th (offset per family) is dev, as long as at least one stays
train. Dev records use the train split's voices, backgrounds and names, so dev measures
unseen wordings of a concern, which is what calibration and threshold tuning need. Extra
phrasings (``scenarios/extra/``) are always train.

Shared by both splits on purpose: one- or two-word connectives ("Dessutom:", "AU uppger
också:") and chat summary headers, role words, relative times, the name patterns of
organisations ("Förskolan X", "X IF") whose X is split, and the formats of numbers
(phones, personnummer, dates), which are patterns rather than vocabulary.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

TRAIN, DEV, TEST = "train", "dev", "test"
SPLITS = (TRAIN, DEV, TEST)
DEV_PERIOD = 4
TEST_SHARE = 0.25
PHRASING_PERIOD = 5
VOICE_PERIOD = 4
PARTICLES = frozenset({"al", "el", "abu", "bin", "ibn", "ben", "von", "af", "de", "van", "da"})
_TOKEN = re.compile(r"[\s\-']+")


def stable_hash(key: str) -> int:
    """A 64-bit hash of ``key`` that is identical across processes and machines."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


def unit(key: str) -> float:
    """``key`` mapped to [0, 1) by the stable hash."""
    return stable_hash(key) / 2**64


def fold(text: str) -> str:
    """Lower-case ASCII fold: 'Hodžić' -> 'hodzic', 'Åsa' -> 'asa'."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def check_split(split: str) -> str:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return split


def vocabulary_split(split: str) -> str:
    """The split whose names, places, voices and backgrounds ``split`` draws from."""
    return TRAIN if check_split(split) == DEV else split


def word_split(word: str, share: float = TEST_SHARE) -> str:
    """Split of a single vocabulary item (stem, noun) by its folded form."""
    return TEST if unit("w:" + fold(word)) < share else TRAIN


def name_split(name: str, share: float = TEST_SHARE) -> str | None:
    """Split of a name, or None when its tokens disagree (then the name is not used)."""
    tokens = [t for t in _TOKEN.split(fold(name)) if t and t not in PARTICLES]
    if not tokens:
        return None
    sides = {TEST if unit("n:" + t) < share else TRAIN for t in tokens}
    return sides.pop() if len(sides) == 1 else None


def indexed_split(key: str, n: int, period: int) -> list[str]:
    """Per item of a list of ``n``: every ``period``-th is test (offset by ``key``).

    Guarantees at least one test item when ``n >= 2`` and at least one train item.
    """
    offset = stable_hash(key) % period
    sides = [TEST if (i + offset) % period == 0 else TRAIN for i in range(n)]
    if n >= 2 and TEST not in sides:
        sides[stable_hash(key + "#") % n] = TEST
    if n >= 1 and TRAIN not in sides:
        sides[0] = TRAIN
    return sides


def phrasing_splits(family: str, n: int) -> list[str]:
    """Split of each phrasing of a scenario family (train, dev or test)."""
    sides = indexed_split("phrasing:" + family, n, PHRASING_PERIOD)
    rest = [i for i, side in enumerate(sides) if side == TRAIN]
    if len(rest) >= 2:
        for i, side in zip(
            rest, indexed_split("dev:" + family, len(rest), DEV_PERIOD), strict=True
        ):
            if side == TEST:
                sides[i] = DEV
    return sides


def voice_splits(voice_id: str, kind: str, n: int) -> list[str]:
    """Split of each opening (``kind='opening'``) or closing of a voice."""
    return indexed_split(f"voice:{voice_id}/{kind}", n, VOICE_PERIOD)


def family_splits(families: list[str], share: float = TEST_SHARE) -> dict[str, str]:
    """Whole families to test: the ``share`` with the lowest hash, at least one."""
    ranked = sorted(families, key=lambda f: stable_hash("family:" + f))
    n_test = max(1, round(share * len(ranked))) if len(ranked) > 1 else 0
    return {f: (TEST if i < n_test else TRAIN) for i, f in enumerate(ranked)}
