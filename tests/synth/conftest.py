"""Shared fixtures: the scenario bank (or a small stand-in) and generated samples."""

from __future__ import annotations

import pytest

from training.synth.generate import make_record, material
from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SEED = 13
N_TRAIN = 2000
N_TEST = 600


def _stand_in() -> tuple[Scenario, ...]:
    """A few scenarios covering every risk factor, used until the real bank exists."""
    phrasings = (
        "{C} berättade {RECENT} att {P1} gjorde det igen.",
        "Jag har sett det själv hos {C:s} familj på {ADDRESS}.",
        "{P2_name} ringde från {PHONE} och bekräftade detta om {C_full}.",
        "Enligt {C} har det pågått sedan {PAST}; {han} är {AGE} år.",
        "Det hände {DATE} vid {PLACE}, nära {SCHOOL}.",
        "{SIB}, {C:s} {SIB_role}, såg när {A} kom hem.",
    )
    scenarios = [
        Scenario(f"{risk.value}/standin", (risk,), U.SKYNDSAM, True, phrasings) for risk in RF
    ]
    scenarios.append(
        Scenario("vald_mot_barn/akut_standin", (RF.VALD_MOT_BARN,), U.AKUT, True, phrasings)
    )
    scenarios.append(Scenario("stodbehov/standin", (), U.NORMAL, False, phrasings))
    scenarios.append(Scenario("negation/vald_standin", (), U.NORMAL, False, phrasings))
    return tuple(scenarios)


@pytest.fixture(scope="session")
def scenarios() -> tuple[Scenario, ...]:
    try:
        from training.synth.scenarios import ALL_SCENARIOS
    except ImportError:
        return _stand_in()
    return tuple(ALL_SCENARIOS) or _stand_in()


def _drafted(split: str, n: int, scenarios) -> list[tuple[dict, object]]:
    mat = material(split, scenarios)
    return [make_record(i, SEED, split, mat) for i in range(n)]


@pytest.fixture(scope="session")
def train_drafted(scenarios):
    return _drafted("train", N_TRAIN, scenarios)


@pytest.fixture(scope="session")
def test_drafted(scenarios):
    return _drafted("test", N_TEST, scenarios)


@pytest.fixture(scope="session")
def train_records(train_drafted) -> list[dict]:
    return [record for record, _ in train_drafted]


@pytest.fixture(scope="session")
def test_records(test_drafted) -> list[dict]:
    return [record for record, _ in test_drafted]


@pytest.fixture(scope="session")
def all_records(train_records, test_records) -> list[dict]:
    return train_records + test_records


@pytest.fixture(scope="session")
def by_family(scenarios) -> dict[str, Scenario]:
    return {s.family: s for s in scenarios}
