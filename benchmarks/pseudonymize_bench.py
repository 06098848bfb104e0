"""Pseudonymisation speed on 250-word referrals, side by side with presidio's default.

presidio's default AnalyzerEngine needs the en_core_web_lg model, which cannot be
downloaded here; the comparison runs presidio's predefined recognizer registry with a
blank English spaCy pipeline, i.e. everything presidio does except its NER model (so the
reference is, if anything, faster than the real default).

    python benchmarks/pseudonymize_bench.py [--n 400] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import statistics
import time

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from triage.pseudonymize import Pseudonymizer
from triage.settings import get_settings

WORDS = 250


def referral_texts(n: int) -> list[str]:
    """n synthetic test-split referrals, joined or cut to exactly 250 words each."""
    from training.synth.generate import generate_records

    words: list[str] = []
    texts: list[str] = []
    for record in generate_records(n * 4, seed=977, split="test"):
        words.extend(record["text"].split(" "))
        while len(words) >= WORDS and len(texts) < n:
            texts.append(" ".join(words[:WORDS]))
            words = words[WORDS:]
        if len(texts) == n:
            break
    return texts


def presidio_default() -> AnalyzerEngine:
    class BlankEnglish(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankEnglish()
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    return AnalyzerEngine(nlp_engine=engine, registry=registry)


WARM_UP = 20  # texts run before timing, never among the timed ones


def warm_and_timed(n: int) -> tuple[list[str], list[str]]:
    """Texts to warm up on and ``n`` other texts to time."""
    texts = referral_texts(n + WARM_UP)
    return texts[:WARM_UP], texts[WARM_UP:]


def latencies_ms(function, warm: list[str], texts: list[str], before_each=None) -> list[float]:
    """Milliseconds per call of ``function`` on each of ``texts``, after a warm-up on
    ``warm``; ``before_each`` (untimed) runs before every timed call."""
    for text in warm:
        function(text)
    timings = []
    for text in texts:
        if before_each is not None:
            before_each()
        started = time.perf_counter()
        function(text)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def summary(timings: list[float]) -> dict:
    ordered = sorted(timings)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p99_ms": round(ordered[int(len(ordered) * 0.99) - 1], 2),
        "per_second_single": round(1000 / statistics.mean(ordered), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    warm, texts = warm_and_timed(args.n)
    settings = get_settings()
    ours = Pseudonymizer.load(settings.ner_model_dir, settings.max_text_chars)
    reference = presidio_default()

    ours_single = summary(latencies_ms(ours.pseudonymize, warm, texts))
    started = time.perf_counter()
    for _ in ours.pseudonymize_many(texts, batch_size=settings.batch_size):
        pass
    ours_batch = len(texts) / (time.perf_counter() - started)
    ref_single = summary(latencies_ms(lambda t: reference.analyze(t, language="en"), warm, texts))

    figures = {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_version()}",
        "texts": len(texts),
        "words_per_text": WORDS,
        "triage": {**ours_single, "per_second_batch": round(ours_batch, 1)},
        "presidio_default_blank_en": ref_single,
        "speed_ratio_single": round(ref_single["p50_ms"] / ours_single["p50_ms"], 2),
    }
    print("| pipeline | p50 ms | p99 ms | referrals/s (single) | referrals/s (batch) |")
    print("|---|---:|---:|---:|---:|")
    t = figures["triage"]
    print(
        f"| triage (sv) | {t['p50_ms']} | {t['p99_ms']} | {t['per_second_single']} "
        f"| {t['per_second_batch']} |"
    )
    r = figures["presidio_default_blank_en"]
    print(
        f"| presidio default registry (blank en) | {r['p50_ms']} | {r['p99_ms']} "
        f"| {r['per_second_single']} | – |"
    )
    print(f"\np50 ratio presidio/triage: {figures['speed_ratio_single']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(figures, handle, indent=2)


if __name__ == "__main__":
    main()
