"""Reading files, loading the catalogue, and the benchmark's report."""

from __future__ import annotations

import json
import re

import pytest

from extract.bench import run as bench_run
from extract.catalogue import load_catalogue
from extract.reader import read_document
from graph.errors import ExtractionError


def test_text_file_title_is_its_first_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n  Headline here \nBody text.", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Headline here" and doc.text.endswith("Body text.")


def test_json_file_fields_are_read(tmp_path):
    path = tmp_path / "a.json"
    data = {"text": "Body.", "title": "T", "url": "u", "language": "en", "published": "2025-01-01"}
    path.write_text(json.dumps(data), encoding="utf-8")
    doc = read_document(path)
    assert (doc.text, doc.title, doc.url, doc.language, doc.published) == tuple(data.values())


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", b"\xff\xfe\x00broken", "not UTF-8"),
        ("bad.json", b"{not json", "not valid JSON"),
        ("list.json", b"[1, 2]", "JSON object"),
        ("empty.json", b'{"text": "  "}', "missing or empty"),
        ("empty.txt", b"   ", "empty"),
    ],
)
def test_unreadable_files_give_clear_errors(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ExtractionError, match=message):
        read_document(path)


def test_missing_file_is_an_extraction_error(tmp_path):
    with pytest.raises(ExtractionError, match="cannot read"):
        read_document(tmp_path / "nope.txt")


def test_catalogue_errors_are_clear(tmp_path):
    bad = tmp_path / "cat.json"
    bad.write_text('{"entities": [{"id": "x", "name": "X", "type": "Planet"}]}', encoding="utf-8")
    with pytest.raises(ExtractionError, match="unknown type"):
        load_catalogue(str(bad))
    with pytest.raises(ExtractionError, match="not found"):
        load_catalogue(str(tmp_path / "missing.json"))


def test_bundled_catalogue_loads():
    cat = load_catalogue()
    assert len(cat.entries) > 100
    assert "united-states" in cat.lookup("Mỹ")


def test_bench_last_line_has_the_agreed_format(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("OpenAI released GPT-4o. DeepSeek ra mắt R1.", encoding="utf-8")
    lines = bench_run([path], min_seconds=0.05, rounds=1)
    m = re.fullmatch(
        r"extract_tokens_per_s=(\d+) tokenizer_tokens_per_s=(\d+) ratio=(\d+\.\d\d)", lines[-1]
    )
    assert m, lines[-1]
    n, t, r = int(m[1]), int(m[2]), float(m[3])
    assert n > 0 and t > 0 and abs(r - round(n / t, 2)) <= 0.01
    assert any(line.startswith("peak_memory_mb=") for line in lines)
