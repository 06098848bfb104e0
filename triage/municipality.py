"""A municipality's local set-up: deadlines, thresholds and its service catalogue.

One readable YAML file per municipality (see ``triage/municipalities/``), validated at
start-up: a mistake stops the service with a message naming the file and the field.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from triage.cases import PRELIMINARY_DAYS
from triage.catalogue import Catalogue, CatalogueError, load_catalogue_section, load_yaml, problems

PACKAGED = Path(__file__).parent / "municipalities"
EXAMPLES = PACKAGED / "examples"
DEFAULT_MUNICIPALITY = "default"


class DeadlineRules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    preliminary_days: int = Field(
        default=PRELIMINARY_DAYS,
        ge=1,
        le=PRELIMINARY_DAYS,
        description="Förhandsbedömning within this many days (the law's limit is 14).",
    )


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    akut_threshold_max: float | None = Field(
        default=None,
        gt=0,
        lt=1,
        description="Suggest akut from this probability at the latest (can only make the "
        "model more cautious); null: the model's tuned threshold.",
    )
    agreement_band: tuple[float, float] = Field(
        default=(0.6, 0.95), description="Warn when the agreement rate leaves this band."
    )

    @model_validator(mode="after")
    def _band_ordered(self) -> Thresholds:
        low, high = self.agreement_band
        if not 0 <= low < high <= 1:
            raise ValueError("agreement_band must be [low, high] with 0 <= low < high <= 1")
        return self


class Municipality(BaseModel):
    """One tenant: its cases, staff and keys are kept apart from every other one's."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    name: str = Field(min_length=1)
    deadlines: DeadlineRules = DeadlineRules()
    thresholds: Thresholds = Thresholds()
    catalogue: Catalogue


def load_municipality(path: Path) -> Municipality:
    """Read and validate one municipality file (raises CatalogueError)."""
    data = load_yaml(path)
    source = path.name
    catalogue = load_catalogue_section(data.get("catalogue"), source)
    try:
        return Municipality.model_validate({**data, "catalogue": catalogue})
    except ValidationError as error:
        raise CatalogueError(source, problems(error)) from None


def load_municipalities(directory: Path) -> dict[str, Municipality]:
    """Every ``*.yaml`` in ``directory`` by id (raises CatalogueError)."""
    if not directory.is_dir():
        raise CatalogueError(str(directory), ["no such directory of municipality files"])
    found: dict[str, Municipality] = {}
    for path in sorted(directory.glob("*.yaml")):
        municipality = load_municipality(path)
        if municipality.id in found:
            raise CatalogueError(path.name, [f"id: {municipality.id!r} is used by another file"])
        found[municipality.id] = municipality
    if not found:
        raise CatalogueError(str(directory), ["no municipality files (*.yaml)"])
    return found
