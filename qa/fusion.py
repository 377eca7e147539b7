"""Fusing ranked lists into one: weighted reciprocal rank fusion (pure functions)."""
from __future__ import annotations

from collections.abc import Sequence

RRF_K = 60  # the constant of Cormack et al. (2009); dampens the weight of the very top ranks


def fuse_rankings(
    rankings: Sequence[Sequence[int]],
    weights: Sequence[float] | None = None,
    rrf_k: int = RRF_K,
) -> list[tuple[int, float]]:
    """Items of all rankings ordered by sum(weight / (rrf_k + rank)), rank counted from 1.

    Ties keep the order in which items were first seen, so the result is deterministic.

    >>> [item for item, _ in fuse_rankings([[1, 2, 3], [3, 1]])]
    [1, 3, 2]
    """
    if weights is None:
        weights = [1.0] * len(rankings)
    if len(weights) != len(rankings):
        raise ValueError(f"need one weight per ranking, got {len(weights)} for {len(rankings)}")
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights):
        for rank, item in enumerate(ranking, 1):
            scores[item] = scores.get(item, 0.0) + weight / (rrf_k + rank)
    # The dict keeps first-seen order and sorted() is stable: that is the tie order.
    return sorted(scores.items(), key=lambda kv: -kv[1])
