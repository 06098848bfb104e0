"""Ordinary Swedish words: the lookup lemmatizer's forms and lemmas plus stop words."""

from __future__ import annotations

from spacy.language import Language


class SwedishLexicon:
    """``word in lexicon`` is True for ordinary lower-case Swedish words ("dag", "och")."""

    def __init__(self, nlp: Language) -> None:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        self._forms = table
        self._lemmas = frozenset(value for _, value in table.items()) | nlp.Defaults.stop_words

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._forms)
