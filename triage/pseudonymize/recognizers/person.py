"""PERSON by Swedish context and name lists, complementing the trained NER.

Finds a name after a role or naming word ("mamma Sara", "eleven Omar", "som heter lo"),
a surname right after a found first name, and known first names from the shipped
name list — in lower case and possessive too — unless the word is also an ordinary
Swedish word (Sten, Björn, Liv, Ros…), which only count in a naming context, before a
verb only people do ("Storm säger") or in the genitive before a relative ("Storms
föräldrar"). In lower case also: a first name that is a word before a surname or an age
("inspektör per hallin", "moster till oliver 11 år"), a known first name before an age,
and the name on the door ("det står haddad på dörren").
"""

from __future__ import annotations

from collections.abc import Container

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from triage.pseudonymize.recognizers._base import FUNCTION_WORDS
from triage.pseudonymize.recognizers._tokens import plain_tokens

TRIGGERS = frozenset(
    """mamma mamman pappa pappan styvpappa styvmamma bonuspappa bonusmamma mormor morfar
    farmor farfar morbror farbror moster faster kusin kusinen syster systern bror brodern
    lillebror storebror lillasyster storasyster sonen dottern barnet flickan pojken
    eleven eleverna elev tjejen killen kompisen kompis vännen väninnan pojkvännen flickvännen
    sambo sambon maken frun hustrun mannen partnern heter hette kallas kallad namn namnet
    mentor mentorn lärare läraren rektor rektorn kurator kuratorn handläggare handläggaren
    sjuksköterska sjuksköterskan ssk läkare läkaren kontaktperson kontaktpersonen
    anmälare anmälaren tränaren grannen grannarna fostermamma fosterpappa vh
    morbrodern farbrodern svågern svärmor avser gäller angående beträffande ang barn
    vårdnadshavare vårdnadshavarna mvh hälsning hälsningar mig kollega kollegan inspektör
    inspektören samordnare samordnaren fadern volontär volontären fru pojkvän
    flickvän dotter make efternamn efternamnet förnamn förnamnet""".split()
)
# words between a naming word and the name: "mamman heter visst jolanta", "heter typ kevin"
NAMING_FILLERS = frozenset({"typ", "visst", "nog", "tydligen", "väl", "kanske", "alltså"})
# a known first name that starts a sentence and is followed by one of these is a person,
# even when it is also an ordinary word: "Malva arbetar som…", "Storm har berättat…"
PERSON_VERBS = frozenset(
    """arbetar berättar berättade grät gråter tycker mår säger sa sade pratar pratade bor
    går gick äter sitter satt ligger lämnade har hade är var bytte vill ville kom kommer
    verkar blev skrev skriver sover vägrar uppger uppgav""".split()
)
# verbs only people do: a capitalised ordinary word before one is a name ("Storm säger")
HUMAN_VERBS = frozenset(
    """berättar berättade grät gråter tycker tyckte mår säger sa sade pratar pratade bor
    äter sover vägrar uppger uppgav arbetar jobbar skriver ljuger skrattar""".split()
)
# an ordinary word in the genitive before one of these is a name ("Malvas mamma")
KIN = frozenset(
    """mamma pappa föräldrar föräldrarna bror brorsa syster lillebror lillasyster
    storebror storasyster styvpappa styvmamma bonuspappa bonusmamma mormor morfar farmor
    farfar syskon kompis kompisar pojkvän flickvän""".split()
)
# ordinary words that do what people do ("Personal säger", "Familj berättar")
NEVER_NAMES = frozenset(
    """personal polis barn folk man kvinna flicka pojke elev familj skola förskola granne
    läkare lärare rektor vuxen vuxna ungdom tjej kille kompis vän släkt modern fadern""".split()
)
NAME_PARTICLES = frozenset({"von", "af", "de", "van", "el", "al", "bin", "ibn", "abu"})
AFTER_SURNAME = PERSON_VERBS | {"och"}  # "sebastian nord pratade", "per alm och …"
AGE_UNITS = frozenset({"år", "åring", "mån", "månader", "veckor"})
# first names that are also ordinary words ("per", "mina", "oliver"): in lower case after
# a naming word, a name only when a surname-like word follows ("inspektör per hallin",
# not "kontakt per telefon")
WORD_FIRST_NAMES = frozenset(
    """per mina oliver ruta sanna lova liv vera alma saga stella tilde tindra vilja storm
    sol björn sten ros ask malva iris viola linn lo bo åke ture vide loke ella maja nova
    signe eli hans rut lisa hugo""".split()
)


def before_age(tokens, i: int) -> bool:
    """Token ``i`` is followed by an age: "sixten, 5 år", "petar (2 år)", "ardita 10 år"."""
    j = i + 1
    while j < len(tokens) and tokens[j].text in (",", "("):
        j += 1
    return (
        j + 1 < len(tokens) and tokens[j].text.isdigit() and tokens[j + 1].text.lower() in AGE_UNITS
    )


class SwedishPersonRecognizer(EntityRecognizer):
    """Context- and list-based PERSON recognizer for Swedish (``supported_language='sv'``)."""

    CONTEXT_SCORE = 0.8
    LIST_SCORE = 0.6

    def __init__(
        self,
        first_names: frozenset[str],
        last_names: frozenset[str],
        common_words: Container[str],
        supported_language: str = "sv",
    ) -> None:
        self.first_names = first_names
        self.last_names = last_names
        self.common_words = common_words
        super().__init__(
            supported_entities=["PERSON"],
            supported_language=supported_language,
            name="SwedishPersonRecognizer",
        )

    def load(self) -> None:  # noqa: D102 - nothing to load, lists come from the constructor
        pass

    def _is_name(self, word: str, in_context: bool) -> bool:
        lower = word.lower()
        stem = lower[:-1] if lower.endswith(("s", "'")) and len(lower) > 3 else lower
        known = lower in self.first_names or stem in self.first_names
        if not word[:1].isalpha() or lower in TRIGGERS:
            return False
        if in_context:  # "min kompis farhad": an unknown lower-case word after a naming word
            return word[:1].isupper() or (
                lower not in self.common_words
                and stem not in self.common_words
                and (known or (word.replace("-", "").isalpha() and len(word) > 2))
            )
        return known and lower not in self.common_words and stem not in self.common_words

    def _continues_name(self, tokens, i: int) -> bool:
        """A surname, particle or initial right after a name: "Sara Ek", "Omar H."."""
        word = tokens[i].text
        lower = word.lower()
        if lower in NAME_PARTICLES or (
            len(word) <= 2 and word[:1].isupper() and word.endswith(".")
        ):
            return True
        if not word.isalpha():
            return False
        if word[:1].isupper():
            return True
        # lower case: a known surname, or no Swedish word at all ("timo sjöblom")
        if lower not in self.common_words:
            return lower in self.last_names or len(word) > 2
        # ... or, after a lower-case first name and before punctuation, a noun in its base
        # form, as many Swedish surnames are: "gäller jacek kornet,", "mvh liv stål."
        following = tokens[i + 1].text if i + 1 < len(tokens) else "."
        return (
            tokens[i - 1].text.islower()
            and (not following[:1].isalpha() or following.lower() in AFTER_SURNAME)
            and self._is_base_form(lower)
            and lower not in TRIGGERS
            and lower not in PERSON_VERBS
        )

    def _named_by_verb(self, tokens, i: int) -> bool:
        """A capitalised known first name before a verb people do, or an ordinary word
        before a verb only people do: "Malva arbetar", "Storm säger"."""
        word = tokens[i].text
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        lower = word.lower()
        if lower in TRIGGERS:
            return False
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if following in HUMAN_VERBS and word not in FUNCTION_WORDS and self._is_base_form(lower):
            return True
        known = lower in self.first_names or (
            lower.endswith("s") and lower[:-1] in self.first_names
        )
        return known and following in PERSON_VERBS

    def _named_by_surname(self, tokens, i: int) -> bool:
        """A capitalised first name that is also an ordinary word, before a capitalised
        surname or unknown word: "Hans Holm kom", "Hans Zimmer har skrivit" (not "Hans
        bror", where the possessive is followed by a noun, in lower case)."""
        word = tokens[i].text
        if i + 1 >= len(tokens) or not (word[:1].isupper() and word[1:].islower()):
            return False
        following = tokens[i + 1].text
        lower = following.lower()
        return (
            word.lower() in self.first_names
            and following[:1].isupper()
            and following[1:].islower()
            and following.isalpha()
            and lower not in TRIGGERS
            and (lower in self.last_names or lower not in self.common_words)
        )

    def _word_name_before_surname(self, tokens, i: int) -> bool:
        """A first name that is also a word, before a lower-case surname that is no word
        or before an age: "inspektör per hallin", "föräldrarna mina hosseini", "moster till
        oliver 11 år" (not "per telefon", "mina 2 barn"); a known first name also before a
        surname that is a word: "kollegan ola hassel var med"."""
        word = tokens[i].text.lower()
        if i + 1 >= len(tokens) or word.capitalize() in FUNCTION_WORDS:
            return False
        following = tokens[i + 1].text
        lower = following.lower()
        if word not in WORD_FIRST_NAMES:
            return word in self.first_names and self._continues_name(tokens, i + 1)
        if following.isdigit() and i + 2 < len(tokens):
            return tokens[i + 2].text.lower() in AGE_UNITS or tokens[i + 2].text == ","
        return (
            following.isalpha()
            and len(following) > 2
            and (lower in self.last_names or lower not in self.common_words)
            and lower not in TRIGGERS
        )

    def _unknown(self, word: str) -> bool:
        """A word of letters that is no Swedish word, or a known first name."""
        lower = word.lower()
        return (
            word.replace("-", "").isalpha()
            and len(word) > 2
            and (lower not in self.common_words or lower in self.first_names)
        )

    def _known_first(self, lower: str) -> bool:
        """A first name of the list, or one that is also a word ("oliver")."""
        return lower in self.first_names or lower in WORD_FIRST_NAMES

    def _named_by_age(self, tokens, i: int) -> bool:
        """A known first name before an age, also one that is a word: "och alva, 5 år"
        (unknown words before an age: ``ProperNounRecognizer``)."""
        return before_age(tokens, i) and tokens[i].text.lower() in self.first_names

    def _named_on_door(self, tokens, i: int) -> bool:
        """The name on the door or letterbox: "det står haddad på dörren"."""
        return (
            i > 0
            and i + 2 < len(tokens)
            and tokens[i - 1].text.lower() == "står"
            and tokens[i + 1].text.lower() == "på"
            and tokens[i + 2].text.lower() in ("dörren", "brevlådan", "namnskylten")
            and (self._unknown(tokens[i].text) or tokens[i].text.lower() in self.last_names)
        )

    def _named_by_kin(self, tokens, i: int) -> bool:
        """An ordinary word in the genitive before a relative: "Storms föräldrar"."""
        word = tokens[i].text
        if not word.endswith("s") or len(word) < 4 or i + 1 >= len(tokens):  # "hos"
            return False
        lower = word.lower()
        return (
            tokens[i + 1].text.lower() in KIN
            and lower[:-1] not in TRIGGERS
            and self._is_base_form(lower[:-1])
        )

    def _candidates(self, tokens) -> tuple[list[bool], list[bool]]:
        """Per token: whether it follows a naming word ("mamma Sara", across a colon or
        comma too: "Barn: malva falk", "hälsning, hjördis"), and whether it may start a name
        at all. Outside a naming context every way of naming needs a capital, a known first
        name (also in the genitive) or a genitive before a relative; most words have none."""
        words = [t.text for t in tokens]
        lowers = [w.lower() for w in words]
        n = len(tokens)
        after = [False] * n
        # a separator is never a naming word, so after[i] is: token i-1 names, or token
        # i-1 is ":"/"," and token i-2 names
        for i, lower in enumerate(lowers):
            if lower in TRIGGERS and i + 1 < n:
                after[i + 1] = True
                if i + 2 < n and (
                    lowers[i + 1] in (":", ",")
                    or lowers[i + 1] in NAMING_FILLERS  # "heter visst …"
                    or (lowers[i + 1] == "är" and lower in ("namn", "namnet"))  # "mitt namn är"
                    # "pappa till oliver", not "mamma till familjecentralen"
                    or (lowers[i + 1] == "till" and self._known_first(lowers[i + 2]))
                ):
                    after[i + 2] = True
        first = self.first_names
        maybe = [
            after[i]
            or word[:1].isupper()
            or lower in first
            or (len(lower) > 3 and lower[:-1] in first)
            or (word.endswith("s") and len(lower) >= 4 and i + 1 < n and lowers[i + 1] in KIN)
            for i, (word, lower) in enumerate(zip(words, lowers, strict=True))
        ]
        # before an age ("sixten 5 år", "petar (2 år)") or on the door ("står haddad")
        for i, lower in enumerate(lowers):
            if lower[:1].isdigit() and i > 0:
                maybe[i - 1] = True
                if i > 1 and lowers[i - 1] in (",", "("):
                    maybe[i - 2] = True
            elif lower == "står" and i + 1 < n:
                maybe[i + 1] = True
        return after, maybe

    def _is_base_form(self, lower: str) -> bool:
        is_base_form = getattr(self.common_words, "is_base_form", None)
        return bool(is_base_form and is_base_form(lower)) and lower not in NEVER_NAMES

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or "PERSON" not in entities:
            return []
        tokens = plain_tokens(nlp_artifacts)
        results: list[RecognizerResult] = []
        after, maybe = self._candidates(tokens)
        i = 0
        while i < len(tokens):
            if not maybe[i]:
                i += 1
                continue
            token, in_context = tokens[i], after[i]
            if self._is_name(token.text, in_context):
                reason = "naming context" if in_context else "known first name"
            elif self._named_by_verb(tokens, i):
                reason = "before a verb people do"
            elif self._named_by_kin(tokens, i):
                reason = "genitive before a relative"
            elif self._named_by_surname(tokens, i):
                reason = "first name before a surname"
            elif in_context and self._word_name_before_surname(tokens, i):
                reason = "naming context, a first name that is a word before a surname"
            elif self._named_by_age(tokens, i):
                reason = "an unknown word before an age"
            elif self._named_on_door(tokens, i):
                reason = "the name on the door"
            else:
                i += 1
                continue
            end = i + 1
            # a name found by its surname goes on only in capitals ("Hans Holm befann sig")
            capitals = reason == "first name before a surname"
            while (
                end < len(tokens)
                and (not capitals or tokens[end].text[:1].isupper())
                and self._continues_name(tokens, end)
            ):
                end += 1
            score = self.CONTEXT_SCORE if in_context else self.LIST_SCORE
            start_char = token.idx
            end_char = tokens[end - 1].idx + len(tokens[end - 1].text)
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=score,
                textual_explanation=reason,
            )
            results.append(RecognizerResult("PERSON", start_char, end_char, score, explanation))
            i = end
        return results
