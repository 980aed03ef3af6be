"""Where organisations are, who runs and founds them, and whom they tie up with or fight.

Every sentence here is invented for the test. Each feature has cases in English and
Vietnamese where the construction exists in both, and a case that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

# --- places ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a description with a place stands for the company the text is about
        (
            (
                "Alibaba vừa công bố mô hình mới. Hãng thương mại điện tử có trụ sở tại Hàng Châu cho "
                "biết sẽ mở mã nguồn toàn bộ."
            ),
            "vi",
            ("alibaba", "LOCATED_IN", "hangzhou"),
        ),
        (
            (
                "Giá cổ phiếu Huawei tăng mạnh. Theo giới phân tích, công ty viễn thông có trụ sở tại "
                "Bắc Kinh đang thắng thế."
            ),
            "vi",
            ("huawei", "LOCATED_IN", "beijing"),
        ),
        (
            (
                "DeepSeek released a new model on Monday. Regulators later questioned the Hangzhou "
                "start-up about its training data."
            ),
            "en",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        (
            (
                "Huawei kept quiet about the chip. The Shanghai, China-based company only said it "
                "would ship soon."
            ),
            "en",
            ("huawei", "LOCATED_IN", "shanghai"),
        ),
        # where a company was set up
        (
            "DeepSeek ra đời năm 2023 tại Hàng Châu.",
            "vi",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        ("DeepSeek was founded in 2023 in Hangzhou.", "en", ("deepseek", "LOCATED_IN", "hangzhou")),
        # a place written before the company, names side by side
        (
            "Công ty khởi nghiệp Hàng Châu DeepSeek gây chú ý toàn cầu.",
            "vi",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        (
            "Tập đoàn công nghệ Mỹ Nvidia báo lãi kỷ lục.",
            "vi",
            ("nvidia", "LOCATED_IN", "united-states"),
        ),
        # an event held somewhere, the place written first
        (
            (
                "Diễn ra suốt ba ngày ở Thượng Hải, Hội nghị Trí tuệ nhân tạo thế giới năm nay có "
                "nhiều robot hơn."
            ),
            "vi",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
        (
            "Held in Shanghai every summer, WAIC draws crowds of robot fans.",
            "en",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
        (
            (
                "Jensen Huang landed in Shanghai on Friday, where crowds waited for him at the World "
                "Artificial Intelligence Conference."
            ),
            "en",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
    ],
)
def test_places_from_descriptions_foundings_and_events(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # two companies just before: the description's company is unclear
        (
            (
                "Alibaba và Huawei cùng trưng bày robot. Tập đoàn có trụ sở tại Hàng Châu thu hút "
                "nhiều khách nhất."
            ),
            "vi",
            ("alibaba", "hangzhou"),
        ),
        # an indefinite description is some other company
        (
            "Alibaba vừa công bố mô hình mới. Một công ty có trụ sở tại Bắc Kinh cũng làm vậy.",
            "vi",
            ("alibaba", "beijing"),
        ),
        # a company organises an event somewhere; it is not based there
        ("Hội nghị của Alibaba do Huawei tổ chức ở Thượng Hải.", "vi", ("huawei", "shanghai")),
        # "customers of Nvidia in China" are in China, Nvidia is not
        ("Các đại lý của Nvidia tại Trung Quốc đang tăng giá.", "vi", ("nvidia", "china")),
    ],
)
def test_places_stay_unattached_when_unclear_or_someone_elses(triples, text, lang, pair):
    assert (pair[0], "LOCATED_IN", pair[1]) not in triples(text, language=lang)


# --- people and their roles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "In 2023 Sam Altman took over as chief executive of Alibaba.",
            "en",
            ("sam-altman", "LEADS", "alibaba"),
        ),
        (
            "Alibaba named Sam Altman as its new chief executive.",
            "en",
            ("sam-altman", "LEADS", "alibaba"),
        ),
        (
            "Jensen Huang, the Nvidia boss, toured the factory.",
            "en",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        (
            "Alibaba's new boss, Sam Altman, toured the campus.",
            "en",
            ("sam-altman", "LEADS", "alibaba"),
        ),
        (
            (
                "DeepSeek began as a side project of a hedge fund. Today Liang Wenfeng is still its "
                "chief executive."
            ),
            "en",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
        (
            (
                "DeepSeek rarely talks to the press, and Liang Wenfeng, who runs it, gives almost no "
                "interviews."
            ),
            "en",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
        (
            "Ông Jensen Huang, nhà sáng lập và CEO của Nvidia, tới thăm nhà máy.",
            "vi",
            ("jensen-huang", "LEADS", "nvidia"),
        ),
        (
            "Alibaba bổ nhiệm ông Ngô Vịnh Minh (Eddie Wu) làm tổng giám đốc.",
            "vi",
            ("eddie-wu", "LEADS", "alibaba"),
        ),
        (
            (
                "ByteDance vừa mở văn phòng mới ở Thượng Hải; tổng giám đốc hiện nay là ông Lương "
                "Nhữ Ba (Liang Rubo)."
            ),
            "vi",
            ("liang-rubo", "LEADS", "bytedance"),
        ),
        (
            "Hôm qua Bộ trưởng Bộ Thương mại Mỹ Sam Altman thăm nhà máy.",
            "vi",
            ("sam-altman", "LEADS", "us-commerce-department"),
        ),
        # founded, by a passive and with companions named past an apposition
        (
            "Công ty DeepSeek được lập ra bởi ông Lương Văn Phong (Liang Wenfeng), một nhà quản lý quỹ.",
            "vi",
            ("liang-wenfeng", "FOUNDED", "deepseek"),
        ),
        (
            (
                "Hugging Face was started by Jensen Huang, then a banker, along with Sam Altman and "
                "Liang Wenfeng."
            ),
            "en",
            ("liang-wenfeng", "FOUNDED", "hugging-face"),
        ),
        (
            (
                "Hugging Face được ông Jensen Huang, một kỹ sư ngân hàng, cùng ông Sam Altman và ông "
                "Lương Văn Phong sáng lập năm 2016."
            ),
            "vi",
            ("sam-altman", "FOUNDED", "hugging-face"),
        ),
        # works for: an apposition naming the employer, a partner at a firm
        (
            "On Monday Jensen Huang, Alibaba's chief technology officer, spoke first.",
            "en",
            ("jensen-huang", "WORKS_FOR", "alibaba"),
        ),
        (
            "On Monday Sam Altman, a senior partner at Hugging Face, disagreed.",
            "en",
            ("sam-altman", "WORKS_FOR", "hugging-face"),
        ),
    ],
)
def test_roles_stated_in_many_orders(stated, text, lang, fact):
    assert fact in stated(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the title after "và" is the next person's
        (
            "Ông Lương Văn Phong (Liang Wenfeng) và giám đốc điều hành Huawei ăn trưa cùng nhau.",
            "vi",
            ("liang-wenfeng", "LEADS", "huawei"),
        ),
        # meeting a company's leaders does not make one its leader
        (
            "Ông Jensen Huang muốn gặp gỡ lãnh đạo Alibaba trong tuần tới.",
            "vi",
            ("jensen-huang", "LEADS", "alibaba"),
        ),
        (
            "Sam Altman, the former chief executive of Alibaba, joined Meta.",
            "en",
            ("sam-altman", "LEADS", "alibaba"),
        ),
        (
            "Alibaba chọn ông Lương Văn Phong (Liang Wenfeng) làm người phát ngôn.",
            "vi",
            ("liang-wenfeng", "LEADS", "alibaba"),
        ),
        (
            "Sam Altman, OpenAI's chief executive, spoke first.",
            "en",
            ("sam-altman", "WORKS_FOR", "openai"),
        ),
        (
            "DeepSeek was founded by Liang Wenfeng, who later met Sam Altman.",
            "en",
            ("sam-altman", "FOUNDED", "deepseek"),
        ),
        (
            (
                "DeepSeek began as a side project of a hedge fund. Today Liang Wenfeng is still its "
                "biggest shareholder."
            ),
            "en",
            ("liang-wenfeng", "LEADS", "deepseek"),
        ),
    ],
)
def test_roles_that_belong_to_someone_else_or_are_past(triples, text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- ties between organisations ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a list of partners and a reciprocal verb or a tie noun before "between"
        (
            "Alibaba and Nvidia signed a $1 billion agreement on Monday.",
            "en",
            ("alibaba", "PARTNERS_WITH", "nvidia"),
        ),
        (
            "A joint venture between Huawei and Alibaba will run the data centre.",
            "en",
            ("huawei", "PARTNERS_WITH", "alibaba"),
        ),
        (
            "Nvidia và Alibaba vừa ký thỏa thuận cùng phát triển robot.",
            "vi",
            ("nvidia", "PARTNERS_WITH", "alibaba"),
        ),
        (
            "Thỏa thuận hợp tác giữa Microsoft và DeepSeek gây bất ngờ.",
            "vi",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        # deals and stakes
        (
            "Alibaba unveiled a five-year collaboration with Nvidia on robotics.",
            "en",
            ("alibaba", "PARTNERS_WITH", "nvidia"),
        ),
        (
            "Microsoft quietly built up a minority stake in DeepSeek.",
            "en",
            ("microsoft", "PARTNERS_WITH", "deepseek"),
        ),
        ("Alibaba nắm 20% cổ phần tại DeepSeek.", "vi", ("alibaba", "PARTNERS_WITH", "deepseek")),
        # rivals
        (
            "Nvidia rival Huawei unveiled a new accelerator.",
            "en",
            ("nvidia", "COMPETES_WITH", "huawei"),
        ),
        (
            "DeepSeek trains far more cheaply than OpenAI, its older rival.",
            "en",
            ("openai", "COMPETES_WITH", "deepseek"),
        ),
        (
            "Nhiều người coi DeepSeek là đối trọng lớn nhất của OpenAI.",
            "vi",
            ("deepseek", "COMPETES_WITH", "openai"),
        ),
        # units described by who set them up
        (
            "Nhóm Qwen, đơn vị do Alibaba dựng lên để làm mô hình ngôn ngữ, vừa ra mắt QwQ.",
            "vi",
            ("qwen-team", "PART_OF", "alibaba"),
        ),
        (
            "The Qwen team, a research unit that Alibaba set up in 2023, released QwQ.",
            "en",
            ("qwen-team", "PART_OF", "alibaba"),
        ),
    ],
)
def test_ties_from_lists_deals_stakes_rivals_and_units(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # each signed its own deal with a third party
        (
            "Google and Microsoft each signed deals with Nvidia.",
            "en",
            ("google", "PARTNERS_WITH", "microsoft"),
        ),
        (
            "DeepSeek và Alibaba đều ký thỏa thuận với Nvidia.",
            "vi",
            ("deepseek", "PARTNERS_WITH", "alibaba"),
        ),
        # releasing at the same time is no partnership
        (
            "OpenAI and Google released new models on Tuesday.",
            "en",
            ("openai", "PARTNERS_WITH", "google"),
        ),
        # selling out of a company ends the tie
        (
            "Alibaba đã bán toàn bộ cổ phần tại DeepSeek.",
            "vi",
            ("alibaba", "PARTNERS_WITH", "deepseek"),
        ),
        # "dự án của nhà đầu tư X": the noun describes the person, who owns the company
        (
            "Hugging Face, vốn là dự án riêng của nhà đầu tư Sam Altman, vừa chuyển văn phòng.",
            "vi",
            ("hugging-face", "PARTNERS_WITH", "sam-altman"),
        ),
        # a unit a company only works with is not part of it
        (
            "The Qwen team, a research group that Alibaba competes with, released QwQ.",
            "en",
            ("qwen-team", "PART_OF", "alibaba"),
        ),
    ],
)
def test_ties_that_are_not_stated(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)
