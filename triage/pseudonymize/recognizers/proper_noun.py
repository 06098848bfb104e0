"""A recall safety net for names the NER and the name lists missed.

- Swedish capitalises only proper nouns, so a capitalised word that does not start a
  sentence is almost always a name, a place or an organisation.
- Words in another script (Arabic, Persian, Cyrillic…) inside Swedish text are names.
- Initials: "A.S.", "M.K." and two- or three-letter capitals that are no known acronym.
- A word that is no ordinary Swedish word and whose spelling looks like a name (see
  ``namelike``): sentence-initial "Sixten", chat-style "parisa"; or that is capitalised
  and followed by a verb people do ("Tristan har berättat").

All are masked as PERSON with a low score, unless they are a known non-identifying
proper noun (countries, authorities, apps, holidays) or a common acronym.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from triage.pseudonymize.namelike import NameLikeness
from triage.pseudonymize.ner_features import ROLE_WORDS
from triage.pseudonymize.recognizers._tokens import plain_tokens
from triage.pseudonymize.recognizers.person import PERSON_VERBS, TRIGGERS, before_age

SENTENCE_OPENERS = frozenset('.!?:;"”“»«-–—•*()[]')
SIGNATURE_MARKS = frozenset("/-–—")
NOT_IDENTIFYING = frozenset(
    """sverige sveriges norge danmark finland island tyskland polen frankrike spanien italien
    grekland turkiet syrien irak iran afghanistan somalia eritrea etiopien marocko libyen
    libanon egypten tunisien algeriet bosnien serbien kroatien kosovo albanien rumänien
    bulgarien ukraina ryssland thailand vietnam kina indien pakistan bangladesh chile
    colombia peru brasilien usa england storbritannien europa afrika asien mellanöstern
    norden skandinavien skåne stockholm göteborg malmö uppsala lund västerås örebro
    linköping helsingborg jönköping norrköping umeå gävle borås eskilstuna södertälje
    karlstad täby växjö halmstad sundsvall luleå trollhättan östersund borlänge falun
    kalmar kristianstad karlskrona skövde uddevalla landskrona motala norrtälje
    migrationsverket försäkringskassan skatteverket kronofogden polismyndigheten
    arbetsförmedlingen socialstyrelsen ivo barnahus kriminalvården frivården
    kvinnojouren tjejjouren bris 1177 region regionen kommun kommunen länsstyrelsen
    snapchat instagram tiktok facebook whatsapp messenger discord youtube google
    fortnite roblox minecraft playstation xbox iphone ipad android swish bankid
    telegram signal twitter netflix spotify volvo audi bmw saab
    gud allah jesus koranen bibeln ramadan eid jul påsk midsommar mvh hälsningar""".split()
    + """
    lvu lss sol bbic hvb sis bup bvc mvc vc""".split()
)
INSIDE = "capitalised word inside a sentence"
_UNJUDGED = object()
TITLE_ENDINGS = (
    "inspektör",
    "handläggare",
    "sekreterare",
    "assistent",
    "läkare",
    "sköterska",
    "lärare",
    "föräldrarna",
    "modern",
    "fadern",
    "dottern",
    "sonen",
    "brodern",
    "systern",
    "enl",
)
# endings of definite nouns, which Swedish compounds freely: not names
DEFINITE_COMPOUND = ("aren", "eren", "rummet", "arna", "erna", "orna", "ningen", "heten", "andet")
GREETINGS = frozenset("hej hejsan hallå tack kära bästa hälsningar mvh god goddag".split())
ACRONYMS = frozenset(
    """AU VH BUP BVC MVC LSS LVU SOL HVB SIS IVO VC ADHD ADD ASD PM RG LPO KBT IFO SFI
    ABF OK NPF UVM BBIC FN EU USA ICA UMO SMS AT ST HLR DNR PNR MVH TEL CA IT ID TV PC
    OCH JAG DU HAN HON VI NI DE DET NEJ JA KL NR EJ SE SV""".split()
)
INITIALS = re.compile(r"^(?:[A-ZÅÄÖ]\.){1,3}[A-ZÅÄÖ]?\.?$|^[A-ZÅÄÖ]{2,3}$")
NON_LATIN = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0700-\u08ff\u1200-\u137f\u0e00-\u0e7f]"
)


AGE_STARTS = frozenset(",(0123456789")  # what may follow a name before its age


class ProperNounRecognizer(EntityRecognizer):
    """Mid-sentence capitalised words as PERSON (low score), minus known safe words."""

    SCORE = 0.35
    UNKNOWN_CAPITALISED = 0.25  # name-likeness needed for a sentence-initial unknown word
    UNKNOWN_LOWER = 0.85  # ... and for an unknown lower-case word (chat, sloppy typing)
    UNKNOWN_LOWER_REPEATED = 0.3  # ... that recurs in the text: typos rarely repeat, names do
    LOWER_BEFORE_VERB = 0.05  # ... that is followed by a verb people do ("ikran äter")
    UNKNOWN_BEFORE_AGE = 0.2  # ... that is followed by an age ("sixten, 8 mån")

    def __init__(
        self,
        lexicon: Container[str] = frozenset(),
        namelike: NameLikeness | None = None,
        stop_words: Container[str] = frozenset(),
        supported_language: str = "sv",
    ) -> None:
        self.lexicon = lexicon
        self.namelike = namelike
        self._cache: dict[tuple[str, bool, bool], str | None] = {}
        self.stop_words = stop_words
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="ProperNounRecognizer",
        )

    def load(self) -> None:  # noqa: D102 - stateless
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        tokens = plain_tokens(nlp_artifacts)
        words = [token.text for token in tokens]
        reasons = self._reasons(tokens, words)
        results = []
        for i, word in enumerate(words):
            reason = reasons[i]
            if not reason and i + 1 < len(words):
                if reasons[i + 1] == INSIDE:
                    reason = self._first_name_of(word)
                if not reason and words[i + 1] in PERSON_VERBS:
                    reason = self._unknown_before_verb(word)
                if not reason and words[i + 1][:1] in AGE_STARTS and before_age(tokens, i):
                    reason = self._unknown_before_age(word)
            if not reason and word[:1].isupper():  # the only words that can be initials
                reason = self._single_initial(tokens, i)
            if reason:
                explanation = AnalysisExplanation(
                    recognizer=self.name, original_score=self.SCORE, textual_explanation=reason
                )
                start = tokens[i].idx
                results.append(
                    RecognizerResult("PERSON", start, start + len(word), self.SCORE, explanation)
                )
        return results

    def _reasons(self, tokens, words: list[str]) -> list[str | None]:
        """Why each token is probably a name, or None; judged once per word, position
        (sentence-initial or not) and whether a lower-case word recurs in the text."""
        seen = Counter(word for word in words if word.islower())
        cache = self._cache
        if len(cache) > 200_000:
            cache.clear()
        reasons = []
        starts_sentence = True
        for token, word in zip(tokens, words, strict=True):
            key = (word, starts_sentence, seen[word] > 1)
            reason = cache.get(key, _UNJUDGED)
            if reason is _UNJUDGED:
                reason = cache[key] = self._judge(*key)
            reasons.append(reason)
            starts_sentence = token.is_space or word[-1:] in SENTENCE_OPENERS
        return reasons

    def _first_name_of(self, word: str) -> str | None:
        """A sentence-initial capitalised word right before a surname: "Storm Falk ..."."""
        lower = word.lower()
        if not word[:1].isupper() or not word.isalpha() or word.isupper():
            return None
        if lower in NOT_IDENTIFYING or lower in GREETINGS or lower in self.stop_words:
            return None
        if lower in TRIGGERS or lower in ROLE_WORDS or lower.endswith(TITLE_ENDINGS):
            return None
        return "capitalised word before a name"

    @staticmethod
    def _single_initial(tokens, i: int) -> str | None:
        """One capital standing for a name: "Z säger att…", "Z:s armar", a signature
        "/ J" at the very end. "I", "O" and "Å" are words ("I skolan", "O så vidare")."""
        word = tokens[i].text
        letter = word[:1]
        if not (letter.isupper() and letter.isalpha()) or letter in "IOÅ":
            return None
        if word[1:] in (":s", "s") and len(word) > 1:
            return "initial in the genitive"
        if len(word) != 1:
            return None
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if following in PERSON_VERBS:
            return "initial before a verb"
        previous = tokens[i - 1].text if i else ""
        last = all(t.is_space for t in tokens[i + 1 :])  # stops at the first word
        if last and (previous in SIGNATURE_MARKS or not previous.strip()):
            return "initial as a signature"
        return None

    def _unknown_before_verb(self, word: str) -> str | None:
        """A word that is no Swedish word, before a verb people do: "Tristan har
        berättat", "Omer arbetar som", chat-style "ikran äter"."""
        lower = word.lower()
        if not (word[1:].islower() and word.isalpha() and len(word) > 2):
            return None
        if word.islower() and (
            self.namelike is None or self.namelike.score(lower) < self.LOWER_BEFORE_VERB
        ):
            return None
        if len(word) > 10 or lower.endswith(DEFINITE_COMPOUND):  # "Våldsutövaren", "Soprummet"
            return None
        if lower in self.lexicon or lower.rstrip("s") in self.lexicon:
            return None
        if lower in NOT_IDENTIFYING or lower in self.stop_words or lower in TRIGGERS:
            return None
        return "unknown word before a verb"

    def _unknown_before_age(self, word: str) -> str | None:
        """A lower-case word that is no Swedish word and looks like a name, before an
        age: "och sixten, 8 mån", "ardita 10 år" (not the typo "uneg (15 år)")."""
        lower = word.lower()
        if not word.islower() or not word.replace("-", "").isalpha() or not 2 < len(word) <= 12:
            return None
        if lower in self.lexicon or lower.rstrip("s") in self.lexicon or self.namelike is None:
            return None
        if lower in NOT_IDENTIFYING or lower in self.stop_words or lower in TRIGGERS:
            return None
        if lower.endswith(DEFINITE_COMPOUND):
            return None
        if self.namelike.score(lower) < self.UNKNOWN_BEFORE_AGE:
            return None
        return "unknown word before an age"

    def _judge(self, word: str, starts_sentence: bool, repeated: bool = False) -> str | None:
        if NON_LATIN.search(word) and any(c.isalpha() for c in word):
            return "word in another script"
        letters = word.replace(".", "")
        known = letters.upper() in ACRONYMS or ("." not in word and letters.lower() in self.lexicon)
        if INITIALS.match(word) and not known:
            return "initials"
        if not word.replace("-", "").isalpha() or len(word) < 3:
            return None
        lower = word.lower()
        if lower in NOT_IDENTIFYING or lower.rstrip("s") in NOT_IDENTIFYING or word.isupper():
            return None
        if word[:1].isupper() and not starts_sentence:
            return INSIDE
        if lower in self.lexicon or lower.rstrip("s") in self.lexicon or self.namelike is None:
            return None
        if word[:1].isupper():
            threshold = self.UNKNOWN_CAPITALISED
        else:
            threshold = self.UNKNOWN_LOWER_REPEATED if repeated else self.UNKNOWN_LOWER
        if self.namelike.score(lower) >= threshold:
            return "unknown word that looks like a name"
        return None
