"""Ordinary Swedish words: the lookup lemmatizer's forms and lemmas plus stop words."""

from __future__ import annotations

from spacy.language import Language


class SwedishLexicon:
    """``word in lexicon`` is True for ordinary lower-case Swedish words ("dag", "och")."""

    def __init__(self, nlp: Language) -> None:
        self._forms = nlp.get_pipe("compact_lemmatizer").table
        self._lemmas = self._forms.lemma_set | nlp.Defaults.stop_words

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._forms)
