"""The one small interface every classifier backend implements (see ``models/``).

Backends see only pseudonymised text plus ``reporter_type`` and ``child_age``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from triage.schema import RiskFactor, Route, Urgency

URGENCIES: tuple[Urgency, ...] = (Urgency.AKUT, Urgency.SKYNDSAM, Urgency.NORMAL)
ROUTES: tuple[Route, ...] = (Route.UTREDNING, Route.FORSTA_LINJEN)
RISK_FACTORS: tuple[RiskFactor, ...] = tuple(RiskFactor)


@dataclass(frozen=True, slots=True)
class ModelInput:
    """What a backend may look at: never raw text."""

    text: str
    reporter_type: str | None = None
    child_age: int | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of one input's text with the labels its concern alone implies (generated
    records know them); backends may learn from passages what one sentence means."""

    start: int
    end: int
    urgency: str
    utredning: bool
    risk_factors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Labels:
    """Gold labels for fitting, one entry per input; ``passages`` per input where known
    (empty list for an input without them, or no list at all)."""

    urgency: list[str]
    route: list[str]
    risk_factors: list[list[str]] = field(default_factory=list)
    passages: list[list[Passage]] = field(default_factory=list)

    def rows(self, indices: Sequence[int]) -> Labels:
        """The labels of the inputs at ``indices``, in that order (repeats allowed)."""
        return Labels(
            urgency=[self.urgency[i] for i in indices],
            route=[self.route[i] for i in indices],
            risk_factors=[self.risk_factors[i] for i in indices],
            passages=[self.passages[i] for i in indices] if self.passages else [],
        )


@dataclass(frozen=True)
class Probabilities:
    """Calibrated probabilities; columns follow URGENCIES, ROUTES and RISK_FACTORS."""

    urgency: np.ndarray
    route: np.ndarray
    risk: np.ndarray


@runtime_checkable
class Classifier(Protocol):
    """fit / predict probabilities / explain / save / load."""

    backend: str
    version: str

    def fit(
        self,
        inputs: Sequence[ModelInput],
        labels: Labels,
        calibration: tuple[Sequence[ModelInput], Labels] | None = None,
    ) -> None:
        """Fit on ``inputs``; calibrate probabilities on ``calibration`` (held-out wordings)
        when given, else on a slice of ``inputs``."""

    def predict_proba(self, inputs: Sequence[ModelInput]) -> Probabilities: ...

    def contributions(
        self, item: ModelInput, task: str, label: str, top: int = 10
    ) -> list[tuple[str, float]]:
        """Words/phrases that pushed ``task`` towards ``label`` (empty if not available)."""
        ...

    def save(self, path: Path) -> None: ...

    @classmethod
    def load(cls, path: Path) -> Classifier: ...
