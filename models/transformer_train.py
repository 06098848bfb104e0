"""Fine-tuning pieces of the transformer backend: targets, multi-task loss, loop, temperature.

The 18 output logits are laid out as urgency (3, URGENCIES order), route (2, ROUTES order)
and risk factors (13, RISK_FACTORS order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch
from scipy.optimize import minimize_scalar
from torch.nn import functional as F
from tqdm import tqdm

from models.transformer_text import collate
from triage.classifier import RISK_FACTORS, ROUTES, URGENCIES, Labels

URGENCY = slice(0, len(URGENCIES))
ROUTE = slice(URGENCY.stop, URGENCY.stop + len(ROUTES))
RISK = slice(ROUTE.stop, ROUTE.stop + len(RISK_FACTORS))
NUM_LABELS = RISK.stop
LABEL_NAMES = (
    [f"urgency:{u.value}" for u in URGENCIES]
    + [f"route:{r.value}" for r in ROUTES]
    + [f"risk:{f.value}" for f in RISK_FACTORS]
)


@dataclass(frozen=True)
class Targets:
    """Gold labels as tensors: class indices for urgency and route, multi-hot risk."""

    urgency: torch.Tensor
    route: torch.Tensor
    risk: torch.Tensor

    @classmethod
    def of(cls, labels: Labels) -> Targets:
        urgencies, routes = [u.value for u in URGENCIES], [r.value for r in ROUTES]
        risk = [[float(f.value in rf) for f in RISK_FACTORS] for rf in labels.risk_factors]
        if not labels.risk_factors:
            risk = [[0.0] * len(RISK_FACTORS) for _ in labels.urgency]
        return cls(
            torch.tensor([urgencies.index(u) for u in labels.urgency]),
            torch.tensor([routes.index(r) for r in labels.route]),
            torch.tensor(risk, dtype=torch.float32).reshape(-1, len(RISK_FACTORS)),
        )

    def rows(self, index: torch.Tensor) -> Targets:
        return Targets(self.urgency[index], self.route[index], self.risk[index])


def multitask_loss(logits: torch.Tensor, targets: Targets) -> torch.Tensor:
    """CE over urgency + CE over route + BCE-with-logits over the risk factors."""
    return (
        F.cross_entropy(logits[:, URGENCY], targets.urgency)
        + F.cross_entropy(logits[:, ROUTE], targets.route)
        + F.binary_cross_entropy_with_logits(logits[:, RISK], targets.risk)
    )


def train(
    model,
    ids: Sequence[list[int]],
    targets: Targets,
    *,
    steps: int,
    batch_size: int,
    learning_rate: float,
    pad_id: int,
    seed: int,
    warmup: float = 0.1,
    weight_decay: float = 0.01,
) -> list[float]:
    """AdamW with linear warm-up and decay over ``steps`` shuffled batches; the loss per step."""
    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=weight_decay)
    warm = max(1, int(steps * warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    generator = torch.Generator().manual_seed(seed)
    history: list[float] = []
    model.train()
    with tqdm(total=steps, desc="fine-tune", disable=None) as bar:
        while len(history) < steps:
            for batch in torch.randperm(len(ids), generator=generator).split(batch_size):
                if len(history) == steps:
                    break
                logits = model(**collate([ids[i] for i in batch], pad_id)).logits
                loss = multitask_loss(logits, targets.rows(batch))
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimiser.step()
                schedule.step()
                optimiser.zero_grad()
                history.append(float(loss.detach()))
                bar.set_postfix(loss=f"{history[-1]:.3f}")
                bar.update()
    model.eval()
    return history


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises held-out negative log-likelihood (1.0 without data)."""
    if len(y) == 0:
        return 1.0

    def nll(t: float) -> float:
        p = softmax(logits / t)
        return -np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean()

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)
