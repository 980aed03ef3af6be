"""A small, fixed catalogue for the extraction tests (independent of the bundled one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.catalogue import load_catalogue
from extract.pipeline import DocumentInput, extract


def _e(ident, name, type_, en=(), vi=(), country=None, parent=None, developer=None, amb=()):
    return {
        "id": ident,
        "name": name,
        "type": type_,
        "qid": None,
        "aliases": {"en": list(en), "vi": list(vi), "zh": []},
        "country": country,
        "parent": parent,
        "developer": developer,
        "ambiguous": list(amb),
    }


ENTRIES = [
    _e("openai", "OpenAI", "Organization", country="united-states"),
    _e("google", "Google", "Organization", country="united-states"),
    _e("alibaba", "Alibaba", "Organization", ["Alibaba Group"], country="china"),
    _e("qwen-team", "Qwen team", "Organization", ["Qwen Team"], ["nhóm Qwen"], parent="alibaba"),
    _e("deepseek", "DeepSeek", "Organization", country="china"),
    _e("nvidia", "Nvidia", "Organization", ["NVIDIA"], country="united-states"),
    _e("huawei", "Huawei", "Organization", country="china"),
    _e("bytedance", "ByteDance", "Organization", country="china"),
    _e("meta-platforms", "Meta Platforms", "Organization", ["Meta"], amb=["Meta"]),
    _e("hugging-face", "Hugging Face", "Organization", ["HuggingFace"]),
    _e("microsoft", "Microsoft", "Organization"),
    _e(
        "cac",
        "Cyberspace Administration of China",
        "Organization",
        ["CAC"],
        ["Cục Quản lý Không gian mạng"],
    ),
    _e("sam-altman", "Sam Altman", "Person"),
    _e("liang-wenfeng", "Liang Wenfeng", "Person"),
    _e("jensen-huang", "Jensen Huang", "Person"),
    _e("united-states", "United States", "Location", ["US", "U.S."], ["Mỹ", "Hoa Kỳ"]),
    _e("china", "China", "Location", [], ["Trung Quốc"]),
    _e("beijing", "Beijing", "Location", [], ["Bắc Kinh"]),
    _e("hangzhou", "Hangzhou", "Location", [], ["Hàng Châu"]),
    _e("o1", "o1", "AIModel", ["OpenAI o1"], developer="openai", amb=["o1"]),
    _e("deepseek-r1", "DeepSeek-R1", "AIModel", ["R1"], developer="deepseek", amb=["R1"]),
    _e("deepseek-v3", "DeepSeek-V3", "AIModel", ["V3"], amb=["V3"]),
    _e("qwen2.5", "Qwen2.5", "AIModel"),
    _e("qwq", "QwQ", "AIModel"),
    _e("gpt-4o", "GPT-4o", "AIModel"),
    _e("ernie", "Ernie", "AIModel", ["ERNIE Bot"]),
    _e("sora", "Sora", "AIModel", developer="openai", amb=["Sora"]),
    _e("chatgpt", "ChatGPT", "Product"),
    _e("tiktok", "TikTok", "Product"),
    _e("nvidia-h20", "Nvidia H20", "Hardware", ["H20"], amb=["H20"]),
    _e("nvidia-a100", "Nvidia A100", "Hardware", ["A100"]),
    _e("huawei-ascend-910b", "Huawei Ascend 910B", "Hardware", ["Ascend 910B"]),
    _e(
        "us-chip-export-controls",
        "US export controls on advanced chips",
        "Policy",
        ["export controls", "chip export controls"],
        ["lệnh hạn chế xuất khẩu"],
    ),
    _e("chatbot-arena", "Chatbot Arena", "Benchmark", ["LMArena"]),
    _e(
        "waic",
        "World Artificial Intelligence Conference",
        "Event",
        ["WAIC"],
        ["Hội nghị Trí tuệ nhân tạo thế giới"],
    ),
    _e("shanghai", "Shanghai", "Location", [], ["Thượng Hải"]),
    _e("entity-list", "Entity List", "Policy", [], ["Danh sách thực thể"]),
    _e(
        "us-commerce-department",
        "US Department of Commerce",
        "Organization",
        ["Commerce Department"],
        ["Bộ Thương mại Mỹ"],
    ),
]


@pytest.fixture(scope="session")
def bundled_catalogue():
    """The catalogue the package ships (`extract/data/catalogue.json`)."""
    return load_catalogue()


@pytest.fixture(scope="session")
def catalogue_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = Path(tmp_path_factory.mktemp("catalogue")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES}), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def run(catalogue_path: str):
    """`run(text, **fields)` -> ExtractionResult of one document with the test catalogue."""

    def _run(text: str, **fields):
        return extract([DocumentInput(text, **fields)], catalogue_path=catalogue_path)

    return _run


@pytest.fixture(scope="session")
def triples(run):
    """`triples(text)` -> set of (source, type, target) found in `text`."""

    def _triples(text: str, **fields) -> set[tuple[str, str, str]]:
        return {(r.source, r.type, r.target) for r in run(text, **fields).relations}

    return _triples


@pytest.fixture(scope="session")
def stated(run):
    """`stated(text)` -> triples some text rule found (not only a catalogue co-mention)."""

    def _stated(text: str, **fields) -> set[tuple[str, str, str]]:
        return {
            (r.source, r.type, r.target)
            for r in run(text, **fields).relations
            if any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _stated
