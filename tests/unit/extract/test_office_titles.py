"""A cabinet title names the department its holder leads, even when the department is not named."""

from __future__ import annotations

import pytest

from extract.pipeline import DocumentInput, extract


def _facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    result = extract([DocumentInput(text, language=lang, published="2025-05-01")])
    return {(r.source, r.type, r.target) for r in result.relations}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Commerce Secretary Howard Lutnick defended the chip rule.", "en"),
        ("Howard Lutnick, the commerce secretary, defended the chip rule.", "en"),
        ("Bộ trưởng Thương mại Mỹ Howard Lutnick bảo vệ quy định về chip.", "vi"),
        ("Ông Howard Lutnick, Bộ trưởng Thương mại Mỹ, bảo vệ quy định về chip.", "vi"),
    ],
)
def test_the_title_holder_leads_the_department(text, lang):
    assert ("howard-lutnick", "LEADS", "us-department-of-commerce") in _facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Former Commerce Secretary Howard Lutnick defended the chip rule.", "en"),
        ("Howard Lutnick praised the commerce secretary for the rule.", "en"),
        ("Cựu Bộ trưởng Thương mại Mỹ Howard Lutnick bảo vệ quy định.", "vi"),
    ],
)
def test_a_past_post_or_someone_else_s_title_gives_nothing(text, lang):
    assert ("howard-lutnick", "LEADS", "us-department-of-commerce") not in _facts(text, lang)
