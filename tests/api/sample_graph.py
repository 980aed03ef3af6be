"""A small hand-made graph for the API tests (sentences written for these tests).

Three articles, English and Vietnamese, built straight into one
`ExtractionResult`, so read endpoints are tested without depending on the
extractor's choices.
"""

from __future__ import annotations

from graph.model import (
    Document,
    Entity,
    Evidence,
    ExtractionResult,
    Relation,
    Sentence,
    document_id,
)

ENTITIES: dict[str, tuple[str, str, list[str]]] = {
    "deepseek": ("DeepSeek", "Organization", ["DeepSeek"]),
    "deepseek-r1": ("DeepSeek-R1", "AIModel", ["DeepSeek-R1"]),
    "nvidia": ("Nvidia", "Organization", ["Nvidia"]),
    "nvidia-h800": ("Nvidia H800", "Hardware", ["Nvidia H800", "H800"]),
    "china": ("China", "Location", ["China", "Trung Quốc"]),
    "united-states": ("United States", "Location", ["United States", "Mỹ"]),
    "us-export-controls": ("US chip export controls", "Policy", ["kiểm soát xuất khẩu chip"]),
    "openai": ("OpenAI", "Organization", ["OpenAI"]),
    "o1": ("o1", "AIModel", ["o1"]),
}

ARTICLES: list[tuple[str, str, str, list[str], list[tuple[str, str, str, str, str | None]]]] = [
    (
        "en",
        "2025-01-22",
        "A reasoning model from Hangzhou",
        [
            "Hangzhou lab DeepSeek unveiled its DeepSeek-R1 reasoning model in January 2025.",
            "The lab trained DeepSeek-R1 on Nvidia H800 accelerators.",
            "DeepSeek is based in China.",
        ],
        [
            ("deepseek", "DEVELOPED", "deepseek-r1", "DeepSeek unveiled its DeepSeek-R1", "2025-01"),
            ("deepseek-r1", "USES", "nvidia-h800", "DeepSeek-R1 on Nvidia H800", None),
            ("nvidia", "MANUFACTURES", "nvidia-h800", "Nvidia H800", None),
            ("deepseek", "LOCATED_IN", "china", "DeepSeek is based in China", None),
        ],
    ),
    (
        "vi",
        "2023-10-18",
        "Mỹ siết xuất khẩu chip",
        [
            "Chính phủ Mỹ siết chặt kiểm soát xuất khẩu chip AI sang Trung Quốc vào tháng 10 năm 2023.",
            "Biện pháp kiểm soát xuất khẩu chip này chặn việc bán Nvidia H800 cho khách hàng.",
        ],
        [
            ("united-states", "ISSUED", "us-export-controls",
             "Mỹ siết chặt kiểm soát xuất khẩu chip", "2023-10"),
            ("us-export-controls", "RESTRICTS", "china",
             "kiểm soát xuất khẩu chip AI sang Trung Quốc", None),
            ("us-export-controls", "RESTRICTS", "nvidia-h800",
             "kiểm soát xuất khẩu chip này chặn việc bán Nvidia H800", None),
        ],
    ),
    (
        "en",
        "2024-09-13",
        "OpenAI ships o1",
        [
            "OpenAI, a company in the United States, released o1 in September 2024.",
            "Commentators later called DeepSeek-R1 a challenger to o1.",
        ],
        [
            ("openai", "DEVELOPED", "o1", "OpenAI, a company in the United States, released o1",
             "2024-09"),
            ("openai", "LOCATED_IN", "united-states", "OpenAI, a company in the United States",
             None),
            ("deepseek-r1", "COMPETES_WITH", "o1", "DeepSeek-R1 a challenger to o1", None),
        ],
    ),
]  # fmt: skip


def _document(language: str, published: str, title: str, sentences: list[str]) -> Document:
    text = " ".join(sentences)
    spans, at = [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(i, at, at + len(s), s))
        at += len(s) + 1
    return Document(document_id(text), title, language, published, None, text, spans)


def _evidence(doc: Document, span: str) -> Evidence:
    start = doc.text.index(span)
    sentence = next(s for s in doc.sentences if s.start <= start < s.end)
    return Evidence(doc.id, sentence.text, start, start + len(span), sentence.index, "test", 0.8)


def sample_results() -> list[ExtractionResult]:
    """One `ExtractionResult` per article."""
    out = []
    for language, published, title, sentences, facts in ARTICLES:
        doc = _document(language, published, title, sentences)
        ids = {eid for s, _, t, _, _ in facts for eid in (s, t)}
        entities = [
            Entity(eid, ENTITIES[eid][0], ENTITIES[eid][1], list(ENTITIES[eid][2]), mentions=1)
            for eid in sorted(ids)
        ]
        relations = [
            Relation(s, t, o, date=d, confidence=0.8, evidence=[_evidence(doc, span)])
            for s, t, o, span, d in facts
        ]
        out.append(ExtractionResult([doc], entities, relations))
    return out
