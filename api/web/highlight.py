"""The pseudonymised text with its evidence marked, displaCy-style: colour plus a text label.

Everything is escaped; only the marks themselves are markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from api.web.labels import PII, RISK_FACTOR
from triage.suggestion import Suggestion

MIN_WEIGHT = 0.02  # a sentence whose removal moves the probability less is not evidence
PLACEHOLDER = re.compile(r"\[([A-Z_]+?)_(\d+)\]")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # urgency | risk | rule
    label: str


def marks(suggestion: Suggestion) -> list[Mark]:
    """Evidence on the pseudonymised text: sentences whose removal lowers the suggestion's
    probability by at least MIN_WEIGHT (urgency, each risk factor) and the sentences that
    made a rule fire."""
    text = suggestion.pseudonymized_text
    explanation = suggestion.explanation
    found = [
        Mark(s.start, s.end, "urgency", "brådska")
        for s in explanation.sentences
        if s.weight >= MIN_WEIGHT
    ]
    for factor in explanation.risk_factors:
        label = RISK_FACTOR[factor.factor].lower()
        found += [
            Mark(s.start, s.end, "risk", label) for s in factor.evidence if s.weight >= MIN_WEIGHT
        ]
    for rule in explanation.rules:
        start = text.find(rule.evidence) if rule.evidence else -1
        if start >= 0:
            found.append(Mark(start, start + len(rule.evidence), "rule", "säkerhetsregel"))
    return [m for m in found if 0 <= m.start < m.end <= len(text)]


def render(text: str, found: list[Mark]) -> Markup:
    """HTML of ``text`` with ``found`` marked; overlapping marks split into segments."""
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    html = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in found if m.start <= start and end <= m.end]
        body = _placeholders(text[start:end])
        if not covering or not text[start:end].strip():
            html.append(body)
            continue
        kind = max(covering, key=lambda m: ("risk", "urgency", "rule").index(m.kind)).kind
        labels = ", ".join(dict.fromkeys(m.label for m in covering))
        html.append(
            Markup('<mark class="ev ev-{}">{}<span class="ev-label">{}</span></mark>').format(
                kind, body, labels
            )
        )
    return Markup("").join(html)


def _placeholders(text: str) -> Markup:
    """Escaped text with each placeholder shown as a labelled token."""
    out, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(escape(text[position : match.start()]))
        label = PII.get(match.group(1), match.group(1).lower())
        out.append(
            Markup('<span class="pii" title="ersatt {}">{}</span>').format(label, match.group(0))
        )
        position = match.end()
    out.append(escape(text[position:]))
    return Markup("").join(out)
