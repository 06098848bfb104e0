"""Server-rendered SVG bar charts for the overview page (no scripts, no external service)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from markupsafe import Markup

WIDTH, LABEL_WIDTH, BAR_HEIGHT, GAP = 560, 150, 26, 12


@dataclass(frozen=True)
class Segment:
    label: str
    value: int
    css_class: str


@dataclass(frozen=True)
class Bar:
    label: str
    segments: list[Segment]


def stacked_bars(title: str, bars: list[Bar]) -> Markup:
    """Horizontal bars, each split into segments in proportion to their values; every
    segment carries its share as text so that colour is never the only cue."""
    plot = WIDTH - LABEL_WIDTH - 10
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for row, bar in enumerate(bars):
        y = GAP + row * (BAR_HEIGHT + GAP)
        total = sum(segment.value for segment in bar.segments)
        parts.append(
            f'<text x="0" y="{y + BAR_HEIGHT * 0.7:.1f}" class="chart-label">'
            f"{escape(bar.label)}</text>"
        )
        if not total:
            parts.append(
                f'<text x="{LABEL_WIDTH}" y="{y + BAR_HEIGHT * 0.7:.1f}" class="chart-empty">'
                "inga ännu</text>"
            )
            continue
        x = float(LABEL_WIDTH)
        for segment in bar.segments:
            width = plot * segment.value / total
            share = round(100 * segment.value / total)
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'class="{escape(segment.css_class)}"><title>{escape(segment.label)}: '
                f"{segment.value} ({share} %)</title></rect>"
            )
            if width >= 70:
                parts.append(
                    f'<text x="{x + 6:.1f}" y="{y + BAR_HEIGHT * 0.7:.1f}" class="chart-value">'
                    f"{escape(segment.label)} {share} %</text>"
                )
            x += width
    parts.append("</svg>")
    return Markup("".join(parts))
