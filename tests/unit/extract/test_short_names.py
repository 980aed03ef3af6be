"""An organisation named in full once is the same organisation by its head word later."""

from __future__ import annotations

from extract.short_names import _head
from tests.unit.extract.facts import has_fact


def _ids(result):
    return {e.id: e for e in result.entities}


def test_the_head_word_later_is_the_same_company(triples, run):
    text = "Corvane Energy, a startup, builds reactors. Last year Google invested in Corvane."
    ents = _ids(run(text, language="en"))
    assert "Corvane" in ents["corvane-energy"].aliases
    assert "corvane" not in ents
    assert has_fact(triples(text, language="en"), ("google", "PARTNERS_WITH", "corvane-energy"))


def test_the_head_word_in_vietnamese(run):
    text = "Công ty khởi nghiệp Corvane Labs vừa gọi vốn. Microsoft đã rót vốn vào Corvane."
    ents = _ids(run(text, language="vi"))
    assert ents["corvane-labs"].mentions >= 2


def test_heads_that_cannot_stand_alone():
    assert _head("Corvane Energy") == "Corvane"
    assert _head("Black Forest Labs") == "Black Forest"
    assert _head("Corvane") is None  # nothing to drop
    assert _head("The Labs") is None  # an opener
    assert _head("SK Telecom") is None  # too short to stand alone
    assert _head("Chinese Technologies") is None  # an adjective


def test_a_head_inside_another_name_is_not_read(run):
    text = "Corvane Energy, a startup, builds reactors. Corvane Robotics, a firm, builds arms."
    ents = _ids(run(text, language="en"))
    assert {"corvane-energy", "corvane-robotics"} <= set(ents)
    assert ents["corvane-energy"].mentions == 1
