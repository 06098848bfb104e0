"""The ``triage`` command line. Subcommands are listed by ``triage --help``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from api.model_loader import ModelUnavailable
from triage.catalogue import CatalogueError
from triage.jsonl import LineError, read_objects
from triage.settings import get_settings


@contextmanager
def _input(name: str) -> Iterator[BinaryIO]:
    if name == "-":
        yield sys.stdin.buffer
    else:
        with open(name, "rb") as handle:
            yield handle


@contextmanager
def _output(name: str) -> Iterator[TextIO]:
    if name == "-":
        yield sys.stdout
    else:
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        with open(name, "w", encoding="utf-8") as handle:
            yield handle


def _load_pseudonymizer():
    from triage.pseudonymize import Pseudonymizer

    settings = get_settings()
    return Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)


def cmd_pseudonymize(args: argparse.Namespace) -> int:
    """Pseudonymise JSONL referrals; bad lines are reported and skipped, exit code 1."""
    from triage.pseudonymize import TextRejected

    pseudonymizer = _load_pseudonymizer()
    failures = 0
    with _input(args.input) as source, _output(args.output) as sink:
        for number, item in read_objects(source):
            if isinstance(item, LineError):
                failures += 1
                print(f"error: {item}", file=sys.stderr)
                continue
            try:
                result = pseudonymizer.pseudonymize(item["text"])
            except TextRejected as error:
                failures += 1
                print(f"error: line {number}: {error}", file=sys.stderr)
                continue
            record = {
                "id": item["id"],
                "pseudonymized_text": result.text,
                "pii": result.pii(),
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def cmd_evaluate_pii(args: argparse.Namespace) -> int:
    """Per-class recall, leak rate and precision against gold ``pii`` spans."""
    from triage.evaluation.pii import evaluate

    pseudonymizer = _load_pseudonymizer()
    texts, gold = [], []
    with _input(args.data) as source:
        for _, item in read_objects(source):
            if isinstance(item, LineError):
                print(f"error: {item}", file=sys.stderr)
                return 2
            text = item["text"]
            if args.lower_case:  # as people who never capitalise write; offsets stay
                if len(text.lower()) != len(text):
                    continue  # a few characters change length in lower case
                text = text.lower()
            texts.append(text)
            gold.append([(s["start"], s["end"], s["label"]) for s in item.get("pii", [])])
    predicted = [
        [(s.start, s.end, s.label.value) for s in result.spans]
        for result in pseudonymizer.pseudonymize_many(texts)
    ]
    report = evaluate(texts, gold, predicted)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.table())
    if args.show_leaks:
        print("\nleaked gold spans (evaluation data only; never run this on real referrals):")
        for label, surface in report.leak_examples:
            print(f"  {label}: {surface!r}")
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    """Write the synthetic corpus (train/test by template family)."""
    from training.synth.generate import write_corpus

    counts = write_corpus(Path(args.out), n=args.n, seed=args.seed)
    print(json.dumps(counts), file=sys.stderr)
    return 0


PREDICT_FIELDS = {
    "id",
    "urgency",
    "route",
    "urgency_scores",
    "route_scores",
    "risk_factors",
    "rules",
    "explanation",
    "needs_careful_review",
    "pseudonymized_text",
    "pii",
    "model_version",
    "services",
}


def cmd_predict(args: argparse.Namespace) -> int:
    """Suggestions for JSONL referrals, on every core; bad lines are reported and skipped,
    exit code 1."""
    from api.model_loader import load_pipeline
    from api.threads import limit_blas_threads
    from triage.parallel import Job, suggest_in_order

    settings = get_settings()
    municipality = _municipalities(settings, args.municipality and [args.municipality])[0]
    limit_blas_threads(settings.blas_threads)
    pipeline = load_pipeline(settings)
    # every line in input order: its number and, for a line refused before any model
    # sees it, why (the reading runs ahead of the suggestions)
    lines: deque[tuple[int, str | None]] = deque()

    def jobs(source: BinaryIO) -> Iterator[Job]:
        for number, item in read_objects(source):
            if isinstance(item, LineError):
                lines.append((number, item.message))
                continue
            try:
                reporter, age = _metadata(item)
            except ValueError as error:
                lines.append((number, str(error)))
                continue
            lines.append((number, None))
            yield Job(str(item["id"]), item["text"], reporter, age)

    failures = 0

    def report_refused() -> None:
        nonlocal failures
        while lines and lines[0][1] is not None:
            number, reason = lines.popleft()
            failures += 1
            print(f"error: line {number}: {reason}", file=sys.stderr)

    with _input(args.input) as source, _output(args.output) as sink:
        outcomes = suggest_in_order(pipeline, jobs(source), settings.predict_workers, municipality)
        for outcome in outcomes:
            report_refused()
            number, _ = lines.popleft()
            if isinstance(outcome, ValueError):
                failures += 1
                print(f"error: line {number}: {outcome}", file=sys.stderr)
                continue
            record = outcome.model_dump(mode="json", include=PREDICT_FIELDS)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        report_refused()
    return 1 if failures else 0


def _metadata(item: dict) -> tuple[str | None, int | None]:
    """Validated optional reporter_type and child_age of an input line."""
    from triage.schema import ReporterType

    reporter, age = item.get("reporter_type"), item.get("child_age")
    if reporter is not None:
        reporter = ReporterType(reporter).value
    if age is not None and (
        isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= 17
    ):
        raise ValueError(f"child_age must be an integer 0-17, got {age!r}")
    return reporter, age


def cmd_train(args: argparse.Namespace) -> int:
    """Fit, evaluate, log to MLflow and register the model as challenger."""
    from training.train import run

    options = {"checkpoint": args.checkpoint} if args.checkpoint else {}
    result = run(
        get_settings(),
        [Path(p) for p in args.data],
        args.experiment,
        args.backend,
        args.seed,
        options,
    )
    print(json.dumps({k: v for k, v in result.items() if k != "reports"}, indent=2))
    for name, report in result["reports"].items():
        figures = {
            k: report[k]
            for k in (
                "akut_recall",
                "urgency_macro_f1",
                "under_triage_rate",
                "route_accuracy",
                "risk_micro_f1",
                "ece",
                "rule_violations",
                "faithfulness",
            )
        }
        print(f"{name} (n={report['n']}): {json.dumps(figures)}")
    return 0


def cmd_promote(args: argparse.Namespace) -> int:
    """Move ``champion`` to the challenger if the promotion gate passes."""
    from training import registry
    from training.promote import Gate, promote

    registry.configure(get_settings())
    promoted, reasons = promote(Gate(akut_recall_floor=args.akut_recall_floor))
    if promoted:
        print("promoted: the challenger is now champion")
        return 0
    print("refused to promote:", file=sys.stderr)
    for reason in reasons:
        print(f"  - {reason}", file=sys.stderr)
    return 1


def cmd_model_card(args: argparse.Namespace) -> int:
    """Write the model card of a registered model (default: the champion)."""
    from training import registry

    registry.configure(get_settings())
    card = registry.model_card(args.alias)
    if card is None:
        print(f"error: no model card for the alias {args.alias!r}", file=sys.stderr)
        return 1
    with _output(args.output) as sink:
        sink.write(card)
    return 0


def cmd_ensure_model(args: argparse.Namespace) -> int:
    """First run: without a champion, train the default model and promote it."""
    from training.bootstrap import ensure_champion

    ensure_champion(get_settings())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Pseudonymise a few hand-written sample referrals and show the safety rules that fire."""
    from triage import rules

    pseudonymizer = _load_pseudonymizer()
    with Path(args.data).open("rb") as source:
        items = [item for _, item in read_objects(source) if isinstance(item, dict)]
    for item in items[: args.limit]:
        result = pseudonymizer.pseudonymize(item["text"])
        fired = rules.evaluate(result.text, item.get("child_age"))
        print(f"── {item['id']} ── {len(result.spans)} personuppgifter ersatta")
        print(result.text)
        for rule in fired:
            print(f"   ⚑ {rule.description} (minst {rule.floor.value})")
        print()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the web service (API, web form, health) with uvicorn."""
    import uvicorn

    from api.app import create_app

    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    uvicorn.run(create_app(get_settings()), host=args.host, port=args.port, log_level="info")
    return 0


def _municipalities(settings, requested: list[str] | None) -> list:
    """The configured municipalities asked for; none asked: the only (or the default) one."""
    from triage.municipality import DEFAULT_MUNICIPALITY, load_municipalities

    known = load_municipalities(settings.municipalities_dir)
    if not requested:
        if len(known) == 1:
            return list(known.values())
        if DEFAULT_MUNICIPALITY not in known:
            raise UsageError(f"give --municipality, one of: {', '.join(sorted(known))}")
        requested = [DEFAULT_MUNICIPALITY]
    unknown = sorted(set(requested) - set(known))
    if unknown:
        raise UsageError(
            f"unknown municipality {', '.join(unknown)}; configured: {', '.join(sorted(known))}"
        )
    return [known[name] for name in dict.fromkeys(requested)]


class UsageError(Exception):
    """A command-line mistake: reported without a traceback, exit code 2."""


def _store():
    from api.storage.repository import Store

    return Store.open(get_settings().sqlalchemy_url())


def cmd_create_user(args: argparse.Namespace) -> int:
    """Create a staff account; the password is read from a prompt or from stdin."""
    import getpass

    from api.security import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass(f"Lösenord för {args.username}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 12:
        print("error: the password must have at least 12 characters", file=sys.stderr)
        return 2
    store = _store()
    if store.user(args.username) is not None:
        print(f"error: the account {args.username!r} already exists", file=sys.stderr)
        return 2
    serves = [m.id for m in _municipalities(get_settings(), args.municipality)]
    store.add_user(args.username, hash_password(password), args.role, serves)
    print(f"created {args.role} account {args.username!r} for {', '.join(serves)}")
    return 0


def cmd_create_api_key(args: argparse.Namespace) -> int:
    """Create an API key for the case system; it is printed once, only its hash is kept."""
    from sqlalchemy.exc import IntegrityError

    from api.security import hash_api_key, new_api_key

    serves = [m.id for m in _municipalities(get_settings(), args.municipality)]
    key = new_api_key()
    try:
        _store().add_api_key(args.name, hash_api_key(key), args.role, serves)
    except IntegrityError:
        print(f"error: an API key named {args.name!r} already exists", file=sys.stderr)
        return 2
    print(key)
    return 0


def cmd_export_reviews(args: argparse.Namespace) -> int:
    """Reviewed cases as pseudonymised training records with the humans' final labels."""
    from api.cases import training_record

    count = 0
    with _output(args.output) as sink:
        for case in _store().reviewed_cases():
            sink.write(json.dumps(training_record(case), ensure_ascii=False) + "\n")
            count += 1
    print(f"exported {count} reviewed cases", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="triage",
        description="Triage assistant for Swedish child-welfare referrals (suggestions only).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub = commands.add_parser("pseudonymize", help="replace personal data by placeholders")
    sub.add_argument("input", help="JSONL with id and text per line, or - for stdin")
    sub.add_argument("-o", "--output", default="-", help="output JSONL, or - for stdout")
    sub.set_defaults(handler=cmd_pseudonymize)

    sub = commands.add_parser("evaluate-pii", help="measure pseudonymisation on gold spans")
    sub.add_argument("data", help="JSONL with text and gold pii spans")
    sub.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sub.add_argument("--show-leaks", action="store_true", help="list leaked gold strings")
    sub.add_argument(
        "--lower-case",
        action="store_true",
        help="lower-case every text first (a stress test: writers who never capitalise)",
    )
    sub.set_defaults(handler=cmd_evaluate_pii)

    sub = commands.add_parser("generate", help="generate the synthetic referral corpus")
    sub.add_argument("--n", type=int, default=20_000, help="number of referrals")
    sub.add_argument("--seed", type=int, default=13)
    sub.add_argument("--out", default=str(get_settings().data_dir / "corpus"))
    sub.set_defaults(handler=cmd_generate)

    sub = commands.add_parser("predict", help="suggest urgency, route and risk factors")
    sub.add_argument("input", help="JSONL with id, text (reporter_type, child_age), or -")
    sub.add_argument("-o", "--output", default="-", help="output JSONL, or - for stdout")
    sub.add_argument("--municipality", help="whose thresholds and service catalogue")
    sub.set_defaults(handler=cmd_predict)

    sub = commands.add_parser("train", help="train, evaluate and register a model in MLflow")
    sub.add_argument("--backend", choices=("tfidf", "transformer"), default="tfidf")
    sub.add_argument("--data", nargs="+", required=True, help="labelled JSONL file(s)")
    sub.add_argument("--experiment", default="triage")
    sub.add_argument("--seed", type=int, default=0)
    sub.add_argument("--checkpoint", help="transformer: local path of the base checkpoint")
    sub.set_defaults(handler=cmd_train)

    sub = commands.add_parser("promote", help="make the challenger champion if the gate passes")
    sub.add_argument("--akut-recall-floor", type=float, default=0.95)
    sub.set_defaults(handler=cmd_promote)

    sub = commands.add_parser("model-card", help="print the model card of a registered model")
    sub.add_argument("--alias", default="champion")
    sub.add_argument("-o", "--output", default="-")
    sub.set_defaults(handler=cmd_model_card)

    sub = commands.add_parser("ensure-model", help="train and promote a default model if none")
    sub.set_defaults(handler=cmd_ensure_model)

    sub = commands.add_parser("serve", help="run the API and the web form")
    sub.add_argument("--host", default="127.0.0.1")
    sub.add_argument("--port", type=int, default=8000)
    sub.set_defaults(handler=cmd_serve)

    roles = ("integration", "intake", "admin")
    serves_help = "a municipality whose cases it may see (repeat for a joint unit)"
    sub = commands.add_parser("create-user", help="create a staff account for the web form")
    sub.add_argument("username")
    sub.add_argument("--role", choices=roles[1:], default="intake")
    sub.add_argument("--municipality", action="append", help=serves_help)
    sub.set_defaults(handler=cmd_create_user)

    sub = commands.add_parser("create-api-key", help="create an API key (printed once)")
    sub.add_argument("name", help="who uses it, e.g. the case system's name")
    sub.add_argument("--role", choices=roles, default="integration")
    sub.add_argument("--municipality", action="append", help=serves_help)
    sub.set_defaults(handler=cmd_create_api_key)

    sub = commands.add_parser("export-reviews", help="reviewed cases as training JSONL")
    sub.add_argument("-o", "--output", default="-", help="output JSONL, or - for stdout")
    sub.set_defaults(handler=cmd_export_reviews)

    sub = commands.add_parser("demo", help="show pseudonymised sample referrals")
    sub.add_argument("--data", default="data_samples/handwritten.jsonl")
    sub.add_argument("--limit", type=int, default=3)
    sub.set_defaults(handler=cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except (FileNotFoundError, ModelUnavailable, UsageError, CatalogueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
