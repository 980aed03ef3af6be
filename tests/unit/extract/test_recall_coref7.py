"""Facts whose subject a sentence only refers to: the organisation or model in view.

Every sentence here is invented for the test. Each feature has a case that must
not fire: a head of state's title, a public body where a company noun stands, a
list of subjects.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in


def _facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(source, type, target) of the relations found in `text`, with the bundled catalogue."""
    return found_in(text, lang)[1]


# --- a role title opening the sentence, with no organisation: the one in view -----------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Alibaba posted strong cloud sales. Chairman Joe Tsai said the group would keep spending.",
            "en",
            ("joe-tsai", "LEADS", "alibaba"),
        ),
        (
            (
                "Alibaba vừa công bố kết quả kinh doanh. Chủ tịch Joe Tsai cho biết tập đoàn sẽ "
                "tiếp tục đầu tư vào hạ tầng."
            ),
            "vi",
            ("joe-tsai", "LEADS", "alibaba"),
        ),
        (
            (
                "Kuaishou, ByteDance's closest rival, has widened its video tools. Senior vice "
                "president Gai Kun said the app had millions of users."
            ),
            "en",
            ("gai-kun", "WORKS_FOR", "kuaishou"),
        ),
    ],
)
def test_a_role_title_takes_the_organisation_in_view(text, lang, fact):
    assert fact in _facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Huawei showed a chip roadmap. Chairman Xi Jinping said China would rely on itself.",
            "en",
        ),
        (
            (
                "Huawei công bố lộ trình chip. Chủ tịch Tập Cận Bình tuyên bố Trung Quốc sẽ tự chủ "
                "công nghệ."
            ),
            "vi",
        ),
        (
            "Huawei công bố lộ trình chip. Phó chủ tịch Từ Trực Quân cho biết hãng sẽ ra mắt chip.",
            "vi",
        ),
        (
            "Nvidia and AMD reported results. Chairman Joe Tsai said demand was strong.",
            "en",
        ),
    ],
)
def test_a_chair_title_stays_unresolved_for_a_head_of_state_or_two_companies(text, lang):
    assert not any(t in ("LEADS", "WORKS_FOR") for _s, t, _o in _facts(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # the title belongs to the name before it, here a product, not to the company in view
        (
            "Google said it would hire Gemini chief executive Tomas Ruell and his team.",
            "en",
            ("tomas-ruell", "google"),
        ),
        # "startup của CEO X": the startup is the person's, not the sentence's subject
        (
            "Naver ra mắt mô hình mới, còn Orbis, startup của CEO Kim Min-jae, gọi vốn.",
            "vi",
            ("kim-min-jae", "naver"),
        ),
    ],
)
def test_a_title_owned_by_a_name_or_a_possessor_is_not_carried(text, lang, pair):
    found = _facts(text, lang)
    assert (pair[0], "LEADS", pair[1]) not in found
    assert (pair[0], "WORKS_FOR", pair[1]) not in found


def test_an_apposition_with_a_possessor_leaves_the_subject_in_view():
    text = (
        "Kuaishou, ByteDance's closest rival, has widened its video tools. Chief executive "
        "Cheng Yixiao said the push would continue."
    )
    assert ("cheng-yixiao", "LEADS", "kuaishou") in _facts(text, "en")


# --- descriptions by trade: designer, carmaker, unit -----------------------------------


def test_a_trade_description_recalls_the_company_in_view():
    text = (
        "BYD sold more cars than Tesla in China last year. The Shenzhen-based carmaker has "
        "partnered with Nvidia on driving chips."
    )
    facts = _facts(text, "en")
    assert {("byd", "PARTNERS_WITH", "nvidia"), ("nvidia", "PARTNERS_WITH", "byd")} & facts
    assert ("byd", "LOCATED_IN", "shenzhen") in facts


def test_a_company_noun_never_recalls_a_public_body():
    text = (
        "The State Administration for Market Regulation said it would check whether the chip "
        "designer, headquartered in Santa Clara, had kept its promises."
    )
    assert not any(t == "LOCATED_IN" and o == "santa-clara" for _s, t, o in _facts(text, "en"))


# --- "it" with auxiliaries before its verb ---------------------------------------------


def test_it_with_two_auxiliaries_is_the_company_in_view():
    text = "MGX is a young Abu Dhabi fund. It has also invested in xAI."
    facts = _facts(text, "en")
    assert ("mgx", "PARTNERS_WITH", "xai") in facts or ("xai", "PARTNERS_WITH", "mgx") in facts


def test_it_after_a_list_of_companies_stays_unresolved():
    text = "Microsoft and Google fund many labs. It has also invested in xAI."
    facts = _facts(text, "en")
    assert not any("xai" in (s, o) and t == "PARTNERS_WITH" for s, t, o in facts)


# --- Vietnamese: a description by place closed by "này", "Công ty bán ..." -------------


def test_a_description_closed_by_nay_stands_right_before_its_verb():
    text = (
        "Sakana AI vừa gọi vốn thành công. Startup có trụ sở tại Tokyo này được thành lập năm "
        "2023 bởi David Ha."
    )
    assert ("david-ha", "FOUNDED", "sakana-ai") in _facts(text, "vi")


def test_a_description_by_place_of_another_country_stays_unresolved():
    text = (
        "Sakana AI vừa gọi vốn thành công. Startup có trụ sở tại Paris này được thành lập năm "
        "2023 bởi David Ha."
    )
    assert ("david-ha", "FOUNDED", "sakana-ai") not in _facts(text, "vi")


def test_cong_ty_opening_a_clause_with_ban_is_the_company_in_view():
    text = "Moore Threads đặt trụ sở ở Bắc Kinh. Công ty bán GPU và cụm máy chủ KUAE."
    assert ("moore-threads", "DEVELOPED", "moore-threads-kuae") in _facts(text, "vi")


def test_cong_ty_ban_dan_is_a_kind_of_company_not_a_reference():
    text = "Moore Threads đặt trụ sở ở Bắc Kinh. Công ty bán dẫn SMIC sản xuất chip cho Huawei."
    facts = _facts(text, "vi")
    assert not any(s == "moore-threads" and t == "MANUFACTURES" for s, t, _o in facts)
