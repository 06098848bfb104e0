"""Ordinary Swedish words: the lookup lemmatizer's forms and lemmas plus stop words."""

from __future__ import annotations

from spacy.language import Language

# Uninflected words the lemma table lacks (it lists inflected forms): adverbs,
# prepositions, everyday abbreviations and chat spellings, so "hemma har", "sönder och"
# or "asså" is never a name.
UNINFLECTED = frozenset(
    """hemma borta ute inne uppe nere framme hem hemifrån bort iväg ihop isär igång
    tillbaka ju först nästan ungefär ändå medan dessutom per emot ca cirka kl tel tfn
    strax igenom egentligen kring omkring runtom via ganska därmed samt exempelvis
    morse hittills annars ifrån fjol extra nyligen liksom därefter varav alldeles
    efteråt överens sällan någonsin dags undan allra sönder istället alltför bredvid
    framåt bakåt tyvärr förutom enbart utifrån dagligen okej såväl naturligtvis samman
    tvärtom respektive ikväll idag igår imorgon ovanför nedanför förmodligen nämligen
    ytterst utöver endast äntligen förut emellan förr numera troligen visserligen
    inklusive synnerhet alltmer någonstans annanstans förbi ihjäl åter därifrån
    antingen förväg ombord framöver växelvis utom därpå intill redo annorlunda
    antagligen noga därtill desto uttryckligen förrän uppemot småningom däribland
    emellertid onödan huvudsakligen söderut norrut österut västerut således halvvägs
    alltjämt vanligtvis ofta ibland alltid aldrig ännu redan genast snart sedan därför
    däremot dock ifall fastän eftersom trots pnr nr ang enl pga mkt ngt ngn lgh
    nån nåt nåra oxå okså int asså dari typ""".split()
)


class SwedishLexicon:
    """``word in lexicon`` is True for ordinary lower-case Swedish words ("dag", "och")."""

    def __init__(self, nlp: Language) -> None:
        self._forms = nlp.get_pipe("compact_lemmatizer").table
        self._stop_words = nlp.Defaults.stop_words
        self._lemmas = self._forms.lemma_set | self._stop_words | UNINFLECTED

    def is_base_form(self, word: str) -> bool:
        """An indefinite base form ("storm", "malva"), not "skolan": names look like these."""
        return (
            word in self._forms.lemma_set
            and word not in self._stop_words
            and word not in UNINFLECTED
        )

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._forms)
