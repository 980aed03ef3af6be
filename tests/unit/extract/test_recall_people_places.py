"""Titles, hires and seats written where the older people and place rules do not look.

Every sentence here is invented for the test. Each construction has cases in English and
Vietnamese where it exists in both, and cases that must not fire (a past post, a unit's
head, a place that belongs to someone else, a speaker talking of another company).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

# --- titles and hires ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the title and its company before the name
        (
            "The chief executive of Nvidia, Jensen Huang, flew to Taipei.",
            "en",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        (
            "The founder of DeepSeek, Liang Wenfeng, rarely gives interviews.",
            "en",
            ("liang-wenfeng", "FOUNDED", "deepseek"),
        ),
        # a describing word between the possessor and the title
        (
            "DeepSeek's publicity-shy founder, Liang Wenfeng, skipped the event.",
            "en",
            ("liang-wenfeng", "FOUNDED", "deepseek"),
        ),
        (
            "Nvidia's longtime chief executive Jensen Huang opened the show.",
            "en",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        # two titles in one apposition
        (
            "Sam Altman, a co-founder and the chief executive of OpenAI, wrote a blog post.",
            "en",
            ("sam-altman", "FOUNDED", "openai"),
        ),
        (
            "Sam Altman, a co-founder and the chief executive of OpenAI, wrote a blog post.",
            "en",
            ("sam-altman", "LEADS", "openai"),
        ),
        (
            "Liang Wenfeng, chief executive and founder of DeepSeek, wrote the memo.",
            "en",
            ("liang-wenfeng", "FOUNDED", "deepseek"),
        ),
        # a change of post
        (
            "Sam Altman, who took over as chief executive of OpenAI in 2019, spoke first.",
            "en",
            ("sam-altman", "LEADS", "openai"),
        ),
        # the organisation as a modifier of a staff noun
        (
            "Liang Wenfeng, a senior Huawei engineer, presented the chip.",
            "en",
            ("liang-wenfeng", "WORKS_FOR", "huawei"),
        ),
        # hiring, either way round
        (
            "Microsoft hired Liang Wenfeng as a research adviser.",
            "en",
            ("liang-wenfeng", "WORKS_FOR", "microsoft"),
        ),
        (
            "Microsoft vừa chiêu mộ ông Liang Wenfeng về nhóm nghiên cứu.",
            "vi",
            ("liang-wenfeng", "WORKS_FOR", "microsoft"),
        ),
        (
            "Ông Liang Wenfeng đã gia nhập Microsoft từ tháng trước.",
            "vi",
            ("liang-wenfeng", "WORKS_FOR", "microsoft"),
        ),
    ],
)
def test_titles_and_hires(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a past post is no title held now
        (
            "The former chief executive of Nvidia, Jensen Huang, flew to Taipei.",
            "en",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        (
            "Nvidia's former chief executive Jensen Huang opened the show.",
            "en",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        (
            "Liang Wenfeng, a former Huawei engineer, presented the chip.",
            "en",
            ("liang-wenfeng", "WORKS_FOR", "huawei"),
        ),
        # the organisation is what the staff noun studies, not where it works
        (
            "Liang Wenfeng, a Huawei analyst of the chip market, presented the chip.",
            "en",
            ("liang-wenfeng", "WORKS_FOR", "huawei"),
        ),
    ],
)
def test_titles_that_are_past_or_narrower_give_nothing(triples, text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- posts taken as predicates, titled speakers --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Nvidia raised its forecast again. Sam Altman joined as chief AI officer in June.",
            "en",
            ("sam-altman", "WORKS_FOR", "nvidia"),
        ),
        (
            "Huawei lost two executives this year. Sam Altman took over as interim chief executive.",
            "en",
            ("sam-altman", "LEADS", "huawei"),
        ),
        (
            "Sam Altman, Nvidia's chief strategy officer, stepped in as the company's interim CEO.",
            "en",
            ("sam-altman", "LEADS", "nvidia"),
        ),
        (
            "Nvidia vừa mở văn phòng mới. Ông Sam Altman gia nhập với vai trò giám đốc AI.",
            "vi",
            ("sam-altman", "WORKS_FOR", "nvidia"),
        ),
        (
            "Chairman Liang Wenfeng said DeepSeek would keep its models open.",
            "en",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
        (
            "Chủ tịch Liang Wenfeng xác nhận DeepSeek sẽ mở mã nguồn mô hình mới.",
            "vi",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
    ],
)
def test_posts_taken_and_titled_speakers(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # an apposition naming no organisation leaves the post unattached
        (
            (
                "Huawei bought a stake. Sam Altman, a well-known investor, stepped in as the "
                "company's interim CEO."
            ),
            "en",
            ("sam-altman", "huawei"),
        ),
        # a deputy or a former holder speaks for nobody's company
        (
            "Phó chủ tịch Liang Wenfeng cho biết DeepSeek sẽ đầu tư thêm.",
            "vi",
            ("liang-wenfeng", "deepseek"),
        ),
        (
            "Former chairman Liang Wenfeng said DeepSeek would keep its models open.",
            "en",
            ("liang-wenfeng", "deepseek"),
        ),
        # an organisation before the title: the sentence is read by the other rules
        (
            "Tại sự kiện của Nvidia, chủ tịch Liang Wenfeng cho biết DeepSeek sẽ đầu tư thêm.",
            "vi",
            ("liang-wenfeng", "deepseek"),
        ),
    ],
)
def test_unclear_posts_and_speakers_give_nothing(triples, text, lang, pair):
    found = triples(text, language=lang)
    assert not any((pair[0], t, pair[1]) in found for t in ("LEADS", "FOUNDED", "WORKS_FOR"))


# --- seats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Huawei's headquarters in Beijing stayed open.",
            "en",
            ("huawei", "LOCATED_IN", "beijing"),
        ),
        (
            "DeepSeek, which has its headquarters in Hangzhou, hired more staff.",
            "en",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        (
            "ByteDance moved its headquarters to Shanghai last year.",
            "en",
            ("bytedance", "LOCATED_IN", "shanghai"),
        ),
        (
            "The headquarters of Alibaba in Hangzhou hosted the launch.",
            "en",
            ("alibaba", "LOCATED_IN", "hangzhou"),
        ),
        (
            "Reporters waited outside Alibaba's Hangzhou headquarters.",
            "en",
            ("alibaba", "LOCATED_IN", "hangzhou"),
        ),
        (
            "DeepSeek, one of Hangzhou's most talked-about start-ups, hired more staff.",
            "en",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        (
            "Trụ sở chính của Alibaba nằm ở Hàng Châu.",
            "vi",
            ("alibaba", "LOCATED_IN", "hangzhou"),
        ),
        (
            "ByteDance đã chuyển trụ sở sang Thượng Hải.",
            "vi",
            ("bytedance", "LOCATED_IN", "shanghai"),
        ),
        # the seat at the end of an apposition that names a country on the way
        (
            "Huawei, China's biggest telecoms group and headquartered in Beijing, declined to comment.",
            "en",
            ("huawei", "LOCATED_IN", "beijing"),
        ),
        (
            "Huawei, tập đoàn viễn thông lớn nhất Trung Quốc có trụ sở tại Bắc Kinh, từ chối bình luận.",
            "vi",
            ("huawei", "LOCATED_IN", "beijing"),
        ),
        # people placed by their role
        (
            "Beijing-based analyst Liang Wenfeng expects more curbs.",
            "en",
            ("liang-wenfeng", "LOCATED_IN", "beijing"),
        ),
        (
            "Liang Wenfeng, an analyst in Shanghai, expects more curbs.",
            "en",
            ("liang-wenfeng", "LOCATED_IN", "shanghai"),
        ),
    ],
)
def test_seats_and_placed_people(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the seat of firms the apposition talks about, not of the company itself
        (
            "Nvidia, which sells to companies headquartered in Shanghai, declined to comment.",
            "en",
            ("nvidia", "LOCATED_IN", "shanghai"),
        ),
        # sales in a place are no seat
        ("Nvidia's sales in Shanghai fell.", "en", ("nvidia", "LOCATED_IN", "shanghai")),
        # an office is not the headquarters
        (
            "Văn phòng của Nvidia tại Thượng Hải vừa mở rộng.",
            "vi",
            ("nvidia", "LOCATED_IN", "shanghai"),
        ),
    ],
)
def test_places_that_are_not_seats_give_nothing(triples, text, lang, fact):
    assert fact not in triples(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Dana Reyes, Google's senior director for energy, spoke first.",
            "en",
            ("dana-reyes", "WORKS_FOR", "google"),
        ),
        (
            "Bà Dana Reyes, chuyên viên phân tích của Alibaba, nhận xét.",
            "vi",
            ("dana-reyes", "WORKS_FOR", "alibaba"),
        ),
    ],
)
def test_directors_and_specialists_work_for_the_company(triples, text, lang, fact):
    assert has_fact(triples(text, language=lang), fact)


def test_the_chief_executive_is_no_mere_director(triples):
    found = triples("Dana Reyes, Google's chief executive, spoke first.", language="en")
    assert ("dana-reyes", "LEADS", "google") in found
    assert ("dana-reyes", "WORKS_FOR", "google") not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alibaba opened two offices in Beijing this spring.", "en"),
        ("Alibaba có nhiều văn phòng tại Bắc Kinh.", "vi"),
    ],
)
def test_a_company_is_where_it_has_offices_or_plants(triples, text, lang):
    assert ("alibaba", "LOCATED_IN", "beijing") in triples(text, language=lang)


def test_a_plant_someone_else_runs_places_no_company(triples):
    found = triples("Alibaba said rival plants in Beijing were idle.", language="en")
    assert ("alibaba", "LOCATED_IN", "beijing") not in found


def test_a_vietnamese_title_and_firm_then_the_person(triples):
    found = triples("Chủ tịch Alibaba, ông Sam Altman, cho biết hãng sẽ mở rộng.", language="vi")
    assert ("sam-altman", "LEADS", "alibaba") in found
    found = triples("Cựu chủ tịch Alibaba, ông Sam Altman, cho biết.", language="vi")
    assert ("sam-altman", "LEADS", "alibaba") not in found
