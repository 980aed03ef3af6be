"""Short references inside a document: to the clear subject, or to nothing.

Sentences are invented for the test. Each positive case has a twin where two
candidates compete and the reference must stay unresolved.
"""

from __future__ import annotations

import pytest

from extract.pipeline import DocumentInput, extract_document


@pytest.fixture(scope="module")
def refs(catalogue_path):
    """`refs(text, lang)` -> [(reference text, entity id)] of the short references found."""

    def _refs(text: str, lang: str) -> list[tuple[str, str]]:
        _doc, st = extract_document(DocumentInput(text, language=lang), catalogue_path)
        return [(m.text, m.best.id) for m in st.mentions if m.ref]

    return _refs


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        # the subject, not the name inside a prepositional phrase
        (
            (
                "Microsoft signed a cloud contract with OpenAI. The company said the deal runs to "
                "2030."
            ),
            "en",
            ("The company", "microsoft"),
        ),
        (
            "Nvidia was slow to clear Huawei's tests. The chipmaker said supply would recover.",
            "en",
            ("The chipmaker", "nvidia"),
        ),
        # "its" after a possessive opener points back at the previous subject
        (
            "ByteDance had a quiet year. Its shares lagged Alibaba's, and its chief said so.",
            "en",
            ("its", "bytedance"),
        ),
        (
            (
                "Người sáng lập là ông Lâm Hải, cựu giám đốc của Nvidia. Cuối năm 2023, công ty giới "
                "thiệu chip mới."
            ),
            "vi",
            None,
        ),
        (
            "Alibaba đặt trụ sở ở Hàng Châu. Hãng này vừa ra mắt mô hình mới.",
            "vi",
            ("Hãng này", "alibaba"),
        ),
        (
            (
                "Huawei ra mắt chip mới. Ông Hà Văn Lực, giám đốc điều hành của hãng, cho biết sản "
                "lượng sẽ tăng."
            ),
            "vi",
            ("hãng", "huawei"),
        ),
        (
            (
                "Lâu năm nhất trong nhóm là ByteDance, công ty thuộc Alibaba. Studio này vừa ra mắt "
                "ứng dụng mới."
            ),
            "vi",
            ("Studio này", "bytedance"),
        ),
    ],
)
def test_a_reference_points_at_the_clear_subject(refs, text, lang, ref):
    found = refs(text, lang)
    if ref is None:  # the only earlier company stood after "của": no subject to recall
        assert not [r for r in found if r[0] == "công ty"]
    else:
        assert ref in found


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Microsoft and Google signed a cloud deal. The company said more would come.", "en",
         "The company"),
        ("A deal between Nvidia and Huawei collapsed. The firm declined to comment.", "en",
         "The firm"),
        ("Alibaba và ByteDance ký thỏa thuận hợp tác. Công ty cho biết sẽ mở văn phòng mới.", "vi",
         "Công ty"),
        ("Nvidia bán chip cho một công ty đã từng làm việc với Huawei.", "vi", "công ty"),
    ],
)  # fmt: skip
def test_a_reference_with_two_candidates_stays_unresolved(refs, text, lang, word):
    assert not [r for r in refs(text, lang) if r[0] == word]


def test_a_resolved_fact_keeps_its_own_sentence_and_a_lower_confidence(run):
    text = "DeepSeek grew quickly in 2024. The company released DeepSeek-V3 in December."
    result = run(text, language="en")
    fact = next(r for r in result.relations if r.target == "deepseek-v3")
    assert fact.source == "deepseek"
    assert fact.evidence[0].sentence.startswith("The company released")
    direct = run("DeepSeek released DeepSeek-V3 in December.", language="en")
    assert (
        fact.confidence < next(r for r in direct.relations if r.target == "deepseek-v3").confidence
    )


def test_the_same_spelling_later_is_the_same_person(run):
    text = (
        "Công ty do ông Trần Văn Hải (Chen Wenhai) lập năm 2016. Ông Trần Văn Hải hiện là "
        "tổng giám đốc."
    )
    ents = {e.id for e in run(text, language="vi").entities if e.type == "Person"}
    assert len(ents) == 1


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("Huawei expanded in Europe last year. It also signed a deal with ByteDance.", "en",
         ("bytedance", "PARTNERS_WITH", "huawei")),
        ("Nvidia đặt trụ sở tại Mỹ. Hãng cũng ký thỏa thuận hợp tác với ByteDance.", "vi",
         ("bytedance", "PARTNERS_WITH", "nvidia")),
    ],
)  # fmt: skip
def test_a_subject_carried_into_the_next_sentence(triples, text, lang, fact):
    assert fact in triples(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Huawei and Nvidia cut prices last year. It also signed a deal with ByteDance.", "en"),
        ("Nvidia và Huawei cùng giảm giá. Hãng cũng ký thỏa thuận hợp tác với ByteDance.", "vi"),
    ],
)
def test_no_subject_is_carried_from_a_shared_subject(triples, text, lang):
    found = triples(text, language=lang)
    assert not {t for t in found if "bytedance" in (t[0], t[2])}
