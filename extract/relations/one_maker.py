"""One maker per product in a sentence, unless the makers are named together.

"It beat Google's Veo 3 and Kling 2.1 from Kuaishou": list expansion lends each
maker the other product too (Google-Kling, Kuaishou-Veo). When a sentence says
two organisations DEVELOPED a product and they are not coordinated with each
other ("developed by Kuaishou and Google" are) and the nearer one is written onto
the product ("Google's Veo 3", "Kling 2.1 from Kuaishou"), only that one keeps it. A chip's designer and its foundry (MANUFACTURES)
and a person behind a product are left alone: both may be right.
"""

from __future__ import annotations

from extract.relations.rules import Match, groups
from extract.spans import Found

__all__ = ["nearest_makers"]

_ORG = "Organization"


def nearest_makers(text: str, mentions: list[Found], matches: list[Match]) -> list[Match]:
    """`matches` of one sentence without the farther of two uncoordinated makers."""
    by_target: dict[int, list[Match]] = {}  # id of a product -> its DEVELOPED matches
    for m in matches:
        if m.rule.type == "DEVELOPED" and m.source.candidates[m.source_cand].type == _ORG:
            by_target.setdefault(id(m.target), []).append(m)
    contested = [ms for ms in by_target.values() if len({id(m.source) for m in ms}) > 1]
    if not contested:
        return matches
    group = {id(m): g for m, g in zip(mentions, groups(text, mentions))}
    dropped: set[int] = set()
    for ms in contested:
        near = min(ms, key=lambda m: _gap(m.source, m.target))
        if not _attached(text, near.source, near.target):
            continue
        for m in ms:
            if m.source is near.source or group.get(id(m.source)) == group.get(id(near.source)):
                continue
            if m.source.start < 0 or group.get(id(m.source)) is None:
                continue  # a mention from elsewhere (a reference): not ours to judge
            dropped.add(id(m))
    return [m for m in matches if id(m) not in dropped]


def _gap(a: Found, b: Found) -> int:
    return max(a.start - b.end, b.start - a.end, 0)


def _attached(text: str, maker: Found, product: Found) -> bool:
    """Whether the maker is written onto the product: "Google's Veo 3", "Kling from
    Kuaishou", "Qwen của Alibaba", "Ernie do Baidu phát triển"."""
    if maker.end <= product.start:
        return text[maker.end : product.start] in ("'s ", "’s ")
    return text[product.end : maker.start] in (" from ", " by ", " của ", " do ", " bởi ")
