"""Hand-made test graphs for the contract suite (sentences written for racegraph).

Five short articles (English and Vietnamese) about the AI race, one
`ExtractionResult` each, plus a hub graph for truncation tests and brute-force
reference walks that the stores' answers are checked against.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from graph.model import (
    Document,
    Entity,
    Evidence,
    ExtractionResult,
    Relation,
    Sentence,
    Snapshot,
    document_id,
)
from graph.ontology import SYMMETRIC_TYPES

CATALOGUE: dict[str, tuple[str, str, list[str]]] = {
    "deepseek": ("DeepSeek", "Organization", ["DeepSeek", "Deepseek", "深度求索"]),
    "deepseek-r1": ("DeepSeek-R1", "AIModel", ["DeepSeek-R1", "R1"]),
    "china": ("China", "Location", ["China", "Trung Quốc", "中国"]),
    "united-states": ("United States", "Location", ["United States", "Mỹ", "Hoa Kỳ"]),
    "nvidia": ("Nvidia", "Organization", ["Nvidia", "英伟达"]),
    "nvidia-h800": ("Nvidia H800", "Hardware", ["Nvidia H800", "H800"]),
    "openai": ("OpenAI", "Organization", ["OpenAI"]),
    "o1": ("o1", "AIModel", ["o1"]),
    "sora": ("Sora", "AIModel", ["Sora"]),
    "us-chip-export-controls": (
        "US chip export controls",
        "Policy",
        ["US chip export controls", "kiểm soát xuất khẩu chip"],
    ),
    "kuaishou": ("Kuaishou", "Organization", ["Kuaishou", "快手"]),
    "kling": ("Kling", "AIModel", ["Kling", "可灵"]),
    "bytedance": ("ByteDance", "Organization", ["ByteDance", "字节跳动"]),
    "liang-wenfeng": ("Liang Wenfeng", "Person", ["Liang Wenfeng", "梁文锋"]),
}


def make_document(
    sentences: list[str], *, published: str | None, language: str, title: str
) -> Document:
    """A document whose sentences are joined by single spaces, id = content hash."""
    text = " ".join(sentences)
    spans, at = [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(i, at, at + len(s), s))
        at += len(s) + 1
    return Document(
        id=document_id(text),
        title=title,
        language=language,
        published=published,
        text=text,
        sentences=spans,
    )


def evidence(doc: Document, span: str, confidence: float = 0.8, rule: str = "test") -> Evidence:
    """Evidence for the first occurrence of `span` in `doc`."""
    start = doc.text.index(span)
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    return Evidence(
        document=doc.id,
        sentence=sentence.text,
        start=start,
        end=start + len(span),
        sentence_index=sentence.index,
        rule=rule,
        confidence=confidence,
    )


def entities_in(doc: Document, ids: list[str]) -> list[Entity]:
    """Catalogue entities with the aliases that occur in `doc` and their counts."""
    out = []
    for eid in ids:
        name, type_, aliases = CATALOGUE[eid]
        seen = [a for a in aliases if a in doc.text] or [name]
        out.append(Entity(eid, name, type_, seen, mentions=sum(doc.text.count(a) for a in seen)))
    return out


def result(
    doc: Document, ids: list[str], rels: list[tuple[str, str, str, str, float, str | None]]
) -> ExtractionResult:
    """One document's extraction: rels are (source, type, target, span, confidence, date)."""
    relations = [
        Relation(s, t, o, date=d, confidence=c, evidence=[evidence(doc, span, c)])
        for s, t, o, span, c, d in rels
    ]
    return ExtractionResult(documents=[doc], entities=entities_in(doc, ids), relations=relations)


D1 = make_document(
    [
        "Hangzhou start-up DeepSeek released its reasoning model DeepSeek-R1 in January 2025.",
        "DeepSeek, a lab based in China, said DeepSeek-R1 was trained on Nvidia H800 chips.",
        "Analysts described DeepSeek-R1 as a direct rival to o1.",
    ],
    published="2025-01-20",
    language="en",
    title="DeepSeek ships a reasoning model",
)
D2 = make_document(
    [
        "OpenAI, headquartered in the United States, introduced its o1 model in September 2024.",
        "The o1 model spends more time reasoning before it answers.",
    ],
    published="2024-09-15",
    language="en",
    title="OpenAI's o1",
)
D3 = make_document(
    [
        "Mỹ đã ban hành quy định kiểm soát xuất khẩu chip vào tháng 10 năm 2023.",
        "Quy định kiểm soát xuất khẩu chip hạn chế việc bán Nvidia H800 cho Trung Quốc.",
        "Nvidia thiết kế dòng chip H800 riêng cho thị trường này.",
        "Chính quyền Hoa Kỳ cho rằng quy định này bảo vệ an ninh quốc gia.",
    ],
    published="2023-10-20",
    language="vi",
    title="Kiểm soát xuất khẩu chip",
)
D4 = make_document(
    [
        "Kuaishou (快手), công ty có trụ sở tại Trung Quốc, ra mắt mô hình Kling vào tháng 6 năm 2024.",
        "Kling được xem là đối thủ của Sora, mô hình video mà OpenAI công bố vào tháng 2 năm 2024.",
        "Kuaishou cạnh tranh trực tiếp với ByteDance trên thị trường video ngắn.",
    ],
    published="2024-06-10",
    language="vi",
    title="Kling và Sora",
)
D5 = make_document(
    [
        (
            "Liang Wenfeng, who leads DeepSeek, said the lab first previewed DeepSeek-R1 "
            "in November 2024."
        ),
        "In tests published in January 2025, DeepSeek-R1 beat o1 on several maths benchmarks.",
        "Its parent 深度求索 remains based in China.",
    ],
    published="2025-02-01",
    language="en",
    title="DeepSeek follow-up",
)

R1 = result(
    D1,
    ["deepseek", "deepseek-r1", "china", "nvidia-h800", "o1"],
    [
        ("deepseek", "DEVELOPED", "deepseek-r1",
         "DeepSeek released its reasoning model DeepSeek-R1", 0.8, "2025-01"),
        ("deepseek", "LOCATED_IN", "china", "DeepSeek, a lab based in China", 0.7, None),
        ("deepseek-r1", "USES", "nvidia-h800", "DeepSeek-R1 was trained on Nvidia H800", 0.6, None),
        ("o1", "COMPETES_WITH", "deepseek-r1", "DeepSeek-R1 as a direct rival to o1", 0.6, None),
    ],
)  # fmt: skip
R2 = result(
    D2,
    ["openai", "united-states", "o1"],
    [
        ("openai", "DEVELOPED", "o1",
         "OpenAI, headquartered in the United States, introduced its o1", 0.9, "2024-09"),
        ("openai", "LOCATED_IN", "united-states",
         "OpenAI, headquartered in the United States", 0.8, None),
    ],
)  # fmt: skip
R3 = result(
    D3,
    ["united-states", "us-chip-export-controls", "nvidia-h800", "china", "nvidia"],
    [
        ("united-states", "ISSUED", "us-chip-export-controls",
         "Mỹ đã ban hành quy định kiểm soát xuất khẩu chip", 0.85, "2023-10"),
        ("us-chip-export-controls", "RESTRICTS", "nvidia-h800",
         "kiểm soát xuất khẩu chip hạn chế việc bán Nvidia H800", 0.75, None),
        ("us-chip-export-controls", "RESTRICTS", "china",
         "kiểm soát xuất khẩu chip hạn chế việc bán Nvidia H800 cho Trung Quốc", 0.7, None),
        ("nvidia", "MANUFACTURES", "nvidia-h800", "Nvidia thiết kế dòng chip H800", 0.7, None),
    ],
)  # fmt: skip
R4 = result(
    D4,
    ["kuaishou", "china", "kling", "sora", "openai", "bytedance"],
    [
        ("kuaishou", "DEVELOPED", "kling",
         "Kuaishou (快手), công ty có trụ sở tại Trung Quốc, ra mắt mô hình Kling", 0.8, "2024-06"),
        ("kuaishou", "LOCATED_IN", "china",
         "Kuaishou (快手), công ty có trụ sở tại Trung Quốc", 0.75, None),
        ("kling", "COMPETES_WITH", "sora", "Kling được xem là đối thủ của Sora", 0.7, None),
        ("openai", "DEVELOPED", "sora", "Sora, mô hình video mà OpenAI công bố", 0.65, "2024-02"),
        ("kuaishou", "COMPETES_WITH", "bytedance",
         "Kuaishou cạnh tranh trực tiếp với ByteDance", 0.8, None),
    ],
)  # fmt: skip
R5 = result(
    D5,
    ["liang-wenfeng", "deepseek", "deepseek-r1", "o1", "china"],
    [
        ("liang-wenfeng", "LEADS", "deepseek", "Liang Wenfeng, who leads DeepSeek", 0.9, None),
        ("deepseek", "DEVELOPED", "deepseek-r1",
         "DeepSeek, said the lab first previewed DeepSeek-R1", 0.95, "2024-11"),
        ("deepseek-r1", "OUTPERFORMS", "o1", "DeepSeek-R1 beat o1", 0.7, "2025-01"),
        ("deepseek", "LOCATED_IN", "china", "深度求索 remains based in China", 0.6, None),
    ],
)  # fmt: skip
# The deepseek entity is named by its Chinese alias in D5's last sentence.
R5.relations[-1] = Relation(
    "deepseek",
    "LOCATED_IN",
    "china",
    confidence=0.6,
    evidence=[evidence(D5, "深度求索 remains based in China", 0.6)],
)

WORLD: list[ExtractionResult] = [R3, R4, R2, R1, R5]  # ingestion order: oldest news first


def load_world(store) -> None:
    """Upsert the five articles one by one."""
    for res in WORLD:
        store.upsert(res)


def hub_result(n: int = 12) -> ExtractionResult:
    """A platform hosting `n` models: a hub for truncation tests."""
    sentences = [f"Model Hub now hosts Test Model {i:02d} for download." for i in range(1, n + 1)]
    doc = make_document(sentences, published="2024-03-01", language="en", title="Model Hub")
    ents = [Entity("model-hub", "Model Hub", "Product", ["Model Hub"], mentions=n)]
    rels = []
    for i in range(1, n + 1):
        name = f"Test Model {i:02d}"
        ents.append(Entity(f"test-model-{i:02d}", name, "AIModel", [name], mentions=1))
        span = f"Model Hub now hosts {name}"
        rels.append(
            Relation(
                "model-hub", "HOSTS", f"test-model-{i:02d}", evidence=[evidence(doc, span, 0.7)]
            )
        )
    return ExtractionResult(documents=[doc], entities=ents, relations=rels)


# -- brute-force references, computed from a snapshot ------------------------


def reference_paths(
    snap: Snapshot,
    source: str,
    target: str,
    *,
    max_hops: int,
    direction: str = "any",
    exclude: tuple[str, ...] = (),
    types: tuple[str, ...] = (),
) -> list[tuple[list[str], list[str]]]:
    """Every simple path (all of them, then sorted) as (node ids, edge ids)."""
    kind = {e.id: e.type for e in snap.entities}
    steps: dict[str, list[tuple[str, str]]] = {}
    for r in snap.relations:
        if types and r.type not in types:
            continue
        sym = r.type in SYMMETRIC_TYPES
        if direction in ("any", "out") or sym:
            steps.setdefault(r.source, []).append((r.target, r.id))
        if direction in ("any", "in") or sym:
            steps.setdefault(r.target, []).append((r.source, r.id))

    def walk(path: list[str], edges: list[str]) -> Iterator[tuple[list[str], list[str]]]:
        if path[-1] == target:
            yield list(path), list(edges)
            return
        if len(edges) == max_hops:
            return
        for nxt, rid in steps.get(path[-1], []):
            if nxt in path or (nxt != target and kind[nxt] in exclude):
                continue
            yield from walk([*path, nxt], [*edges, rid])

    found = list(walk([source], []))
    return sorted(found, key=lambda p: (len(p[1]), p[0], p[1]))


def reference_degrees(snap: Snapshot) -> dict[str, int]:
    """Relations touching each entity."""
    deg = dict.fromkeys((e.id for e in snap.entities), 0)
    for r in snap.relations:
        deg[r.source] += 1
        deg[r.target] += 1
    return deg


def pairs(ids: list[str]) -> list[tuple[str, str]]:
    """Ordered pairs of distinct ids."""
    return list(itertools.permutations(ids, 2))
