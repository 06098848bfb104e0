"""Route the hand-written referrals' gold labels through a service catalogue, for review.

Prints, per referral, its gold urgency, route, risk factors and age, the services and
forums the catalogue names, and the opening of the text (gold personal data masked), so a
social worker can judge whether the named services make sense. Exits 1 when a första
linjen case gets no service, or an akut, violence or utredning case gets one.

    python -m training.check_services                      # Lund example, both sets
    python -m training.check_services --municipality FILE.yaml data_samples/handwritten.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from triage.catalogue import VIOLENCE, Catalogue, Kind, ServiceMatch, match
from triage.municipality import EXAMPLES, load_municipality
from triage.schema import Referral, Route, Urgency

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ROOT / "data_samples" / "handwritten.jsonl",
    ROOT / "data_samples" / "handwritten_train.jsonl",
]


def masked_opening(referral: Referral, width: int = 110) -> str:
    """The text's opening with gold personal data replaced by its class."""
    text = referral.text
    for span in sorted(referral.pii, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + f"[{span.label}]" + text[span.end :]
    return " ".join(text.split())[:width]


def violations(referral: Referral, found: list[ServiceMatch]) -> list[str]:
    services = [m for m in found if m.kind is Kind.SERVICE]
    problems = []
    blocked = (
        referral.urgency is Urgency.AKUT
        or referral.route is Route.UTREDNING
        or set(referral.risk_factors) & VIOLENCE
    )
    if blocked and services:
        problems.append("first-line service named for an akut, violence or utredning case")
    if referral.route is Route.FORSTA_LINJEN and not blocked and not services:
        problems.append("första linjen without a named service")
    return problems


def check(catalogue: Catalogue, paths: list[Path], out=sys.stdout) -> int:
    """Print the table and a summary; the number of violations."""
    named: Counter[str] = Counter()
    failures = first_line = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            referral = Referral.model_validate_json(line)
            found = match(
                catalogue,
                urgency=referral.urgency,
                route=referral.route,
                risk_factors=referral.risk_factors,
                child_age=referral.child_age,
            )
            problems = violations(referral, found)
            failures += len(problems)
            first_line += referral.route is Route.FORSTA_LINJEN
            named.update(m.name for m in found)
            factors = ", ".join(referral.risk_factors) or "-"
            print(
                f"\n{referral.id}  {referral.urgency}/{referral.route}  "
                f"ålder {referral.child_age if referral.child_age is not None else '?'}  "
                f"[{factors}]\n  {masked_opening(referral)}",
                file=out,
            )
            for m in found:
                print(f"  -> {m.kind.value:7} {m.name}: {m.reason}", file=out)
            for problem in problems:
                print(f"  !! {problem}", file=out)
    print(f"\nförsta linjen cases: {first_line}; violations: {failures}", file=out)
    print(json.dumps(dict(named.most_common()), ensure_ascii=False, indent=1), file=out)
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="*", type=Path, default=SETS)
    parser.add_argument("--municipality", type=Path, default=EXAMPLES / "lund.yaml")
    args = parser.parse_args(argv)
    catalogue = load_municipality(args.municipality).catalogue
    return 1 if check(catalogue, args.data) else 0


if __name__ == "__main__":
    sys.exit(main())
