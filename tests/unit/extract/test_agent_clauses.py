"""The agent of an inserted clause (", run by X,") is not the subject of the verb after it."""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lumio, co-founded and run by Sam Altman, signed a deal with Google.", "en"),
        ("Lumio, backed by Microsoft, partnered with Google last year.", "en"),
        ("Lumio, do ông Sam Altman điều hành, vừa ký thỏa thuận với Google.", "vi"),
        ("Lumio, được Microsoft hậu thuẫn, hợp tác với Google.", "vi"),
    ],
)
def test_the_agent_takes_no_part_in_the_main_clause(triples, text, lang):
    found = triples(text, language=lang)
    assert not [f for f in found if "google" in (f[0], f[2])]


def test_a_subject_found_as_a_name_keeps_its_fact(triples):
    text = "Alibaba, backed by Microsoft, partnered with Google last year."
    found = triples(text, language="en")
    assert has_fact(found, ("alibaba", "PARTNERS_WITH", "google"))
    assert not has_fact(found, ("microsoft", "PARTNERS_WITH", "google"))
