"""Keep a referral from contradicting itself.

A negation ("inga tecken på våld"), a neutral context sentence ("följer sin tillväxtkurva",
"ingen tidigare kontakt med socialtjänsten") or a background sentence may only appear
next to concerns it does not speak about. What a text speaks about is judged by keyword
stems on its ASCII-folded text, mapped to risk factors and scenario groups; the check is
deliberately conservative (a false alarm only drops a sentence).
"""

from __future__ import annotations

from functools import cache

from training.synth.scenario import Scenario
from training.synth.split import fold

V, VN = "vald_mot_barn", "vald_i_nara_relation"
KEYWORDS: dict[str, tuple[str, ...]] = {
    "vald": (V, VN),
    "slag": (V, VN),
    "slog": (V, VN),
    "slar": (V, VN),
    "blamark": (V,),
    "skada": (V,),
    "brak": (VN, "konflikt_separation"),
    "brakar": (VN,),
    "sexuell": ("sexuella_overgrepp",),
    "overgrepp": ("sexuella_overgrepp",),
    "missbruk": ("missbruk_vardnadshavare", "eget_missbruk"),
    "alkohol": ("missbruk_vardnadshavare", "eget_missbruk"),
    "dricker": ("missbruk_vardnadshavare", "eget_missbruk"),
    "full": ("missbruk_vardnadshavare",),
    "drog": ("eget_missbruk", "missbruk_vardnadshavare"),
    "narkotika": ("eget_missbruk", "missbruk_vardnadshavare"),
    "psyk": ("psykisk_ohalsa_barn", "psykisk_ohalsa_vardnadshavare"),
    "mar bra": ("psykisk_ohalsa_barn",),
    "glad": ("psykisk_ohalsa_barn",),
    "kompis": ("psykisk_ohalsa_barn", "beteendeproblem"),
    "omtyckt": ("psykisk_ohalsa_barn",),
    "sjalvskad": ("psykisk_ohalsa_barn",),
    "suicid": ("psykisk_ohalsa_barn",),
    "forsummelse": ("forsummelse",),
    "hygien": ("forsummelse",),
    "tillvaxt": ("forsummelse",),
    "vikt": ("forsummelse",),
    "frisk": ("forsummelse", "psykisk_ohalsa_barn"),
    "vaccin": ("forsummelse",),
    "skol": ("skolfranvaro",),
    "franvaro": ("skolfranvaro",),
    "i tid": ("skolfranvaro",),
    "krimin": ("kriminalitet",),
    "brott": ("kriminalitet",),
    "polis": ("kriminalitet",),
    "heder": ("hedersrelaterat",),
    "gifte": ("hedersrelaterat",),
    "slakt": ("hedersrelaterat",),
    "konflikt": ("konflikt_separation",),
    "separation": ("konflikt_separation",),
    "bor med": ("konflikt_separation", VN),
    "beteende": ("beteendeproblem",),
    "tidigare": ("upprepade",),
    "kand": ("upprepade",),
    "forsta gangen": ("upprepade",),
    "samarbet": ("vagrar_kontakt",),
    "engagerad": ("vagrar_kontakt",),
    "kontakt med": ("vagrar_kontakt",),
    "forsvunn": ("forsvunnen",),
    "hemma": ("forsvunnen",),
}


@cache
def text_themes(text: str) -> frozenset[str]:
    """Risk factors and scenario groups a text speaks about."""
    key = fold(text)
    return frozenset(t for word, themes in KEYWORDS.items() if word in key for t in themes)


@cache
def scenario_themes(scenario: Scenario) -> frozenset[str]:
    """What a scenario as a whole speaks about (its id, tags and every phrasing)."""
    texts = (scenario.family.replace("_", " "), *sorted(scenario.tags), *scenario.phrasings)
    return frozenset().union(*(text_themes(t) for t in texts))


def concern_themes(scenarios: list[Scenario]) -> frozenset[str]:
    """The risk factors and groups of the referral's concerns."""
    return frozenset(
        {str(r) for s in scenarios for r in s.risk_factors}
        | {s.family.split("/", 1)[0] for s in scenarios}
    )


def negation_fits(negation: Scenario, concerns: frozenset[str]) -> bool:
    """A negation next to concerns: only when it clearly speaks about something else."""
    themes = scenario_themes(negation)
    return bool(themes) and not themes & concerns


def text_fits(text: str, concerns: frozenset[str]) -> bool:
    """A neutral or background sentence next to concerns it does not touch."""
    return not text_themes(text) & concerns
