"""Figures logged with every training run: confusion matrix and calibration plot."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def pyplot():
    """matplotlib's pyplot on the file-only backend, imported on first use (it takes most of
    a second; ``triage train`` imports it while its workers pseudonymise)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def confusion_matrix(matrix: list[list[int]], classes: list[str], title: str, out: Path) -> Path:
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(4.2, 3.6))
    data = np.array(matrix)
    ax.imshow(data, cmap="Blues")
    ax.set_xticks(range(len(classes)), classes)
    ax.set_yticks(range(len(classes)), classes)
    ax.set_xlabel("förslag")
    ax.set_ylabel("facit")
    ax.set_title(title)
    for (i, j), value in np.ndenumerate(data):
        colour = "white" if value > data.max() / 2 else "black"
        ax.text(j, i, str(value), ha="center", va="center", color=colour)
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out


def calibration(confidence: np.ndarray, correct: np.ndarray, title: str, out: Path) -> Path:
    edges = np.linspace(0, 1, 11)
    centres, accuracy = [], []
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        mask = (confidence > lo) & (confidence <= hi)
        if mask.any():
            centres.append(confidence[mask].mean())
            accuracy.append(correct[mask].mean())
    plt = pyplot()
    fig, ax = plt.subplots(figsize=(4, 4))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfekt")
    ax.plot(centres, accuracy, marker="o", label="modellen")
    ax.set_xlabel("sannolikhet (högsta klass)")
    ax.set_ylabel("andel rätt")
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)
    return out
