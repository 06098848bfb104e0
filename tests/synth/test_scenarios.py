"""Checks on the scenario banks: size, slots, labels by the labelling guide, age plausibility."""

from __future__ import annotations

import re
import string
from collections import Counter

import pytest

from training.synth import scenario as scenario_module
from training.synth.scenarios import ALL_SCENARIOS, MODULES
from triage.schema import RiskFactor, Urgency

MIN_PHRASINGS = 6
FORMATTER = string.Formatter()

# The slot list is the one documented in scenario.py: "{C}", "{C:s}", "{P1_name:s}", ...
# The renderer accepts the possessive ":s" on every slot, so the base names are what counts.
KNOWN_SLOTS = frozenset(re.findall(r"\{([A-Za-z0-9_]+)(?::s)?\}", scenario_module.__doc__ or ""))

# The renderer capitalises a lower-case slot (pronoun, role word, relative time) after
# ".!?" but not after an opening quote: a quotation must not start with one.
LOWERCASE_SLOTS = ("han", "hon", "honom", "hans", "P1", "P2", "A", "SIB_role", "RECENT", "PAST")
QUOTE_START = re.compile(r"(?:^|[\s(:])”\{(" + "|".join(LOWERCASE_SLOTS) + r")\}")

# The guide: any credible concern of these kinds routes to utredning.
ALWAYS_UTREDNING = frozenset(
    {
        RiskFactor.VALD_MOT_BARN,
        RiskFactor.SEXUELLA_OVERGREPP,
        RiskFactor.VALD_I_NARA_RELATION,
        RiskFactor.MISSBRUK_VARDNADSHAVARE,
        RiskFactor.HEDERSRELATERAT,
    }
)
NO_RISK_GROUPS = ("negation/", "neutral/")
# Groups whose concern may carry no risk factor: a missing child (reason unknown), parents
# asking for support with ordinary parenting stress.
EMPTY_RISK_ALLOWED = ("forsvunnen/", "stodbehov/")

PRESCHOOL_WORDS = re.compile(r"\{PRESCHOOL\}|BVC|blöj|förskol|dagbarnvård|nappen", re.I)
SCHOOL_WORDS = re.compile(
    r"\{SCHOOL\}|lektion|rektor|mentor|högstadie|gymnasie|\bskol|\belev|\bklass", re.I
)
TEEN_DRUG_WORDS = re.compile(r"cannabis|hasch|\bgräs\b|knark|narkotika|\blangar|\bspice\b", re.I)

IDS = [s.family for s in ALL_SCENARIOS]
BY_FAMILY = {s.family: s for s in ALL_SCENARIOS}

# The guide's own examples, as (family, urgency, utredning): the contract in miniature.
GUIDE_EXAMPLES = (
    ("vald_mot_barn/synliga_skador_vardnadshavare", Urgency.AKUT, True),
    ("vald_mot_barn/vagar_inte_ga_hem", Urgency.AKUT, True),
    ("vald_mot_barn/erkand_orfil_nyligen", Urgency.AKUT, True),
    ("vald_mot_barn/hot_om_att_doda", Urgency.AKUT, True),
    ("vald_mot_barn/aldre_vald_valdsam_flyttat", Urgency.SKYNDSAM, True),
    ("sexuella_overgrepp/forovare_har_tillgang", Urgency.AKUT, True),
    ("sexuella_overgrepp/sexualiserat_beteende_smabarn", Urgency.SKYNDSAM, True),
    ("sexuella_overgrepp/forovare_utan_tillgang", Urgency.SKYNDSAM, True),
    ("vald_i_nara_relation/bevittnat_nyligen_utovare_kvar", Urgency.AKUT, True),
    ("vald_i_nara_relation/bevittnat_tidigare_foralder_agerat", Urgency.SKYNDSAM, True),
    ("missbruk_vardnadshavare/for_berusad_nu", Urgency.AKUT, True),
    ("missbruk_vardnadshavare/nyfodd_aktivt_missbruk", Urgency.AKUT, True),
    ("missbruk_vardnadshavare/pagaende_alkohol", Urgency.SKYNDSAM, True),
    ("psykisk_ohalsa_vardnadshavare/depression_omsorg_fungerar", Urgency.NORMAL, False),
    ("forsummelse/smabarn_ensamt", Urgency.AKUT, True),
    ("forsummelse/hunger_ingen_mat", Urgency.SKYNDSAM, True),
    ("forsummelse/hygien_klader_mild", Urgency.NORMAL, False),
    ("forsummelse/langvarig_forsummelse", Urgency.NORMAL, True),
    ("skolfranvaro/mild_franvaro_samarbete", Urgency.NORMAL, False),
    ("psykisk_ohalsa_barn/suicidforsok", Urgency.AKUT, True),
    ("psykisk_ohalsa_barn/akuta_suicidplaner", Urgency.AKUT, True),
    ("psykisk_ohalsa_barn/sjalvskada_utan_suicid", Urgency.SKYNDSAM, True),
    ("psykisk_ohalsa_barn/angest_nedstamdhet_foraldrar_engagerade", Urgency.NORMAL, False),
    ("eget_missbruk/cannabis", Urgency.SKYNDSAM, True),
    ("eget_missbruk/alkohol_fest_en_gang", Urgency.NORMAL, False),
    ("kriminalitet/ran", Urgency.SKYNDSAM, True),
    ("kriminalitet/rekrytering_natverk", Urgency.SKYNDSAM, True),
    ("kriminalitet/hot_mot_livet_natverk", Urgency.AKUT, True),
    ("kriminalitet/forsta_snatteri", Urgency.NORMAL, False),
    ("hedersrelaterat/hot_om_hedersvald", Urgency.AKUT, True),
    ("hedersrelaterat/tvangsaktenskap", Urgency.AKUT, True),
    ("hedersrelaterat/bortforande_utomlands", Urgency.AKUT, True),
    ("hedersrelaterat/kontroll_begransningar", Urgency.SKYNDSAM, True),
    ("konflikt_separation/foraldrakonflikt_utan_vald", Urgency.NORMAL, False),
    ("beteendeproblem/utbrott_skola", Urgency.NORMAL, False),
    ("beteendeproblem/eskalerande", Urgency.SKYNDSAM, True),
    ("forsvunnen/rymt_hemifran", Urgency.AKUT, True),
    ("upprepade/forsummelse_eskalerar", Urgency.SKYNDSAM, True),
    ("stodbehov/foraldrar_ber_om_stod_beteende", Urgency.NORMAL, False),
)


def _slots(text: str) -> list[str]:
    slots = []
    for _literal, field, spec, conversion in FORMATTER.parse(text):
        if field is None:
            continue
        assert conversion is None, f"conversion !{conversion} in {text!r}"
        assert spec in ("", "s"), f"format spec {spec!r} in {text!r}"
        slots.append(field)
    return slots


def test_slot_list_parsed_from_scenario_docstring() -> None:
    expected = {"C", "han", "P1", "P1_name", "RECENT", "PAST", "DATE", "SCHOOL", "CASENR"}
    assert expected <= KNOWN_SLOTS


def test_corpus_size() -> None:
    assert len(ALL_SCENARIOS) >= 90
    assert sum(len(s.phrasings) for s in ALL_SCENARIOS) >= 600


def test_every_module_contributes() -> None:
    for module in MODULES:
        assert module.SCENARIOS, module.__name__
        assert all(isinstance(s, scenario_module.Scenario) for s in module.SCENARIOS)


def test_family_ids_unique_and_well_formed() -> None:
    duplicates = [f for f, n in Counter(IDS).items() if n > 1]
    assert not duplicates
    for family in IDS:
        assert re.fullmatch(r"[a-z_]+/[a-z0-9_]+", family), family


def test_phrasings_unique_across_corpus() -> None:
    seen: dict[str, str] = {}
    for s in ALL_SCENARIOS:
        for p in s.phrasings + s.extra_phrasings:
            key = " ".join(p.casefold().split())
            assert key not in seen, f"{s.family} repeats a phrasing of {seen.get(key)}: {p!r}"
            seen[key] = s.family


def test_all_risk_factors_covered() -> None:
    covered = {rf for s in ALL_SCENARIOS for rf in s.risk_factors}
    assert covered == set(RiskFactor)


@pytest.mark.parametrize(("family", "urgency", "utredning"), GUIDE_EXAMPLES)
def test_guide_examples(family: str, urgency: Urgency, utredning: bool) -> None:
    sc = BY_FAMILY[family]
    assert (sc.urgency, sc.utredning) == (urgency, utredning)


def test_all_urgencies_and_routes_present() -> None:
    assert {s.urgency for s in ALL_SCENARIOS} == set(Urgency)
    assert {s.utredning for s in ALL_SCENARIOS} == {True, False}


@pytest.mark.parametrize("sc", ALL_SCENARIOS, ids=IDS)
class TestScenario:
    def test_enough_distinct_phrasings(self, sc: scenario_module.Scenario) -> None:
        assert len(sc.phrasings) >= MIN_PHRASINGS
        assert len(set(sc.phrasings)) == len(sc.phrasings)

    def test_types(self, sc: scenario_module.Scenario) -> None:
        assert isinstance(sc.urgency, Urgency)
        assert all(isinstance(rf, RiskFactor) for rf in sc.risk_factors)
        assert len(set(sc.risk_factors)) == len(sc.risk_factors)
        assert isinstance(sc.tags, frozenset)
        assert 0 <= sc.min_age <= sc.max_age <= 17

    def test_only_known_slots(self, sc: scenario_module.Scenario) -> None:
        for p in sc.phrasings + sc.extra_phrasings:
            unknown = set(_slots(p)) - KNOWN_SLOTS
            assert not unknown, f"unknown slots {unknown} in {p!r}"

    def test_renders_with_dummy_values(self, sc: scenario_module.Scenario) -> None:
        values = dict.fromkeys(KNOWN_SLOTS, "X")
        for p in sc.phrasings + sc.extra_phrasings:
            rendered = p.format(**values)
            assert "{" not in rendered and "}" not in rendered

    def test_text_hygiene(self, sc: scenario_module.Scenario) -> None:
        for p in sc.phrasings + sc.extra_phrasings:
            assert p == p.strip() and "  " not in p, repr(p)
            assert 15 <= len(p) <= 800, repr(p)
            assert p.count("”") % 2 == 0, f"unbalanced quotes in {p!r}"
            assert '"' not in p, f"use Swedish quotes ” in {p!r}"
            assert p[-1] in ".!?”)", f"phrasing should end a sentence: {p!r}"
            quote = QUOTE_START.search(p)
            assert not quote, f"lower-case slot {{{quote.group(1)}}} opens a quotation: {p!r}"

    def test_labels_follow_guide(self, sc: scenario_module.Scenario) -> None:
        rfs = set(sc.risk_factors)
        if sc.urgency is Urgency.AKUT:
            assert sc.utredning, "akut ⇒ utredning"
        if rfs & ALWAYS_UTREDNING:
            assert sc.utredning, f"{rfs & ALWAYS_UTREDNING} ⇒ utredning"
        if not sc.utredning:
            assert sc.urgency is Urgency.NORMAL, "första linjen only for normal urgency here"
        if sc.family.startswith(NO_RISK_GROUPS):
            assert not rfs and sc.urgency is Urgency.NORMAL and not sc.utredning
        elif not rfs:
            assert sc.family.startswith(EMPTY_RISK_ALLOWED), "a concern needs a risk factor"
        # Serious youth crime and self-harm or suicidality route to utredning; only a first
        # minor offence fits first-line support.
        if RiskFactor.KRIMINALITET in rfs and "forsta" not in sc.family:
            assert sc.utredning, "serious youth crime ⇒ utredning"
        if re.search(r"sjalvskad|suicid", sc.family):
            assert sc.utredning, "self-harm or suicidality ⇒ utredning"

    def test_ages_plausible(self, sc: scenario_module.Scenario) -> None:
        for p in sc.phrasings + sc.extra_phrasings:
            if re.search(r"\{AGE\}(?! år)", p):  # the renderer turns "0 år" into months only
                assert sc.min_age >= 1, f"{{AGE}} without ' år' for infants: {p!r}"
            if PRESCHOOL_WORDS.search(p):
                assert sc.max_age <= 6, f"preschool/BVC wording with max_age {sc.max_age}: {p!r}"
            if SCHOOL_WORDS.search(p):
                assert sc.min_age >= 6, f"school wording with min_age {sc.min_age}: {p!r}"
            rfs = sc.risk_factors
            own_use = RiskFactor.EGET_MISSBRUK in rfs
            drug_words = TEEN_DRUG_WORDS.search(p) and rfs
            if (own_use or drug_words) and RiskFactor.MISSBRUK_VARDNADSHAVARE not in rfs:
                assert sc.min_age >= 11, f"drug wording with min_age {sc.min_age}: {p!r}"
