"""A source the sentence is attributed to ("According to X,", ", X said.") is no argument."""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

TOLD = [
    ("According to Microsoft, Alibaba invested in DeepSeek last year.", "en"),
    ("Alibaba invested in DeepSeek last year, Microsoft said.", "en"),
    ("Alibaba, according to a filing seen by Microsoft, invested in DeepSeek.", "en"),
    ("Theo Microsoft, Alibaba đã rót vốn vào DeepSeek hồi năm ngoái.", "vi"),
    ("Theo thông tin từ Microsoft, Alibaba đã rót vốn vào DeepSeek.", "vi"),
    ("Alibaba đã rót vốn vào DeepSeek hồi năm ngoái, Microsoft cho biết.", "vi"),
]


@pytest.mark.parametrize(("text", "lang"), TOLD)
def test_the_source_of_a_report_takes_no_part_in_its_facts(triples, text, lang):
    found = triples(text, language=lang)
    assert not [f for f in found if "microsoft" in (f[0], f[2])]


@pytest.mark.parametrize(("text", "lang"), [TOLD[0], TOLD[1], TOLD[3], TOLD[5]])
def test_the_reported_fact_itself_stays(triples, text, lang):
    assert has_fact(triples(text, language=lang), ("alibaba", "PARTNERS_WITH", "deepseek"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to Microsoft, a firm based in Beijing, Alibaba invested in DeepSeek.", "en"),
        ("Theo Microsoft, công ty có trụ sở tại Bắc Kinh, Alibaba đã rót vốn vào DeepSeek.", "vi"),
    ],
)
def test_what_is_said_of_the_source_itself_stays(triples, text, lang):
    found = triples(text, language=lang)
    assert ("microsoft", "LOCATED_IN", "beijing") in found
    assert has_fact(found, ("alibaba", "PARTNERS_WITH", "deepseek"))
    assert not has_fact(found, ("microsoft", "PARTNERS_WITH", "deepseek"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Microsoft said it had invested in DeepSeek.", "en"),
        ("Theo thỏa thuận, Microsoft rót vốn vào DeepSeek.", "vi"),
    ],
)
def test_a_subject_that_speaks_is_not_a_mere_source(triples, text, lang):
    assert has_fact(triples(text, language=lang), ("microsoft", "PARTNERS_WITH", "deepseek"))
