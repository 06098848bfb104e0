"""Model text for the transformer backend: metadata as plain tokens, long texts cut in the middle.

A referral longer than the model's window keeps its head and its tail: the first quarter of
the token budget goes to the opening (who reports what) and the rest to the end, where
late details (what the child said, what happened last night) are often written. The cut
is marked with " … ". Metadata is never cut.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from models.features import AGE_BANDS
from triage.classifier import ModelInput

ELLIPSIS = " … "
MARGIN = 4  # tokens kept free: re-tokenising around the cut may add one or two


def prefix(item: ModelInput) -> str:
    """Reporter type and age band as plain tokens, e.g. ``[reporter: skola] [ålder: 6-9]``."""
    if item.child_age is None:
        band = "okänd"
    else:
        band = next(f"{lo}-{hi}" for lo, hi in AGE_BANDS if lo <= item.child_age <= hi)
    return f"[reporter: {item.reporter_type or 'okänd'}] [ålder: {band}]"


def cut_middle(tokenizer, texts: list[str], budgets: list[int], head_fraction: float) -> list[str]:
    """Each text shortened to about ``budget`` tokens by removing its middle."""
    fast = getattr(tokenizer, "is_fast", False)
    encoded = tokenizer(texts, add_special_tokens=False, return_offsets_mapping=fast, verbose=False)
    out = []
    for i, (text, budget) in enumerate(zip(texts, budgets, strict=True)):
        n = len(encoded["input_ids"][i])
        if n <= budget:
            out.append(text)
            continue
        head = max(1, int(budget * head_fraction))
        tail = max(1, budget - head - 2)  # two tokens for the ellipsis
        if fast:
            offsets = encoded["offset_mapping"][i]
            head_end, tail_start = offsets[head - 1][1], offsets[n - tail][0]
        else:  # no offsets: cut characters in proportion to tokens
            per_token = len(text) / n
            head_end, tail_start = int(head * per_token), len(text) - int(tail * per_token)
        out.append(text[:head_end].rstrip() + ELLIPSIS + text[tail_start:].lstrip())
    return out


def encode(
    tokenizer, inputs: Sequence[ModelInput], max_length: int, head_fraction: float = 0.25
) -> list[list[int]]:
    """Token ids (with special tokens, unpadded) of metadata prefix + middle-cut text."""
    prefixes = [prefix(item) for item in inputs]
    prefix_ids = tokenizer(prefixes, add_special_tokens=False, verbose=False)["input_ids"]
    room = max_length - tokenizer.num_special_tokens_to_add(pair=False) - MARGIN
    budgets = [max(8, room - len(ids) - 1) for ids in prefix_ids]
    texts = cut_middle(tokenizer, [item.text for item in inputs], budgets, head_fraction)
    joined = [f"{p} {t}" for p, t in zip(prefixes, texts, strict=True)]
    return tokenizer(joined, truncation=True, max_length=max_length, verbose=False)["input_ids"]


def collate(rows: Sequence[list[int]], pad_id: int) -> dict[str, torch.Tensor]:
    """A right-padded batch with its attention mask."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = torch.tensor(row, dtype=torch.long)
        mask[i, : len(row)] = 1
    return {"input_ids": ids, "attention_mask": mask}
