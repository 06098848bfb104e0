"""Noise and register transforms on segments, so gold spans stay exact.

Literal segments get typos, abbreviations (vh, bvc, lgh, pga, ang, ev...), dropped
punctuation, lower-case sentence starts, doubled spaces and extra line breaks; words at
a segment's edge are never touched, so nothing merges into a span. Personal-data segments
only change case (lower-case names), which keeps them what the slot inserted. Offsets
are computed afterwards by ``render.Doc.build``.
"""

from __future__ import annotations

import random
import re

from training.synth.render import Seg

SEP = "\x00"  # joins literal segments so each rule scans a referral once


def _rules(pairs) -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    """(needle, whole-word regex, replacements) per rule; the needle skips absent rules fast."""
    out = []
    for pattern, options in pairs:
        needle = max(re.findall(r"[a-zåäö ]+", pattern.lower()), key=len)
        out.append((needle, re.compile(rf"\b(?:{pattern})\b"), options))
    return tuple(out)


ABBREVIATIONS = _rules(
    (
        (r"[Vv]änliga hälsningar", ("vh", "Vh", "vänl. hälsn.")),
        (r"[Mm]ed vänlig hälsning", ("mvh", "Mvh", "MVH")),
        (r"barnavårdscentralen", ("bvc", "BVC")),
        (r"lägenhet(?:en)?", ("lgh", "lgh.")),
        (r"på grund av", ("pga", "p.g.a.")),
        (r"[Aa]ngående", ("ang", "ang.")),
        (r"eventuellt", ("ev", "ev.")),
        (r"till exempel", ("t.ex.", "tex")),
        (r"bland annat", ("bl.a.", "bla")),
        (r"telefon", ("tel", "tfn")),
        (r"ungefär", ("ca", "ung.")),
        (r"klockan", ("kl", "kl.")),
        (r"vårdnadshavar(?:e|na|en)", ("vh", "VH", "vhn")),
        (r"socialtjänsten", ("soc", "socialtj.")),
        (r"någon", ("ngn",)),
        (r"något", ("ngt",)),
        (r"mycket", ("mkt",)),
        (r"(?:skol)?sköterska(?:n)?", ("ssk",)),
        (r"eftermiddag(?:en)?", ("em", "e.m.")),
        (r"förmiddag(?:en)?", ("fm",)),
        (r"med anledning av", ("m.a.a.",)),
    )
)
AMPERSAND = _rules(((r"och", ("&", "o")),))
CHAT_SLANG = _rules(
    (
        (r"jag", ("ja", "jag", "jag")),
        (r"mig", ("mej",)),
        (r"dig", ("dej",)),
        (r"det", ("de",)),
        (r"är", ("e", "är")),
        (r"och", ("o", "å", "och")),
        (r"vad", ("va",)),
        (r"någon", ("nån",)),
        (r"något", ("nåt",)),
        (r"sedan", ("sen",)),
        (r"också", ("oxå", "också")),
        (r"mycket", ("mkt", "sjukt mycket")),
        (r"väldigt", ("sjukt", "typ")),
        (r"inte", ("inte", "int", "inte")),
        (r"skulle", ("sku",)),
        (r"berättade", ("berätta",)),
        (r"sa att", ("sa typ att",)),
    )
)
EMOJIS = ("😔", "😢", "😭", "🙏", "💔", "😬", "😞", "🥺", "!!", "??", "...")
FIRST_PERSON = (
    (re.compile(r"\b(hör|höra|hörde|hört) av mig\b"), r"\1 av sig"),
    (re.compile(r"\b(?:[Jj]ag|[Mm]ig)\b"), "AU"),
    (re.compile(r"\b[Mm](?:in|itt|ina)\b"), "AU:s"),
)
_WORD = re.compile(r"(?<=[^\w\x00])[^\W\d_]{4,}(?=[^\w\x00])")
_SENTENCE_START = re.compile(r"(?<=[.!?]\s)([A-ZÅÄÖ])(?=[a-zåäö])")
_PUNCT = re.compile(r"[.,](?=\s)")
_SPACE = re.compile(r"(?<=\S) (?=\S)")
_AFTER_SENTENCE = re.compile(r"(?<=[.!?]) (?=\S)")
_FULL_STOP = re.compile(r"\.(?=\s|\x00|$)")
_QUOTES = '”"“«»'
_QUOTE_SPLIT = re.compile(f"([{_QUOTES}])")
_ASCII = str.maketrans("åäöÅÄÖ", "aaoAAO")


def _lower(text: str) -> str:
    """Lower case without changing length (Turkish 'İ' would grow)."""
    lowered = text.lower()
    return (
        lowered
        if len(lowered) == len(text)
        else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    )


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == 1:
        return word[:i] + word[i + 1 :]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word.translate(_ASCII) if any(c in "åäöÅÄÖ" for c in word) else word[:i] + word[i + 1 :]


def _sub(rng: random.Random, text: str, rules, p: float) -> str:
    """Replace each match of each rule with probability ``p`` (keeping a capital)."""
    if p <= 0:
        return text
    lowered = text.lower()

    def replace(m: re.Match, options: tuple[str, ...]) -> str:
        if rng.random() >= p:
            return m.group(0)
        out = rng.choice(options)
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    for needle, pattern, options in rules:
        if needle in lowered:
            text = pattern.sub(lambda m, o=options: replace(m, o), text)
    return text


def _some(rng: random.Random, pattern: re.Pattern, text: str, share: float, edit) -> str:
    """Apply ``edit`` to about ``share`` of the matches of ``pattern`` (picked at random)."""
    matches = list(pattern.finditer(text))
    expected = share * len(matches)
    k = min(len(matches), int(expected) + (rng.random() < expected % 1))
    if not k:
        return text
    pieces, cursor = [], 0
    for m in sorted(rng.sample(matches, k), key=lambda m: m.start()):
        pieces += [text[cursor : m.start()], edit(m.group(0))]
        cursor = m.end()
    return "".join([*pieces, text[cursor:]])


def _literal_noise(rng: random.Random, text: str, level: float) -> str:
    text = _sub(rng, text, ABBREVIATIONS, level * 0.6)
    text = _sub(rng, text, AMPERSAND, level * 0.06)
    text = _some(rng, _WORD, text, level * 0.05, lambda word: _typo(rng, word))
    if rng.random() < level:
        text = _some(rng, _PUNCT, text, level * 0.5, lambda _: "")
    if rng.random() < level:
        text = _some(rng, _SENTENCE_START, text, level, str.lower)
    if rng.random() < level:
        text = _some(rng, _SPACE, text, level * 0.04, lambda _: "  ")
    return _some(rng, _AFTER_SENTENCE, text, level * 0.15, lambda _: "\n")


def _literals(segs: list[Seg]) -> tuple[list[Seg], str]:
    lits = [seg for seg in segs if seg.label is None]
    return lits, SEP.join(seg.text for seg in lits)


def _put_back(lits: list[Seg], joined: str) -> None:
    if not lits:
        return
    for seg, text in zip(lits, joined.split(SEP), strict=True):
        seg.text = text


def add_noise(rng: random.Random, segs: list[Seg], level: float) -> None:
    """Typos, abbreviations, punctuation and case noise at ``level`` (0 = clean)."""
    if level <= 0:
        return
    lower_all = rng.random() < level * 0.12
    lower_names = lower_all or rng.random() < level * 0.15
    lits, joined = _literals(segs)
    joined = _literal_noise(rng, joined, level)
    _put_back(lits, _lower(joined) if lower_all else joined)
    for seg in segs:
        if seg.label is not None and ((lower_names and seg.label == "PERSON") or lower_all):
            seg.text = _lower(seg.text)


def chatify(rng: random.Random, segs: list[Seg]) -> None:
    """A young person typing: lower case, slang, few full stops, emojis."""
    for seg in segs:
        if seg.label is not None:
            seg.text = _lower(seg.text)
    lits, text = _literals(segs)
    text = _sub(rng, _lower(text), CHAT_SLANG, 0.7)
    text = _FULL_STOP.sub(
        lambda m: (
            f" {rng.choice(EMOJIS)}" if rng.random() < 0.25 else ("" if rng.random() < 0.6 else ".")
        ),
        text,
    )
    _put_back(lits, text.replace(",", "") if rng.random() < 0.5 else text)


def third_person(segs: list[Seg]) -> None:
    """Intake notes of an anonymous call: the caller's "jag/mig/min" become "AU"."""
    lits, text = _literals(segs)
    pieces = _QUOTE_SPLIT.split(text)
    quoted = False
    for i, piece in enumerate(pieces):
        if piece and piece in _QUOTES:
            quoted = not quoted
        elif not quoted:
            for pattern, repl in FIRST_PERSON:
                piece = pattern.sub(repl, piece)
            pieces[i] = piece
    _put_back(lits, "".join(pieces))
