"""Does the assistant treat all children alike? Recall by group, and the gaps that matter.

Two figures gate promotion (issue 5): **akut recall** across reporter types, child age
bands and text lengths, and **PERSON recall** for names of other origins than Swedish
(by the locale or list that generated the name).

A group's *gap* is how far its recall falls below the recall of everyone else (for names:
below Swedish names). A gap is *flagged* when it is above ``GAP_LIMIT`` **and** larger
than chance: a one-sided Fisher exact test at ``ALPHA``, its p-value adjusted by Holm's
method for the number of groups compared in the same dimension. Without the test the gate
would fire at random: with 50 akut cases one miss moves recall by two points, and among
ten groups of a perfectly even model the worst lies about five points below the rest.
Groups smaller than ``MIN_AKUT`` / ``MIN_NAMES`` are reported but not compared.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

GAP_LIMIT = 0.05
ALPHA = 0.05
MIN_AKUT = 20
MIN_NAMES = 50
SWEDISH_ORIGINS = frozenset({"sv_SE", "list:sv_wordnames"})
AGE_BANDS = ((0, 5, "0–5 år"), (6, 12, "6–12 år"), (13, 17, "13–17 år"))
LENGTH_BANDS = ((0, 79, "< 80 ord"), (80, 199, "80–199 ord"), (200, 10**9, "≥ 200 ord"))
CLASSES = ("akut", "skyndsam", "normal")


@dataclass(frozen=True)
class Case:
    """One evaluated referral: what fairness is measured over."""

    gold: str
    predicted: str
    reporter_type: str | None
    child_age: int | None
    words: int


def age_band(age: int | None) -> str:
    if age is None:
        return "ålder okänd"
    return next(name for lo, hi, name in AGE_BANDS if lo <= age <= hi)


def length_band(words: int) -> str:
    return next(name for lo, hi, name in LENGTH_BANDS if lo <= words <= hi)


DIMENSIONS: dict[str, Callable[[Case], str]] = {
    "reporter_type": lambda c: c.reporter_type or "okänd",
    "child_age": lambda c: age_band(c.child_age),
    "text_length": lambda c: length_band(c.words),
}


def _recall(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _log_comb(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def _fisher_greater(misses: int, n: int, total_misses: int, total: int) -> float:
    """One-sided Fisher exact test: chance of at least ``misses`` of the ``total_misses``
    falling in a group of ``n`` out of ``total`` if misses struck at random."""
    denominator = _log_comb(total, n)
    return min(
        1.0,
        sum(
            math.exp(
                _log_comb(total_misses, k) + _log_comb(total - total_misses, n - k) - denominator
            )
            for k in range(misses, min(n, total_misses) + 1)
            if n - k <= total - total_misses
        ),
    )


def shortfall(group: tuple[int, int], reference: tuple[int, int]) -> dict:
    """How far ``group``'s recall (hits, n) lies below ``reference``'s, with the p-value of
    a one-sided Fisher exact test and whether that counts as a flagged gap."""
    (h1, n1), (h2, n2) = group, reference
    gap = h2 / n2 - h1 / n1
    p_value = _fisher_greater(n1 - h1, n1, n1 - h1 + n2 - h2, n1 + n2)
    return {
        "gap": round(gap, 4),
        "p_value": round(p_value, 4),
        "flagged": gap > GAP_LIMIT and p_value < ALPHA,
    }


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's step-down adjustment: p-values that keep the chance of any false flag
    among all compared groups under ``ALPHA`` (ten groups tested at 0.05 each would
    raise a false flag about a third of the time)."""
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    adjusted, running = [1.0] * len(p_values), 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(p_values) - rank) * p_values[i]))
        adjusted[i] = running
    return adjusted


def _worst(counts: dict[str, list[int]], minimum: int, reference=None) -> dict | None:
    """The largest shortfall of a group with at least ``minimum`` cases against
    ``reference`` (hits, n) or, when None, against all other groups together; flagged
    only when its gap is over the limit and its Holm-adjusted p-value under ``ALPHA``."""
    total_hits = sum(h for h, _ in counts.values())
    total_n = sum(n for _, n in counts.values())
    rows = []
    for name, (hits, n) in counts.items():
        rest = reference or (total_hits - hits, total_n - n)
        if n >= minimum and rest[1]:
            rows.append({"group": name, **shortfall((hits, n), rest)})
    for row, adjusted in zip(rows, holm([r["p_value"] for r in rows]), strict=True):
        row["p_adjusted"] = round(adjusted, 4)
        row["flagged"] = row["flagged"] and adjusted < ALPHA
    return max(rows, key=lambda r: (r["flagged"], r["gap"]), default=None)


def classifier_fairness(cases: Sequence[Case]) -> dict:
    """Recall per urgency class for each group of each dimension, and the worst akut gap."""
    report = {}
    for dimension, group_of in DIMENSIONS.items():
        groups: dict[str, dict] = {}
        for case in cases:
            group = groups.setdefault(group_of(case), {c: [0, 0] for c in CLASSES})
            group[case.gold][0] += case.predicted == case.gold
            group[case.gold][1] += 1
        table = {
            name: {c: {"n": n, "recall": _recall(hits, n)} for c, (hits, n) in counts.items()}
            for name, counts in sorted(groups.items())
        }
        akut = {name: counts["akut"] for name, counts in groups.items()}
        report[dimension] = {"groups": table, "akut_gap": _worst(akut, MIN_AKUT)}
    return report


def person_fairness(names: Sequence[tuple[str | None, bool]]) -> dict:
    """PERSON recall per name origin from (origin, masked) pairs, Swedish vs other origins,
    and the largest shortfall of another origin (or of all of them) against Swedish."""
    counts: dict[str, list[int]] = {}
    for origin, masked in names:
        row = counts.setdefault(origin or "okänd", [0, 0])
        row[0] += masked
        row[1] += 1
    swedish = [counts[o] for o in counts if o in SWEDISH_ORIGINS]
    other = {o: c for o, c in counts.items() if o not in SWEDISH_ORIGINS}
    reference = (sum(h for h, _ in swedish), sum(n for _, n in swedish))
    pooled = [sum(h for h, _ in other.values()), sum(n for _, n in other.values())]
    summary = {
        "svenska": {"n": reference[1], "recall": _recall(*reference)},
        "övriga": {"n": pooled[1], "recall": _recall(*pooled)},
    }
    gap = _worst({"övriga": pooled, **other}, MIN_NAMES, reference) if reference[1] else None
    return {
        "by_origin": {o: {"n": n, "recall": _recall(h, n)} for o, (h, n) in sorted(counts.items())},
        "summary": summary,
        "person_gap": gap,
    }


def fairness_flags(fairness: dict) -> list[str]:
    """Human-readable flags for every gap above the limit and beyond chance (empty: none).
    ``fairness`` maps each dimension to its :func:`classifier_fairness` row and ``names``
    to :func:`person_fairness`."""
    found = []
    for dimension in DIMENSIONS:
        worst = fairness.get(dimension, {}).get("akut_gap")
        if worst and worst["flagged"]:
            found.append(
                f"akut recall for {dimension} {worst['group']} is {worst['gap'] * 100:.1f} "
                f"percentage points below the other referrals ({_p(worst)})"
            )
    worst = fairness.get("names", {}).get("person_gap")
    if worst and worst["flagged"]:
        found.append(
            f"PERSON recall for names of origin {worst['group']} is {worst['gap'] * 100:.1f} "
            f"percentage points below Swedish names ({_p(worst)})"
        )
    return found


def _p(row: dict) -> str:
    return f"p = {row['p_value']:.3f}, Holm-adjusted {row.get('p_adjusted', row['p_value']):.3f}"


def fairness_gaps(fairness: dict) -> tuple[float, float]:
    """(largest akut gap over the dimensions, PERSON gap); NaN where nothing compared."""
    rows = (fairness.get(d, {}).get("akut_gap") for d in DIMENSIONS)
    akut = [row["gap"] for row in rows if row]
    person = fairness.get("names", {}).get("person_gap")
    return (max(akut) if akut else float("nan"), person["gap"] if person else float("nan"))
