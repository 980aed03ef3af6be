"""Where companies, events and people are, and who owns what: phrasings of round nine.

Every sentence here is invented for the test. Each construction has cases in English and
Vietnamese where it exists in both, and cases that must not fire: a company named in a
sentence with a country is not thereby in it, a description of the next name is not of
the one before, a product a company made is not one it merely owns.
"""

from __future__ import annotations

from functools import cache

import pytest

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.facts import has_fact

# these constructions lean on what the bundled catalogue knows (a company's country, a
# city's name), so they run with it rather than with the small test catalogue


@cache
def _relations(text: str, lang: str):
    return extract([DocumentInput(text, language=lang)]).relations


def triples(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in _relations(text, language)}


def stated(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    """The triples some text rule found (not only a catalogue co-mention)."""
    return {
        (r.source, r.type, r.target)
        for r in _relations(text, language)
        if any(".catalogue." not in e.rule for e in r.evidence)
    }


# --- a country the catalogue knows, said in a description of the company ------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # an apposition the country opens or closes
        (
            "SMIC, China's biggest contract chipmaker, raised prices.",
            "en",
            ("smic", "LOCATED_IN", "china"),
        ),
        (
            "Analysts at SemiAnalysis, a US research firm, doubt the claim.",
            "en",
            ("semianalysis", "LOCATED_IN", "united-states"),
        ),
        (
            "SMIC, hãng gia công chip lớn nhất Trung Quốc, tăng giá.",
            "vi",
            ("smic", "LOCATED_IN", "china"),
        ),
        (
            "Theo Scale AI, công ty gán nhãn lớn nhất nước Mỹ, nhu cầu vẫn tăng.",
            "vi",
            ("scale-ai", "LOCATED_IN", "united-states"),
        ),
        # the country's possessive right before the name, also written "Emirates' "
        (
            "The deal was backed by the United Arab Emirates' MGX fund.",
            "en",
            ("mgx", "LOCATED_IN", "united-arab-emirates"),
        ),
        (
            "Qatar's sovereign wealth fund, the Qatar Investment Authority, joined the round.",
            "en",
            ("qia", "LOCATED_IN", "qatar"),
        ),
        # a plural kind listing its members
        (
            "Những hãng AI hàng đầu Mỹ, từ OpenAI đến Google, chưa có mặt ở đó.",
            "vi",
            ("google", "LOCATED_IN", "united-states"),
        ),
        # a description further on taking up the name
        (
            "Nvidia says the new rule could cost the US chip giant billions.",
            "en",
            ("nvidia", "LOCATED_IN", "united-states"),
        ),
        (
            "Nvidia cho biết quy định mới có thể khiến hãng chip Mỹ mất hàng tỷ USD.",
            "vi",
            ("nvidia", "LOCATED_IN", "united-states"),
        ),
    ],
)
def test_a_country_describing_the_company_places_it(text, lang, fact):
    assert has_fact(triples(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a company named with a country for another reason
        (
            "Nvidia said sales of its chips to China now need a licence.",
            "en",
            ("nvidia", "LOCATED_IN", "china"),
        ),
        (
            "Alibaba, Baidu và Tencent đều bán dịch vụ đám mây tại thị trường Mỹ.",
            "vi",
            ("alibaba", "LOCATED_IN", "united-states"),
        ),
        (
            "Apple pulled the app from its App Store in the United States on Monday.",
            "en",
            ("apple", "LOCATED_IN", "united-states"),
        ),
        # a plural kind right after a name is no apposition of it
        (
            "After DeepSeek, China's tech giants cut their prices.",
            "en",
            ("deepseek", "LOCATED_IN", "china"),
        ),
        (
            "Lợi thế của các hãng Trung Quốc nằm ở tốc độ, như DeepSeek đã cho thấy.",
            "vi",
            ("deepseek", "LOCATED_IN", "china"),
        ),
        # a description of the name right after it
        (
            "Nvidia now competes with the Chinese chip giant Huawei.",
            "en",
            ("nvidia", "LOCATED_IN", "china"),
        ),
    ],
)
def test_a_country_said_for_another_reason_places_nothing(text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- the kinds of firm a place describes, events a place hosts -----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a consultancy, a brokerage, a think tank, a specialist
        (
            "Wang Lei, an analyst at Chengdu consultancy Sichuan Insight, expects more curbs.",
            "en",
            ("sichuan-insight", "LOCATED_IN", "chengdu"),
        ),
        (
            "The report came from the Beijing-based think tank Anbound Research.",
            "en",
            ("anbound-research", "LOCATED_IN", "beijing"),
        ),
        (
            "Kestrel Robotics, another Suzhou maker, raised new money.",
            "en",
            ("kestrel-robotics", "LOCATED_IN", "suzhou"),
        ),
        (
            "Naura, the Beijing etching specialist, won new orders.",
            "en",
            ("naura", "LOCATED_IN", "beijing"),
        ),
        # an institute described in Vietnamese
        (
            "FPT ký thỏa thuận với Vector Institute, viện nghiên cứu AI ở Toronto.",
            "vi",
            ("vector-institute", "LOCATED_IN", "toronto"),
        ),
        # the home ground, quoted or not; an apposition naming the home
        (
            'Quảng Đông vẫn là "sân nhà" của Huawei.',
            "vi",
            ("huawei", "LOCATED_IN", "guangdong"),
        ),
        (
            "South Korea, home to Samsung and SK Hynix, joined the talks.",
            "en",
            ("sk-hynix", "LOCATED_IN", "south-korea"),
        ),
        # a spatial opener before the fronted place
        (
            "Across the river in Shenzhen, UBTech has taken another path.",
            "en",
            ("ubtech", "LOCATED_IN", "shenzhen"),
        ),
        (
            "Intro. Có trụ sở tại Thâm Quyến, Honor từng là thương hiệu của Huawei.",
            "vi",
            ("honor", "LOCATED_IN", "shenzhen"),
        ),
        # a place hosting an event, and a trip to one
        (
            "Shanghai will host the World Artificial Intelligence Conference in July.",
            "en",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
        (
            (
                "Thượng Hải, nơi tổ chức Hội nghị Trí tuệ nhân tạo thế giới (WAIC), thu hút "
                "nhiều hãng."
            ),
            "vi",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
        (
            "Bà Lisa Su có mặt ở Thượng Hải dự Hội nghị Trí tuệ nhân tạo thế giới (WAIC).",
            "vi",
            ("waic", "LOCATED_IN", "shanghai"),
        ),
    ],
)
def test_firms_and_events_placed(text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the home of the nearest place only, not of a list before it
        (
            "Japan and the Netherlands, home to ASML, were exempted.",
            "en",
            ("asml", "LOCATED_IN", "japan"),
        ),
        # a fronted time is no place
        (
            "Earlier this year in Beijing, Nvidia cut prices.",
            "en",
            ("nvidia", "LOCATED_IN", "beijing"),
        ),
    ],
)
def test_firms_not_placed(text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- descriptions carried to the company in view, "here" and "there" ------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Người hưởng lợi lớn nhất là Cambricon. Lợi nhuận của công ty Bắc Kinh này tăng mạnh.",
            "vi",
            ("cambricon", "LOCATED_IN", "beijing"),
        ),
        (
            (
                "Sau khi DeepSeek ra mắt R1, nhiều bệnh viện dùng mô hình của công ty khởi nghiệp "
                "Hàng Châu này."
            ),
            "vi",
            ("deepseek", "LOCATED_IN", "hangzhou"),
        ),
        (
            (
                "Getty Images sued over its photos. The court sided with the Seattle-headquartered "
                "agency on trademarks."
            ),
            "en",
            ("getty-images", "LOCATED_IN", "seattle"),
        ),
        (
            (
                "Tô Châu vừa công bố quỹ AI mới. Thành phố này có lợi thế, với Xiaomi, Alibaba và "
                "hãng chip Huawei đặt trụ sở tại đây."
            ),
            "vi",
            ("xiaomi", "LOCATED_IN", "suzhou"),
        ),
        (
            (
                "Toulouse is courting the industry. Airbus and the chip firm Nvidia are "
                "headquartered there."
            ),
            "en",
            ("nvidia", "LOCATED_IN", "toulouse"),
        ),
    ],
)
def test_places_carried_to_the_company_in_view(text, lang, fact):
    assert has_fact(triples(text, language=lang), fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # the description is of the name it comes before
        (
            "Tencent partnered with Rohan Mehta at the Bengaluru think tank Pragati Labs.",
            "en",
            ("tencent", "LOCATED_IN", "bengaluru"),
        ),
        # "there" of a place in view, but the company only sells there
        (
            "Nvidia sells chips in Texas. Dell also ships servers there.",
            "en",
            ("dell", "LOCATED_IN", "texas"),
        ),
    ],
)
def test_places_not_carried(text, lang, fact):
    assert fact not in triples(text, language=lang)


# --- people by nationality --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The accused, Malaysians Tan Wei Ming and a Chinese national, Zhang Hua, face trial.",
            ("zhang-hua", "LOCATED_IN", "china"),
        ),
        (
            "The accused, Malaysians Tan Wei Ming and a Chinese national, Zhang Hua, face trial.",
            ("tan-wei-ming", "LOCATED_IN", "malaysia"),
        ),
        (
            "Chinese labs such as Zhipu and Moonshot AI are squeezing margins.",
            ("moonshot-ai", "LOCATED_IN", "china"),
        ),
    ],
)
def test_nationalities_place_people_and_listed_labs(text, fact):
    assert has_fact(triples(text, language="en"), fact)


# --- owners, not makers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            "Directions come from Amap, the navigation service Alibaba owns.",
            "en",
            ("alibaba", "OWNS", "amap"),
        ),
        (
            "Tháng 9, Atlassian chi 610 triệu USD mua The Browser Company.",
            "vi",
            ("atlassian", "OWNS", "browser-company"),
        ),
        (
            (
                "GPUs come from operators such as Yotta, Jio Platforms, which is controlled by "
                "Reliance Industries, and E2E."
            ),
            "en",
            ("reliance", "OWNS", "jio-platforms"),
        ),
    ],
)
def test_owners(text, lang, fact):
    assert fact in stated(text, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a robot, glasses, an agent it made: not merely owned
        ("Unitree's smaller G1 humanoid costs less.", "en", ("unitree", "OWNS", "unitree-g1")),
        (
            "Anthropic made its terminal-based agent Claude Code widely available.",
            "en",
            ("anthropic", "OWNS", "claude-code"),
        ),
        (
            "Rokid began shipping its Rokid Glasses in the autumn.",
            "en",
            ("rokid", "OWNS", "rokid-glasses"),
        ),
        # "its makers said": a new clause, not a possession
        ("Its makers said Manus combines two models.", "en", ("butterfly-effect", "OWNS", "manus")),
        # a relative clause describes its own name, not the list before it
        (
            (
                "GPUs come from operators such as Yotta, Jio Platforms, which is controlled by "
                "Reliance Industries, and E2E."
            ),
            "en",
            ("reliance", "OWNS", "yotta"),
        ),
        # the company bought sits in the parent's ecosystem: the parent is not bought
        (
            "Công ty khởi nghiệp trong hệ sinh thái Vingroup đã được Nvidia mua lại.",
            "vi",
            ("nvidia", "OWNS", "vingroup"),
        ),
        # shares bought are a stake, not the company
        (
            "Meta bỏ 14,3 tỉ USD mua 49% cổ phần Scale AI.",
            "vi",
            ("meta-platforms", "OWNS", "scale-ai"),
        ),
    ],
)
def test_not_owners(text, lang, fact):
    assert fact not in triples(text, language=lang)


def test_an_owner_stated_keeps_the_catalogue_from_adding_part_of():
    found = triples("Arm, the British chip designer, is majority-owned by SoftBank.", language="en")
    assert ("softbank", "OWNS", "arm") in found
    assert ("arm", "PART_OF", "softbank") not in found


def test_a_unit_named_for_a_parent_the_text_never_names_is_no_part_of_it():
    found = triples("Amazon Web Services offers the model through Bedrock.", language="en")
    assert not any(t == "PART_OF" for _, t, _ in found)
    assert ("aws", "PART_OF", "amazon") in triples(
        "Amazon said Amazon Web Services offers the model.", language="en"
    )
