"""Deterministic, seeded synthetic referral corpus (orosanmälningar) with gold labels.

Layout (public entry points in ``generate``):

- ``scenario.py`` / ``scenarios/``: the concerns and their phrasings (slot grammar);
- ``voices.py``: reporter voices (openings, closings, register);
- ``background.py``: label-neutral routine sentences, split by family;
- ``names.py`` / ``name_lists.py``: people by origin, train/test name pools, gazetteer;
- ``pii.py``: personnummer, phones, e-mails, addresses, organisations, places, dates;
- ``cast.py``: the people and places of one referral, answering every slot;
- ``render.py``: templates to segments to text plus exact gold spans;
- ``noise.py``: typos, abbreviations, case and register transforms on segments;
- ``coherence.py``: keeps negations/background away from concerns they contradict;
- ``split.py`` / ``material.py``: the template-family train/test split;
- ``assemble.py``: plan and render one referral; ``labels.py``: labels by the guide;
- ``generate.py``: ``generate_records``, ``write_corpus``, ``write_samples``.
"""
