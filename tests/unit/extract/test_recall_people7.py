"""People and their organisations told with titles, descriptions and moves.

Every sentence here is invented for the test: a passive agent with a title that names
another company ("started by former Google engineer X"), a relative clause after an
apposition ("X, Google's chief executive, who also chairs Y"), professions at an
organisation ("a lawyer at", "who tracks hiring at"), a change of employer ("is returning
to", "chuyển sang"), "one of Huawei's rotating chairmen", "whose chief executive is X",
Vietnamese units led by name ("người đứng đầu mảng ... Y") and founders who also run
the company. Each feature has a case that must not fire.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a passive agent whose title names another company
        (
            "DeepSeek, started by former Google engineer Mara Ellison, raised money.",
            "en",
            ("mara-ellison", "FOUNDED", "deepseek"),
        ),
        (
            (
                "DeepSeek, a Hangzhou lab co-founded in 2023 by former Google researchers Tobin "
                "Vale and Ines Carrow, hired staff."
            ),
            "en",
            ("ines-carrow", "FOUNDED", "deepseek"),
        ),
        (
            (
                "Alibaba, backed by the state fund and chaired by former Nvidia executive "
                "Jensen Huang, plans to expand."
            ),
            "en",
            ("jensen-huang", "LEADS", "alibaba"),
        ),
        (
            (
                "Ông Lâm Hữu Phước gia nhập DeepSeek, công ty do cựu CEO Google Đoàn Minh Khôi "
                "thành lập."
            ),
            "vi",
            ("doan-minh-khoi", "FOUNDED", "deepseek"),
        ),
        # co-founders named after "with"
        (
            (
                "Dana Whitlock, who started DeepSeek with former OpenAI chief scientist Orrin "
                "Pell in 2024, spoke."
            ),
            "en",
            ("orrin-pell", "FOUNDED", "deepseek"),
        ),
        # a relative clause after an apposition
        (
            "Carla Meng, Google's chief executive, who also chairs Huawei, spoke on Monday.",
            "en",
            ("carla-meng", "LEADS", "huawei"),
        ),
        # professions and work at an organisation
        (
            '"Prices will rise," said Maria Kowalczyk, a principal at Nvidia in Boston.',
            "en",
            ("maria-kowalczyk", "WORKS_FOR", "nvidia"),
        ),
        (
            "Henrik Olsen, a trade lawyer at Microsoft, disagreed.",
            "en",
            ("henrik-olsen", "WORKS_FOR", "microsoft"),
        ),
        (
            "Anil Verma, a researcher who studies chip supply chains at Google, disagreed.",
            "en",
            ("anil-verma", "WORKS_FOR", "google"),
        ),
        # the head of a part of the company works for it
        (
            "Fiona Marsh, OpenAI's chief executive of applications, wrote a memo.",
            "en",
            ("fiona-marsh", "WORKS_FOR", "openai"),
        ),
        (
            "Eric Lowe, one of Huawei's rotating chairmen, spoke.",
            "en",
            ("eric-lowe", "LEADS", "huawei"),
        ),
        (
            "DeepSeek, whose chief executive is Liang Wenfeng, raised money.",
            "en",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
        (
            "Ravi Anand, a co-founder and the chief technology officer of DeepSeek, spoke.",
            "en",
            ("ravi-anand", "FOUNDED", "deepseek"),
        ),
        # moves between employers
        (
            "Ravi Anand, a veteran engineer, is returning to OpenAI.",
            "en",
            ("ravi-anand", "WORKS_FOR", "openai"),
        ),
        (
            "Daniel Ostrow was hired last summer by Nvidia.",
            "en",
            ("daniel-ostrow", "WORKS_FOR", "nvidia"),
        ),
        (
            "Chen Rui and Owen Platt, who run DeepSeek, were charged.",
            "en",
            ("owen-platt", "LEADS", "deepseek"),
        ),
        (
            "Ông Phan Đức Long chuyển sang Nvidia sau mười năm.",
            "vi",
            ("phan-duc-long", "WORKS_FOR", "nvidia"),
        ),
        (
            "Nvidia vừa tuyển CEO Rochan Pillai của DeepSeek.",
            "vi",
            ("rochan-pillai", "WORKS_FOR", "nvidia"),
        ),
        # Vietnamese heads
        (
            "DeepSeek tiếp tục hoạt động dưới quyền điều hành của giám đốc tài chính Simon Hale.",
            "vi",
            ("simon-hale", "LEADS", "deepseek"),
        ),
        (
            "Alibaba đưa ông Mạc Văn Sơn về lãnh đạo bộ phận Qwen Team.",
            "vi",
            ("mac-van-son", "LEADS", "qwen-team"),
        ),
        (
            "DeepSeek, công ty do ông Lê Minh Khang đồng sáng lập và điều hành, vừa gọi vốn.",
            "vi",
            ("le-minh-khang", "LEADS", "deepseek"),
        ),
        (
            "Nhà sáng lập kiêm CEO Nguyễn Hữu Tín của DeepSeek phát biểu tại sự kiện.",
            "vi",
            ("nguyen-huu-tin", "FOUNDED", "deepseek"),
        ),
    ],
)
def test_a_titled_or_described_person_gets_the_organisation(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the title's company is not the one founded
        (
            "DeepSeek, started by former Google engineer Mara Ellison, raised money.",
            "en",
            ("mara-ellison", "FOUNDED", "google"),
        ),
        # the organisation before a relative word is not the subject of the passive
        (
            "Nvidia, whose chips power a lab run by former Google researcher Tom Brandt, gained.",
            "en",
            ("tom-brandt", "LEADS", "nvidia"),
        ),
        # studying somewhere is no job there
        (
            "Yang Lin, who studied at Microsoft Research Asia, founded DeepSeek.",
            "en",
            ("yang-lin", "WORKS_FOR", "microsoft"),
        ),
        # a return to a place, or to a company's product, is no move of employer
        (
            "Ravi Anand, a veteran engineer, is returning to Google's cloud team.",
            "en",
            ("ravi-anand", "WORKS_FOR", "google"),
        ),
        # a director in charge of a field works for the firm, and does not lead it
        (
            "Bà Ngô Thu Hà, giám đốc cấp cao phụ trách chính sách công của Google, cho biết.",
            "vi",
            ("ngo-thu-ha", "LEADS", "google"),
        ),
        # the head of a unit of Google does not lead Google
        (
            "Ông Roh Min-jun, người đứng đầu mảng di động của Google, phát biểu.",
            "vi",
            ("roh-min-jun", "LEADS", "google"),
        ),
        # the head of a part of a company works for it, not leads it
        (
            "Sarah Lin, head of research at Nvidia, said demand was high.",
            "en",
            ("sarah-lin", "LEADS", "nvidia"),
        ),
        (
            "Ông Lê Văn Hùng, Giám đốc Trung tâm AI của Huawei, cho biết.",
            "vi",
            ("le-van-hung", "LEADS", "huawei"),
        ),
        # meeting a company is no job there
        (
            "Bộ trưởng Lê Văn Tâm đã làm việc với Google về trung tâm dữ liệu.",
            "vi",
            ("le-van-tam", "WORKS_FOR", "google"),
        ),
    ],
)
def test_the_description_does_not_give_a_wrong_fact(stated, text, lang, fact):
    assert fact not in stated(text, language=lang)


def test_a_director_in_charge_of_a_field_works_for_the_firm(stated):
    text = "Bà Ngô Thu Hà, giám đốc cấp cao phụ trách chính sách công của Google, cho biết."
    assert ("ngo-thu-ha", "WORKS_FOR", "google") in stated(text, language="vi")


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("Sarah Lin, head of research at Nvidia, said demand was high.", "en", ("sarah-lin", "WORKS_FOR", "nvidia")),
        (
            "Ông Lê Văn Hùng, Giám đốc Trung tâm AI của Huawei, cho biết.",
            "vi",
            ("le-van-hung", "WORKS_FOR", "huawei"),
        ),
    ],
)  # fmt: skip
def test_the_head_of_a_part_works_for_the_firm(stated, text, lang, fact):
    assert fact in stated(text, language=lang)
