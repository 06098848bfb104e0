"""The model card written into every MLflow run (and, for the default model, the repo)."""

from __future__ import annotations

from pathlib import Path

from training.data import HANDWRITTEN_DEV, HANDWRITTEN_TRAIN, HUMAN_REPEAT
from training.policy import AKUT_RECALL_TARGET, ROUTE_TOLERANCE
from triage.evaluation.fairness import CLASSES, DIMENSIONS

FIGURES = (
    ("akut_recall", "akut recall"),
    ("urgency_macro_f1", "urgency macro-F1"),
    ("under_triage_rate", "under-triage rate"),
    ("route_accuracy", "route accuracy"),
    ("risk_micro_f1", "risk-factor micro-F1"),
    ("ece", "ECE (urgency)"),
    ("rule_violations", "rule violations"),
    ("faithfulness", "faithfulness"),
    ("model_only_akut_recall", "akut recall before safety rules"),
)

INTENDED_USE = """\
## Intended use
Suggestions to an intake social worker, **never decisions** (GDPR art. 22; the Social
Services Act requires a human assessment). For each referral the assistant suggests an
urgency (`akut` / `skyndsam` / `normal`), a route (`utredning` / `forsta_linjen`) and risk
factors, with the evidence behind them. The social worker accepts or overrides with a
reason. Not for use without human review, not for other populations than children 0–17
in Swedish referrals, not for profiling families.

## Labelling rules (from the project's labelling guide)
- `akut`: the child may need protection **today** — recent violence by someone in the
  home, sexual abuse with the suspect having access, a young child alone or with a
  caregiver too intoxicated to care, suicide attempt or acute risk, honour-related threats,
  forced marriage or being taken abroad, a missing child, threats to kill.
- `skyndsam`: serious concern but no danger today — older violence or the violent adult
  gone, ongoing caregiver addiction, self-harm without suicidal intent, serious youth crime,
  own drug use, severe neglect, repeated referrals.
- `normal`: nothing points to urgency — school absence, hygiene, separation conflict
  without violence, behaviour, a first minor offence, parents asking for support.
- Urgency follows the most serious credible concern; negation matters ("inga tecken på
  våld"); specific hearsay counts. `akut` ⇒ `utredning` always; violence, sexual abuse,
  honour, caregiver addiction, self-harm or serious youth crime ⇒ `utredning`.
- Risk factors (multi-label): vald_mot_barn, sexuella_overgrepp, vald_i_nara_relation,
  missbruk_vardnadshavare, psykisk_ohalsa_vardnadshavare, forsummelse, skolfranvaro,
  psykisk_ohalsa_barn, eget_missbruk, kriminalitet, hedersrelaterat, konflikt_separation,
  beteendeproblem. `konflikt_separation` is conflict between caregivers (or between a
  teenager and a parent), or a recent separation that weighs on the child; a settled
  separation that works ("skilda sedan länge, samarbetar bra") is background, not a risk.
"""


def _records(path: Path) -> int:
    """Lines (records) of a JSONL file; 0 when it is missing."""
    if not path.exists():
        return 0
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


TRAINING_DATA = """\
- The synthetic corpus comes from a seeded generator (`training/synth/`): 18 reporter
  voices (school, preschool, police, emergency room, BVC, BUP, neighbours, relatives,
  anonymous callers, the young person in chat style…), a scenario family with severity
  variants for every risk factor, denials, hearsay, violence long past, innocent uses of
  alarming words, multi-concern referrals, typos and abbreviations. Labels follow from
  the scenarios by the labelling rules above, not at random.
- Template-family split: the test split uses phrasings, openings, background families
  and names that train never sees; dev (calibration, thresholds) uses train voices but
  unseen phrasings.
- Names are invented (Faker's sv_SE and other locales matching Sweden's population,
  hand-made lists for Arabic, Persian, Somali, Kurdish, Tigrinya, Afghan and Bosnian
  names, and Swedish names that are ordinary words). No real personal data.
- Hand-written referrals by several authors in different voices: {hand_train} train,
  {hand_dev} kept for evaluation only (`data_samples/handwritten*.jsonl`).
- The pseudonymiser's NER also learnt from the train split of the Swedish NER corpus
  (klintan/swedish-ner-corpus, CC BY 4.0, Språkbanken's Webbnyheter 2012); its test
  split is only ever used as an independent check.
"""

HOW_IT_WORKS = {
    "tfidf": """\
## How the model works
- Input: the pseudonymised text (placeholders reduced to their class), the reporter type
  and the child's age band. Words a negation governs are features of their own ("ingen
  oro för missbruk" does not count as "missbruk").
- Word (1–2) and character (3–5) n-gram TF-IDF, plus concern cues
  (`triage/concerns`): what happened, to whom (the child, an adult, a peer or a thing),
  by whom (a caregiver, the child itself), when (recent, past, the adult gone) and
  whether it is denied or explained away, and which safety rules would fire.
- A sentence model scores every window of one to three sentences for akut, urgent,
  utredning and each risk factor, so that a decisive sentence late in a long text
  counts as much as an early one.
- One linear head per task (urgency, route, 13 risk factors), blended with the strongest
  window by a logistic regression fitted on held-out wordings (the dev split). The
  blends see half of those rows without their cues, so they also trust the words where
  the cue lexicon misses a concern.
- Referrals people wrote (hand-written, reviewed) count {human_repeat} times in fitting: they
  are few beside the generated ones, and closer to real text.
- The safety rules then set floors: they can raise a suggestion, never lower it.
""",
    "transformer": """\
## How the model works
A Hugging Face sequence-classification model fine-tuned from the checkpoint the operator
gave, with one output per task; long texts keep their head and tail. The safety rules
then set floors: they can raise a suggestion, never lower it.
""",
}

REPRODUCE = """\
Reproduce: `triage generate --n 20000 --out data/corpus`, then `triage train --backend
tfidf --data data/corpus/train.jsonl data/corpus/dev.jsonl data/corpus/test.jsonl
data_samples/handwritten_train.jsonl`; the figures are in the run's `evaluation.json`.
Pseudonymisation alone: `triage evaluate-pii data/corpus/test.jsonl`.
"""

POLICY = f"""\
Both thresholds are tuned on the dev split. The akut threshold gives the best urgency
macro-F1 of those that keep dev akut recall at {AKUT_RECALL_TARGET}. The utredning
threshold is the highest whose dev route accuracy is within {ROUTE_TOLERANCE * 100:g}
percentage point of the best, so that a tie goes to first-line support.
"""

LIMITS = """\
## Limits
- Trained on synthetic referrals and a small hand-written set: real referrals are
  longer, messier and more varied. Figures on the hand-written set are the better guide.
- The model only sees pseudonymised text; a pseudonymisation miss is a privacy problem,
  not a modelling one, and is measured separately (`triage evaluate-pii`).
- Safety rules are keyword-and-context based: they can fire on unusual phrasings of
  innocent events, and miss concerns described without any of their cue words. An
  innocent account of an injury (a fall, a match) sets the injury aside only when
  someone confirms it and nothing in the next sentences doubts it; a caregiver's account
  alone leaves the rule firing, and an account of violence itself is never taken.
- Calibration is measured on the synthetic test split; on other text it may be worse.
- Fairness is measured on generated text: the groups are the generator's voices, ages
  and name lists, not real populations. The hand-written set is too small to compare
  groups and its names carry no origin.
"""


FAIRNESS_INTRO = """\
## Fairness
Recall of `akut` by reporter type, child age band and text length, and PERSON recall of
the pseudonymiser by the origin of the name (the Faker locale or hand-made list that
generated it; `sv_SE` and `list:sv_wordnames` count as Swedish). A group's gap is its
shortfall against the rest (names: against Swedish names); it is flagged, and fails the
promotion gate, when it is above 5 percentage points and beyond chance (one-sided Fisher
exact test, p < 0.05 after Holm's adjustment for the number of groups compared). Groups
under 20 akut cases or 50 names are listed, not compared.
"""


def _gap_text(worst: dict | None, against: str = "the rest") -> str:
    if not worst:
        return "not compared (groups too small)"
    verdict = "**FLAGGED**" if worst["flagged"] else "not flagged"
    return (
        f"largest gap: {worst['group']} {worst['gap'] * 100:.1f} points below {against} "
        f"(p = {worst['p_value']:.3f}, Holm-adjusted "
        f"{worst.get('p_adjusted', worst['p_value']):.3f}), {verdict}"
    )


def render_fairness(name: str, fairness: dict) -> list[str]:
    """Markdown tables of one evaluation set's fairness figures."""
    lines = [f"### {name}", ""]
    for dimension in DIMENSIONS:
        groups = fairness[dimension]["groups"]
        lines += [f"akut recall by {dimension}: " + _gap_text(fairness[dimension]["akut_gap"]), ""]
        lines += ["| group | akut n | akut recall | skyndsam recall | normal recall |"]
        lines += ["|---|---:|---:|---:|---:|"]
        for group, row in groups.items():
            cells = [str(row["akut"]["n"])] + [str(row[c]["recall"]) for c in CLASSES]
            lines.append(f"| {group} | " + " | ".join(cells) + " |")
        lines.append("")
    names = fairness.get("names")
    if names and names["by_origin"]:
        lines += [
            "PERSON recall by name origin: " + _gap_text(names["person_gap"], "Swedish names"),
            "",
        ]
        lines += ["| origin | names | recall |", "|---|---:|---:|"]
        for group, row in {**names["summary"], **names["by_origin"]}.items():
            lines.append(f"| {group} | {row['n']} | {row['recall']} |")
        lines.append("")
    return lines


def render_model_card(backend: str, version: str, reports: dict, policy: dict, n_fit: int) -> str:
    rows = ["| figure | " + " | ".join(reports) + " |", "|---|" + "---:|" * len(reports)]
    for key, title in FIGURES:
        rows.append(f"| {title} | " + " | ".join(str(r.get(key)) for r in reports.values()) + " |")
    sizes = ", ".join(f"{name}: {r['n']}" for name, r in reports.items())
    return "\n".join(
        [
            f"# Model card — triage `{backend}` {version}",
            "",
            INTENDED_USE,
            HOW_IT_WORKS.get(backend, "").format(human_repeat=HUMAN_REPEAT),
            "## Training data",
            f"{n_fit} referrals used for fitting: the synthetic corpus's train split plus "
            "the hand-written training referrals when given, all pseudonymised with the "
            "serving pipeline before the model saw them.",
            "",
            TRAINING_DATA.format(
                hand_train=_records(HANDWRITTEN_TRAIN), hand_dev=_records(HANDWRITTEN_DEV)
            ),
            "## Evaluation",
            f"Sets: {sizes}. `test` = synthetic held-out templates; `handwritten` = the "
            "hand-written development set (`data_samples/handwritten.jsonl`).",
            "",
            *rows,
            "",
            f"Decision policy: {policy}",
            "",
            POLICY,
            REPRODUCE,
            FAIRNESS_INTRO,
            *[line for name, r in reports.items() for line in render_fairness(name, r["fairness"])],
            LIMITS,
        ]
    )
