"""Labels, record format and personal-data classes from the labelling guide."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Urgency(StrEnum):
    AKUT = "akut"
    SKYNDSAM = "skyndsam"
    NORMAL = "normal"

    @property
    def rank(self) -> int:
        """0 = normal, 1 = skyndsam, 2 = akut: higher is more urgent."""
        return {"normal": 0, "skyndsam": 1, "akut": 2}[self.value]


class Route(StrEnum):
    UTREDNING = "utredning"
    FORSTA_LINJEN = "forsta_linjen"


class RiskFactor(StrEnum):
    VALD_MOT_BARN = "vald_mot_barn"
    SEXUELLA_OVERGREPP = "sexuella_overgrepp"
    VALD_I_NARA_RELATION = "vald_i_nara_relation"
    MISSBRUK_VARDNADSHAVARE = "missbruk_vardnadshavare"
    PSYKISK_OHALSA_VARDNADSHAVARE = "psykisk_ohalsa_vardnadshavare"
    FORSUMMELSE = "forsummelse"
    SKOLFRANVARO = "skolfranvaro"
    PSYKISK_OHALSA_BARN = "psykisk_ohalsa_barn"
    EGET_MISSBRUK = "eget_missbruk"
    KRIMINALITET = "kriminalitet"
    HEDERSRELATERAT = "hedersrelaterat"
    KONFLIKT_SEPARATION = "konflikt_separation"
    BETEENDEPROBLEM = "beteendeproblem"


class ReporterType(StrEnum):
    SKOLA = "skola"
    FORSKOLA = "forskola"
    POLIS = "polis"
    HALSO_SJUKVARD = "halso_sjukvard"
    SOCIALTJANST_ANNAN = "socialtjanst_annan"
    PRIVATPERSON = "privatperson"
    ANHORIG = "anhorig"
    ANONYM = "anonym"
    BARNET_SJALV = "barnet_sjalv"
    ANNAN = "annan"


class PiiLabel(StrEnum):
    PERSON = "PERSON"
    ID_NUMBER = "ID_NUMBER"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    LOCATION = "LOCATION"
    ORGANIZATION = "ORGANIZATION"
    DATE = "DATE"


DIRECT_IDENTIFIERS: frozenset[PiiLabel] = frozenset(
    {PiiLabel.PERSON, PiiLabel.ID_NUMBER, PiiLabel.PHONE, PiiLabel.EMAIL, PiiLabel.ADDRESS}
)


class PiiSpan(BaseModel):
    """A personal-data span: character offsets into the text, end exclusive."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    label: PiiLabel
    origin: str | None = None  # generated names: the locale or list it came from (fairness)

    @model_validator(mode="after")
    def _ordered(self) -> PiiSpan:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be after start {self.start}")
        return self


class GoldSegment(BaseModel):
    """Generated records: where one scenario's text lies (offsets into ``text``); the
    sentence-level model learns from these."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    family: str


class Referral(BaseModel):
    """One referral as received, optionally with gold labels (training and evaluation data)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str
    reporter_type: ReporterType | None = None
    child_age: int | None = Field(default=None, ge=0, le=17)
    urgency: Urgency | None = None
    route: Route | None = None
    risk_factors: list[RiskFactor] = Field(default_factory=list)
    pii: list[PiiSpan] = Field(default_factory=list)
    segments: list[GoldSegment] = Field(default_factory=list)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty")
        return text

    @model_validator(mode="after")
    def _spans_valid(self) -> Referral:
        previous_end = 0
        for span in self.pii:
            if span.end > len(self.text):
                raise ValueError(f"pii span {span.start}-{span.end} is outside the text")
            if span.start < previous_end:
                raise ValueError("pii spans must be sorted and non-overlapping")
            previous_end = span.end
        return self
