"""The right class for a masked place or institution that was taken for a name.

The recall safety nets (``ProperNounRecognizer``, and the NER on unknown words) mask any
unknown capitalised word as PERSON. That hides it, but "flyttade från [PERSON_1] till
[PERSON_2]" misleads the social worker who reads it, and the classifier too. This step
runs after every occurrence is masked and changes only the class, never what is masked:

- a one-word compound with an institution's head is an ORGANIZATION ("Granängsskolan",
  "Furulundsgymnasiet"), and so is a unit's name ("avd Blåklockan"), the name after an
  organisation ("Kunskapsskolan Falkmossen") and a place's genitive before what is there
  ("Solgårdens äldreboende");
- an unknown word after a preposition of place is a LOCATION ("i Kvarnbacken", "vid
  Möllevången", "LPO Järva"); after one that also takes people ("till", "från", "mot",
  "på") only with the ending of a place name ("till Brickebacken", "på Vångatorget"),
  and after any word with an ending no name has ("20.30 Stationsparken").

A known first name stays PERSON. A surface gets one class throughout the text, so that
its placeholder stays stable: a word that reads as a person in one place ("Zhyar, 15
år", "Zhyar säger", "Zhyar Ali", "mamma Zhyar") stays PERSON in all.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from triage.pseudonymize.recognizers.person import HUMAN_VERBS, TRIGGERS
from triage.pseudonymize.spans import Detection
from triage.schema import PiiLabel

INSTITUTION_HEADS = (
    "skolan",
    "skola",
    "gymnasiet",
    "gymnasium",
    "sjukhuset",
    "lasarettet",
    "kyrkan",
    "församlingen",
    "kliniken",
    "mottagningen",
    "vårdcentralen",
    "biblioteket",
    "universitetet",
    "föreningen",
    "klubben",
    "bostäder",
)
# a unit of a preschool or ward: "avd Blåklockan"
UNIT_WORDS = frozenset({"avd", "avdelning", "avdelningen"})
# a place name in the genitive before what is there: "Solgårdens äldreboende",
# "Björkängens anpassade grundskola" (a definite form: people's names rarely end so)
INSTITUTION_AFTER = re.compile(
    r" (?:[a-zåäö]+ )?(?:äldreboende|asylboende|boende|grundskola|förskola|skola|vårdcentral"
    r"|sjukhus|kyrka|förening|bibliotek|fritidsgård)\b"
)
# endings no first name or surname has: "20.30 Stationsparken", "Kvarnby torget"
SURE_PLACE_ENDINGS = ("torget", "parken", "backen", "området", "stranden", "skogen")
# words after which an unknown proper noun is a place: "i Kvarnbacken", "LPO Järva"
PLACE_WORDS = frozenset(
    """i vid utanför nära längs inom runt kring genom lpo lokalpolisområde polisområde
    staden orten byn kommunen stadsdelen förorten bostadsområdet""".split()
)
# prepositions that also take people ("sa till Hamid", "hård mot Elif", "sms från Zana"):
# after them only a word with the ending of a place name, and no known surname
PERSON_OR_PLACE_WORDS = frozenset("till från mot på mellan".split())
PLACE_ENDINGS = (
    "backen",
    "hagen",
    "torget",
    "parken",
    "byn",
    "staden",
    "holmen",
    "viken",
    "lund",
    "lunda",
    "ängen",
    "höjden",
    "dalen",
    "torp",
    "köping",
    "hamn",
    "åsen",
    "skogen",
    "mossen",
    "området",
    "vallen",
    "udden",
    "tuna",
    "sjön",
    "stranden",
    "slätt",
)
PREVIOUS_WORD = re.compile(r"(?<![\w-])([^\W\d_]+) \Z")
NEXT_WORD = re.compile(r"\A(?:s\b)? (?P<next>[^\W\d_]*)")
AGE_AFTER = re.compile(r"\A[ ,(]*\d{1,2}(?:[ -]?(?:år|mån|åring|veckor))")
READS_AS_PERSON = "reads as a person"  # a verdict, beside the classes


def retype(
    text: str,
    detections: list[Detection],
    first_names: Container[str],
    last_names: Container[str],
) -> list[Detection]:
    """``detections`` with PERSON changed to ORGANIZATION or LOCATION where the word is an
    institution or a place (see the module's docstring); the spans do not change."""
    keys = [_key(text[d.start : d.end]) if d.label == PiiLabel.PERSON else "" for d in detections]
    verdicts: dict[str, PiiLabel | None] = {}
    for i, (d, key) in enumerate(zip(detections, keys, strict=True)):
        if not key or (key in verdicts and verdicts[key] is None):
            continue
        after_org = i > 0 and _name_of(text, detections[i - 1], d)
        verdict = _verdict(text, d, first_names, last_names, after_org)
        if verdict == READS_AS_PERSON or (key in verdicts and verdict and verdicts[key] != verdict):
            verdicts[key] = None  # a person somewhere, or two readings: stays a name
        elif verdict:
            verdicts[key] = verdict
    if not any(verdicts.values()):
        return detections
    return [
        replace(d, label=verdicts[key]) if verdicts.get(key) else d
        for d, key in zip(detections, keys, strict=True)
    ]


def _key(surface: str) -> str:
    """One capitalised word, without a genitive "s" ("Hjos" -> "hjo"); '' for anything else."""
    if " " in surface or not surface[:1].isupper() or not surface.replace("-", "").isalpha():
        return ""
    lower = surface.lower()
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _name_of(text: str, previous: Detection, d: Detection) -> bool:
    """``d`` follows an organisation with one space: its name ("Kunskapsskolan
    Falkmossen", "Tolkservice Mitt")."""
    return previous.label == PiiLabel.ORGANIZATION and text[previous.end : d.start] == " "


def _verdict(
    text: str,
    d: Detection,
    first_names: Container[str],
    last_names: Container[str],
    after_org: bool = False,
) -> PiiLabel | str | None:
    """The class this occurrence shows (``after_org``: it follows an organisation), or
    ``READS_AS_PERSON``, or None if it says neither."""
    lower = text[d.start : d.end].lower()
    if len(lower) > 7 and lower.endswith(INSTITUTION_HEADS) and lower not in last_names:
        return PiiLabel.ORGANIZATION
    if lower in first_names or lower.rstrip("s") in first_names:
        return READS_AS_PERSON
    before = PREVIOUS_WORD.search(text, max(0, d.start - 20), d.start)
    word = before.group(1).lower() if before else ""
    if word in UNIT_WORDS or after_org:
        return PiiLabel.ORGANIZATION
    if lower.endswith(("ens", "ets")) and INSTITUTION_AFTER.match(text, d.end):
        return PiiLabel.ORGANIZATION
    if lower.endswith("s") and text[d.end : d.end + 2].rstrip()[-1:].islower():
        return None  # a genitive before a noun: "i Zanas rum" says nothing of Zana
    if word in PLACE_WORDS:  # "i Kvarnbacken har det varit lugnt"
        return PiiLabel.LOCATION
    if _reads_as_person(text, d, word):
        return READS_AS_PERSON
    if lower in last_names:
        return None
    if lower.endswith(SURE_PLACE_ENDINGS) or (
        word in PERSON_OR_PLACE_WORDS and lower.endswith(PLACE_ENDINGS)
    ):
        return PiiLabel.LOCATION
    return None


def _reads_as_person(text: str, d: Detection, before: str) -> bool:
    """A name's context: a role word before it; after it a verb only people do
    ("säger", "mår"; not "är", "har"), an age, or a second capitalised word (a full
    name)."""
    if before in TRIGGERS:
        return True
    after = text[d.end : d.end + 30]
    next_word = NEXT_WORD.match(after)
    following = next_word.group("next") if next_word else ""
    return following in HUMAN_VERBS or following[:1].isupper() or bool(AGE_AFTER.match(after))
