"""The public entry point: document fields, errors, evidence, determinism, output shape."""

from __future__ import annotations

import json

import pytest

from extract import DocumentInput, extract
from graph.errors import ExtractionError
from graph.model import document_id

TEXT_VI = (
    "OpenAI ra mắt mô hình mới\n"
    "Minh Anh 28/12/2024 13:12\n\n"
    "Vào tháng 11, hãng DeepSeek trình làng R1. Hugging Face (Mỹ) là nơi nhiều người tải R1.\n"
)


def test_document_fields_are_filled_from_the_text(run):
    result = run(TEXT_VI)
    (doc,) = result.documents
    assert doc.id == document_id(TEXT_VI)
    assert doc.language == "vi"
    assert doc.published == "2024-12-28"
    assert doc.title == "OpenAI ra mắt mô hình mới"
    assert all(doc.text[s.start : s.end] == s.text for s in doc.sentences)


def test_caller_fields_win_over_detection(run):
    (doc,) = run(TEXT_VI, title="T", url="https://x.test/a", published="2025-01-02").documents
    assert (doc.title, doc.url, doc.published) == ("T", "https://x.test/a", "2025-01-02")


def test_relation_carries_evidence_span_rule_and_date(run):
    result = run(TEXT_VI)
    (rel,) = [r for r in result.relations if r.id == "deepseek:DEVELOPED:deepseek-r1"]
    (ev,) = rel.evidence
    doc = result.documents[0]
    assert rel.date == "2024-11"
    assert doc.text[ev.start : ev.end] == "DeepSeek trình làng R1"
    assert ev.sentence == doc.sentences[ev.sentence_index].text
    assert ev.rule == "developed.vi.verb"
    assert ev.document == doc.id and ev.document_date == "2024-12-28"
    assert 0 < ev.confidence <= 1


def test_mentions_have_spans_in_the_document(run):
    result = run(TEXT_VI)
    text = result.documents[0].text
    assert result.mentions
    assert all(text[m.start : m.end] == m.text for m in result.mentions)


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_refused(text):
    with pytest.raises(ExtractionError, match="empty"):
        extract([DocumentInput(text)])


def test_bad_fields_are_refused():
    with pytest.raises(ExtractionError, match="language"):
        extract([DocumentInput("OpenAI shipped o3.", language="fr")])
    with pytest.raises(ExtractionError, match="published"):
        extract([DocumentInput("OpenAI shipped o3.", published="yesterday")])


def test_entities_merge_across_the_batch(catalogue_path):
    docs = [DocumentInput("OpenAI released GPT-4o."), DocumentInput("OpenAI ra mắt GPT-4o.")]
    result = extract(docs, catalogue_path=catalogue_path)
    ents = {e.id: e for e in result.entities}
    assert ents["openai"].mentions == 2
    (rel,) = [r for r in result.relations if r.id == "openai:DEVELOPED:gpt-4o"]
    assert len(rel.evidence) == 2 and len({e.document for e in rel.evidence}) == 2


def test_output_is_deterministic_and_sorted(catalogue_path):
    docs = [DocumentInput(TEXT_VI), DocumentInput("Microsoft partnered with OpenAI in 2019.")]
    a = extract(docs, catalogue_path=catalogue_path).to_dict()
    b = extract(list(reversed(docs)), catalogue_path=catalogue_path).to_dict()
    assert json.dumps(a["entities"]) == json.dumps(b["entities"])
    assert [r["id"] for r in a["relations"]] == sorted(r["id"] for r in a["relations"])
    assert [e["id"] for e in a["entities"]] == sorted(e["id"] for e in a["entities"])


def test_output_matches_the_ontology_shape(run):
    out = run(TEXT_VI).to_dict()
    assert set(out) == {"documents", "entities", "relations"}
    assert {"id", "title", "language", "published"} <= set(out["documents"][0])
    assert {"id", "name", "type", "aliases", "mentions"} <= set(out["entities"][0])
    rel = out["relations"][0]
    assert {"source", "type", "target", "date", "confidence", "evidence"} <= set(rel)
    assert {"document", "sentence", "start", "end"} <= set(rel["evidence"][0])
