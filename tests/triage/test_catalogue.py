"""Service catalogues: validation with clear errors, matching, and the safety property that
akut, violence and utredning cases never get a first-line service."""

from __future__ import annotations

import shutil

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from triage.catalogue import VIOLENCE, CatalogueError, Kind, match
from triage.municipality import EXAMPLES, PACKAGED, load_municipalities, load_municipality
from triage.schema import RiskFactor as F
from triage.schema import Route, Urgency

LUND = load_municipality(EXAMPLES / "lund.yaml").catalogue
DEFAULT = load_municipality(PACKAGED / "default.yaml").catalogue


def write(tmp_path, data, name="kommun.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def valid() -> dict:
    return yaml.safe_load((PACKAGED / "default.yaml").read_text(encoding="utf-8"))


def services_of(found):
    return [m.id for m in found if m.kind is Kind.SERVICE]


def forums_of(found):
    return [m.id for m in found if m.kind is Kind.FORUM]


# validation -------------------------------------------------------------------------------


def test_shipped_files_are_valid():
    assert set(load_municipalities(PACKAGED)) == {"default"}
    lund = load_municipality(EXAMPLES / "lund.yaml")
    names = {entry.name for entry in (*lund.catalogue.services, *lund.catalogue.forums)}
    assert {"Mariamottagningen", "Unga vuxna-mottagningen", "Familjecentralen"} <= names
    assert {"BIBASS (konsultationsteam)", "Sociala insatsgrupper"} <= names


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["catalogue"]["services"][0].update(risk_factors=["skolk"]), "risk_factors.0"),
        (lambda d: d["catalogue"]["services"][1].update(urgencies=["akut"]), "cannot take akut"),
        (lambda d: d["catalogue"]["services"][0].update(ages={"min": 12, "max": 6}), "above max"),
        (lambda d: d["catalogue"]["services"][0].update(telefon="08-123"), "telefon"),
        (lambda d: d["catalogue"]["services"][0].pop("name"), "services.0.name"),
        (lambda d: d["catalogue"]["forums"][0].update(id="familjestod"), "ids used twice"),
        (lambda d: d["catalogue"].update(services=[]), "catalogue.services"),
        (lambda d: d["catalogue"]["services"][0].update(general=False), "needs risk_factors"),
        (lambda d: d["catalogue"]["forums"][0].update(general=True), "never general"),
        (lambda d: d.pop("catalogue"), "catalogue: missing"),
        (lambda d: d["deadlines"].update(preliminary_days=30), "deadlines.preliminary_days"),
        (lambda d: d["thresholds"].update(agreement_band=[0.9, 0.5]), "agreement_band"),
    ],
)
def test_a_mistake_names_the_file_and_the_field(tmp_path, change, expected):
    data = valid()
    change(data)
    with pytest.raises(CatalogueError) as raised:
        load_municipality(write(tmp_path, data))
    assert str(raised.value).startswith("kommun.yaml: ")
    assert expected in str(raised.value)


def test_broken_yaml_and_non_mappings_are_refused(tmp_path):
    broken = tmp_path / "trasig.yaml"
    broken.write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(CatalogueError, match="trasig.yaml: not valid YAML"):
        load_municipality(broken)
    listed = tmp_path / "lista.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="must be a mapping"):
        load_municipality(listed)


def test_a_directory_needs_files_with_distinct_ids(tmp_path):
    with pytest.raises(CatalogueError, match="no municipality files"):
        load_municipalities(tmp_path)
    shutil.copy(PACKAGED / "default.yaml", tmp_path / "a.yaml")
    shutil.copy(PACKAGED / "default.yaml", tmp_path / "b.yaml")
    with pytest.raises(CatalogueError, match="'default' is used by another file"):
        load_municipalities(tmp_path)
    with pytest.raises(CatalogueError, match="no such directory"):
        load_municipalities(tmp_path / "saknas")


# matching ---------------------------------------------------------------------------------


def test_substance_use_of_a_teenager_goes_to_mariamottagningen():
    found = match(
        LUND,
        urgency=Urgency.NORMAL,
        route=Route.FORSTA_LINJEN,
        risk_factors=[F.EGET_MISSBRUK],
        child_age=15,
    )
    assert services_of(found)[0] == "mariamottagningen"
    best = found[0]
    assert best.matched_risk_factors == [F.EGET_MISSBRUK] and best.age_matched
    assert "barnets eget missbruk" in best.reason and "ålder 15 inom 12–21 år" in best.reason


def test_more_matching_risk_factors_rank_first_and_age_excludes():
    school = dict(urgency=Urgency.NORMAL, route=Route.FORSTA_LINJEN)
    found = match(
        LUND, **school, risk_factors=[F.SKOLFRANVARO, F.PSYKISK_OHALSA_BARN], child_age=13
    )
    assert services_of(found)[0] == "skolsocialt-team"
    assert "bibass" in forums_of(found)
    # the school social team ends at 16: a 17-year-old is not sent there
    older = match(LUND, **school, risk_factors=[F.SKOLFRANVARO], child_age=17)
    assert "skolsocialt-team" not in services_of(older)


def test_small_children_get_the_family_centre_and_limit_holds():
    found = match(
        LUND,
        urgency=Urgency.SKYNDSAM,
        route=Route.FORSTA_LINJEN,
        risk_factors=[F.PSYKISK_OHALSA_VARDNADSHAVARE, F.FORSUMMELSE],
        child_age=2,
        limit=1,
    )
    assert services_of(found) == ["familjecentralen"]


def test_unknown_age_still_matches_but_says_so():
    (found, *_) = match(
        LUND,
        urgency=Urgency.NORMAL,
        route=Route.FORSTA_LINJEN,
        risk_factors=[F.KONFLIKT_SEPARATION],
        child_age=None,
    )
    assert not found.age_matched and "ålder okänd" in found.reason


def test_a_general_service_only_when_nothing_specific_fits():
    general = match(
        DEFAULT, urgency=Urgency.NORMAL, route=Route.FORSTA_LINJEN, risk_factors=[], child_age=8
    )
    assert services_of(general) == ["familjestod"]
    specific = match(
        DEFAULT,
        urgency=Urgency.NORMAL,
        route=Route.FORSTA_LINJEN,
        risk_factors=[F.SKOLFRANVARO],
        child_age=8,
    )
    assert services_of(specific) == ["skolsocialt-stod"]
    assert forums_of(specific) == ["elevhalsa-samverkan"]


def test_suspected_abuse_names_barnahus_but_no_service():
    found = match(
        LUND,
        urgency=Urgency.AKUT,
        route=Route.UTREDNING,
        risk_factors=[F.SEXUELLA_OVERGREPP],
        child_age=6,
    )
    assert services_of(found) == [] and forums_of(found) == ["barnahus"]
    assert found[0].kind is Kind.FORUM and "sexuella övergrepp" in found[0].reason


@given(
    urgency=st.sampled_from(list(Urgency)),
    route=st.sampled_from(list(Route)),
    factors=st.sets(st.sampled_from(list(F))),
    age=st.one_of(st.none(), st.integers(0, 20)),
)
def test_akut_violence_or_utredning_never_get_a_first_line_service(urgency, route, factors, age):
    for catalogue in (LUND, DEFAULT):
        found = match(catalogue, urgency=urgency, route=route, risk_factors=factors, child_age=age)
        blocked = urgency is Urgency.AKUT or route is Route.UTREDNING or factors & VIOLENCE
        if blocked:
            assert services_of(found) == []
        for named in found:
            assert set(named.matched_risk_factors) <= factors
            entry_ids = {e.id for e in (*catalogue.services, *catalogue.forums)}
            assert named.id in entry_ids


@given(
    urgency=st.sampled_from([Urgency.SKYNDSAM, Urgency.NORMAL]),
    factors=st.sets(st.sampled_from(sorted(set(F) - VIOLENCE))),
    age=st.one_of(st.none(), st.integers(0, 17)),
)
def test_every_first_line_suggestion_gets_a_service_in_the_default(urgency, factors, age):
    found = match(
        DEFAULT, urgency=urgency, route=Route.FORSTA_LINJEN, risk_factors=factors, child_age=age
    )
    assert services_of(found)
