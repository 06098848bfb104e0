"""Shared machinery for the Swedish pattern recognizers.

presidio's :class:`PatternRecognizer` scores a match from the matched text alone
(``validate_result`` / ``invalidate_result``). Swedish personal data often needs the
words around the match too ("pnr" before an otherwise invalid personnummer, "åk" before
"7/8", a phone word before a bare ten-digit run), so :class:`SwedishPatternRecognizer`
runs the same loop as presidio with one extra hook, :meth:`score_in_context`, and lets a
pattern mark the personal-data part of a longer match with a named group ``pii``
(keyword-anchored patterns then mask only the number, not the keyword), or extend the
span back to a named group ``head`` inside a lookbehind (the keyword of "Förskolan
Solrosen" is found by a lookbehind from the capital, which is much faster than trying
every keyword at every position, and still belongs to the span).

Speed: the whole pseudonymiser must handle 200+ referrals of 250 words a second. A
pattern may therefore name an :class:`Anchor` — literal text every match contains ("@",
a month name, "skolan", a street word before a house number) — and the full pattern
then only runs in small windows around the anchor hits, or not at all when there is
none. Each match found in a window is re-run at its start on the whole text, so
anchoring never changes a result, only skips text that cannot match. Unanchored
patterns start with a one-character lookahead guard, which lets the ``regex`` engine
skip ahead instead of trying every position.

Context words: presidio's LemmaContextAwareEnhancer boosts a result whose five preceding
lemmas contain a context word, but it finds the result's token by a linear scan and
tests lemmas against a list — most of its time goes there. These recognizers apply the
same rule themselves (:meth:`SwedishPatternRecognizer.enhance_using_context`: same
window, same boost, same floor, binary search and a set) and mark their results as
evaluated, so the engine-level enhancer skips them.

All regexes are compiled once per process (at construction) with the ``regex`` module
presidio itself uses; none of them can backtrack catastrophically (every repetition is
bounded or consumes a distinct character class) and nothing here touches the network.
"""

from __future__ import annotations

import re as stdlib_re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

import regex as re
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

# presidio's default flags, and the case-sensitive variant used where capitalisation is
# the signal (names of places and organisations, street names).
IGNORECASE_FLAGS = re.DOTALL | re.MULTILINE | re.IGNORECASE
CASE_SENSITIVE_FLAGS = re.DOTALL | re.MULTILINE

PII_GROUP = "pii"
HEAD_GROUP = "head"
SENTENCE_END = frozenset(".!?:;\n\r•*–—-")
OPENING_PUNCT = " \t\u00a0\"'”“»«([{"
SPACES = " \t\u00a0"


# capitalised words that cannot start a name ("Hans skola", "När Täby centrum")
FUNCTION_WORDS = frozenset(
    """I På Till Från Vid Om Och Men Att Som Efter Under Mellan Inom Utanför Enligt Med Mot
    För Hos Av Ur Genom Sedan När Då Där Här Det Den De Denna Detta Dessa Hans Hennes Hens
    Deras Vår Vårt Våra Er Ert Era Min Mitt Mina Din Ditt Dina Sin Sitt Sina Hon Han Hen
    Vi Ni Jag Du Barnens Barnets Elevens Elevernas Dotterns Sonens Flickans Pojkens Mammas
    Pappas Mammans Pappans Familjens Ens Nästa Samma Annan Annat Andra Stadens Kommunens
    Regionens Närmaste Närmsta Hela Alla Varje En Ett Någon Något Några Ingen Inget Inga
    Båda Vilken Vilket Vilka Ny Nya Gamla Gammal Egen Eget Egna Kommunal Kommunala Privat
    Privata Ordinarie Tidigare Nuvarande Dess Vems Hemma Också Även Bara Inte Kanske Ja Nej
    Hej Mvh Varken Både Eller Fast Trots Utan Bakom Framför Kring Runt
    Sveriges Svenska Svensk Anmälarens Anmälan Orosanmälan Igår Idag Imorgon
    Därför Dock Sen Nu Så Vad Varför Hur Vem Var Vart""".split()
)
FUNCTION_WORDS_REGEX = "(?:" + "|".join(sorted(FUNCTION_WORDS)) + ")"


def at_sentence_start(text: str, start: int) -> bool:
    """True when only opening punctuation separates ``start`` from a sentence boundary."""
    i = start - 1
    while i >= 0 and text[i] in OPENING_PUNCT:
        i -= 1
    return i < 0 or text[i] in SENTENCE_END


# the first letter of each sentence: at the start, or after an end mark or a line break
SENTENCE_START = stdlib_re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")


@lru_cache(maxsize=1)
def written_in_lower_case(text: str) -> bool:
    """The writer does not capitalise: most sentences start in lower case ("hej. ja e
    orolig för ellen …"), so the case of a word says nothing about it being a name."""
    starts = SENTENCE_START.findall(text)
    return len(starts) >= 2 and sum(c.islower() for c in starts) >= 0.8 * len(starts)


@lru_cache(maxsize=1)
def lowered(text: str) -> str:
    """``text`` in lower case, offset for offset (a character whose lower case is longer
    stays as it is). Remembers only the last text: the eight pattern recognizers each ask
    for the same one."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "-_"


def _word_start(text: str, i: int) -> int:
    while i > 0 and _is_word_char(text[i - 1]):
        i -= 1
    return i


@dataclass(frozen=True)
class Anchor:
    """Where a pattern can match: near a hit of literal text every match contains.

    Hits come from ``literals`` (found in the lower-cased text), ``cased`` (found in the
    text as written) and ``regex`` (stdlib syntax, in the text as written; keep it
    starting with a character class so it is fast). The pattern is then searched from
    ``before`` characters before a hit (or before the start of the hit's word, with
    ``word_start``) to ``after`` characters after its end — enough for the mandatory
    part of a match; a match found there is re-run on the whole text, which gives it
    its full length. Filters drop hits early:

    * ``word_end``: the hit ends a word;
    * ``capitalised``: the word holding the hit starts with a capital;
    * ``upper_after``: after the rest of the hit's word and some space, a capital;
    * ``word_before``: the text before the hit, ignoring spaces, ends with one of these
      lower-case strings.
    """

    literals: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    regex: str | None = None
    before: int = 0
    after: int = 0
    word_start: bool = False
    word_end: bool = False
    capitalised: bool = False
    upper_after: bool = False
    word_before: tuple[str, ...] = ()

    def hits(
        self, text: str, lower: str, compiled: stdlib_re.Pattern | None
    ) -> list[tuple[int, int]]:
        """Spans of the hits that pass the filters, in text order."""
        spans: list[tuple[int, int]] = []
        for source, needles in ((lower, self.literals), (text, self.cased)):
            for needle in needles:
                i = source.find(needle)
                while i != -1:
                    spans.append((i, i + len(needle)))
                    i = source.find(needle, i + 1)
        if compiled is not None:
            spans.extend(m.span() for m in compiled.finditer(text))
        kept = [(start, end) for start, end in spans if self._keep(text, lower, start, end)]
        if self.word_start:
            kept = [(_word_start(text, start), end) for start, end in kept]
        return sorted(kept)

    def _keep(self, text: str, lower: str, start: int, end: int) -> bool:
        if self.word_end and end < len(text) and _is_word_char(text[end]):
            return False
        if self.capitalised and not text[_word_start(text, start)].isupper():
            return False
        if self.upper_after:
            k = end
            while k < len(text) and _is_word_char(text[k]):
                k += 1
            if k >= len(text) or text[k] not in SPACES:
                return False
            while k < len(text) and text[k] in SPACES:
                k += 1
            if k >= len(text) or not text[k].isupper():
                return False
        if self.word_before:
            j = start
            while j > 0 and text[j - 1] in SPACES:
                j -= 1
            if not lower[max(0, j - 24) : j].endswith(self.word_before):
                return False
        return True


class SwedishPatternRecognizer(PatternRecognizer):
    """A presidio PatternRecognizer for Swedish with a context-aware scoring hook.

    Subclasses set ``ENTITY``, ``PATTERNS`` (named, scored :class:`Pattern` objects),
    ``CONTEXT`` (Swedish words for presidio's context enhancer), optionally ``FLAGS`` and
    ``ANCHORS`` (pattern name -> :class:`Anchor`).
    """

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    FLAGS: ClassVar[int] = IGNORECASE_FLAGS
    ANCHORS: ClassVar[dict[str, Anchor]] = {}
    # enhance_using_context reads only this recognizer's results (see the engine)
    READS_OTHER_RESULTS: ClassVar[bool] = False

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "sv",
        supported_entity: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            name=name,
            supported_language=supported_language,
            patterns=list(patterns if patterns is not None else self.PATTERNS),
            context=list(context if context is not None else self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        for pattern in self.patterns:  # compile now, not on the first request
            self._compiled(pattern, self.global_regex_flags)
        unknown = set(self.ANCHORS) - {pattern.name for pattern in self.PATTERNS}
        if unknown:
            raise ValueError(f"{type(self).__name__}: anchors for unknown patterns {unknown}")
        self._anchor_regexes = {
            name: stdlib_re.compile(anchor.regex) if anchor.regex else None
            for name, anchor in self.ANCHORS.items()
        }

    @staticmethod
    def _compiled(pattern: Pattern, flags: int) -> re.Pattern:
        if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
            pattern.compiled_regex = re.compile(pattern.regex, flags=flags)
            pattern.compiled_with_flags = flags
        return pattern.compiled_regex

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run every pattern over ``text``; score each match in its context."""
        entity = self.supported_entities[0]
        if entities and entity not in entities:
            return []
        flags = regex_flags or self.global_regex_flags
        lower = lowered(text)
        results: list[RecognizerResult] = []
        for pattern in self.patterns:
            compiled = self._compiled(pattern, flags)
            has_pii_group = PII_GROUP in compiled.groupindex
            has_head_group = HEAD_GROUP in compiled.groupindex
            anchor = self.ANCHORS.get(pattern.name)
            if anchor is None:
                matches: Iterator[re.Match] = compiled.finditer(text)
            else:
                hits = anchor.hits(text, lower, self._anchor_regexes[pattern.name])
                if not hits:
                    continue
                matches = self._windowed(compiled, anchor, hits, text)
            for match in matches:
                if has_pii_group and match.start(PII_GROUP) >= 0:
                    start, end = match.span(PII_GROUP)
                else:
                    start, end = match.span()
                if has_head_group and 0 <= match.start(HEAD_GROUP) < start:
                    start = match.start(HEAD_GROUP)
                if end <= start:
                    continue
                result = self._result(text, start, end, pattern, flags)
                if result is not None:
                    results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def _result(
        self, text: str, start: int, end: int, pattern: Pattern, flags: int
    ) -> RecognizerResult | None:
        candidate = text[start:end]
        score = pattern.score
        validation = self.validate_result(candidate)
        if validation is not None:
            score = self.MAX_SCORE if validation else self.MIN_SCORE
        if self.invalidate_result(candidate):
            score = self.MIN_SCORE
        score = self.score_in_context(text, start, end, score, validation, pattern.name)
        if score <= self.MIN_SCORE:
            return None
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, score, validation, flags
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )

    @staticmethod
    def _windowed(
        compiled: re.Pattern, anchor: Anchor, hits: list[tuple[int, int]], text: str
    ) -> Iterator[re.Match]:
        """``compiled.finditer(text)`` restricted to windows around the anchor hits."""
        windows: list[list[int]] = []
        for hit_start, hit_end in hits:
            start = max(0, hit_start - anchor.before)
            end = min(len(text), hit_end + anchor.after)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        last_end = 0
        for window_start, window_end in windows:
            pos = max(window_start, last_end)
            while pos < window_end:
                found = compiled.search(text, pos, window_end)
                if found is None:
                    break
                match = compiled.match(text, found.start())  # the same match, whole text
                if match is None or match.end() <= match.start():
                    pos = found.start() + 1
                    continue
                yield match
                last_end = pos = match.end()

    # presidio's LemmaContextAwareEnhancer defaults, applied by enhance_using_context
    CONTEXT_SIMILARITY_FACTOR = 0.35
    MIN_SCORE_WITH_CONTEXT_SIMILARITY = 0.4
    CONTEXT_PREFIX_COUNT = 5

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """presidio's lemma context rule, done fast; results are marked as evaluated.

        A result gets ``+0.35`` (at least 0.4, at most 1.0) when one of this
        recognizer's context words is part of one of the five filtered lemmas before it
        (or of the extra ``context`` words), exactly as presidio's default enhancer
        would do; the engine's enhancer then skips these results.
        """
        if not raw_recognizer_results or nlp_artifacts is None:
            return raw_recognizer_results
        starts, lemmas = nlp_artifacts.tokens_indices, nlp_artifacts.lemmas
        if not starts or not lemmas:
            return raw_recognizer_results
        keywords = frozenset(nlp_artifacts.keywords or ())
        extra = [word.lower() for word in context or ()]
        own = [word.lower() for word in self.context]
        for result in raw_recognizer_results:
            metadata = result.recognition_metadata
            if metadata.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            # the token holding the result's first character (results never start
            # on a space, and every other character belongs to a token)
            first = min(max(bisect_right(starts, result.start) - 1, 0), len(lemmas) - 1)
            words = list(extra)
            # like presidio: up to n + 1 keywords backwards from the result's token
            # (the token itself included), and the first keyword from it forwards
            for step, wanted in ((-1, self.CONTEXT_PREFIX_COUNT + 1), (1, 1)):
                index = first
                while 0 <= index < len(lemmas) and wanted > 0:
                    lemma = lemmas[index].lower()
                    if lemma in keywords:
                        words.append(lemma)
                        wanted -= 1
                    index += step
            supportive = next((c for c in own if any(c in word for word in words)), "")
            if not supportive:
                continue
            score = max(
                result.score + self.CONTEXT_SIMILARITY_FACTOR,
                self.MIN_SCORE_WITH_CONTEXT_SIMILARITY,
            )
            result.score = min(score, self.MAX_SCORE)
            if result.analysis_explanation is not None:
                result.analysis_explanation.set_supportive_context_word(supportive)
                result.analysis_explanation.set_improved_score(result.score)
        return raw_recognizer_results

    def score_in_context(
        self,
        text: str,
        start: int,
        end: int,
        score: float,
        validation: bool | None,
        pattern_name: str = "",
    ) -> float:
        """Final score of ``text[start:end]`` given its surroundings; 0 drops the match.

        ``score`` already reflects the pattern score, ``validate_result`` and
        ``invalidate_result``; ``validation`` is what ``validate_result`` returned;
        ``pattern_name`` names the pattern that matched.
        """
        return score
