"""Train-only phrasings, one module per theme: ``EXTRA = {family: (phrasing, ...)}``.

Written independently of the scenario banks' test phrasings (their authors saw only the
train phrasings), in the same slot grammar (``scenario.py``). They widen what the models
learn from without touching the held-out test split.
"""
