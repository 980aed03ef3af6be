"""Policies named by what they do, and the facts news states about them.

Licence requirements written as a clause, rule phrases outside the catalogue
("Dutch export controls", "lệnh cấm xuất khẩu chip H20"), short references
("the same rule", "quy định này"), listings ("X added A to the Entity List"),
capitals acting as their states, and a few issuer and target constructions.
Each case has a near miss that must not fire, in English and Vietnamese. Every
sentence is written for these tests; entities come from the shared test
catalogue plus a few states and agencies added here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.conftest import ENTRIES, _e

EXTRA = [
    _e("netherlands", "Netherlands", "Location", ["the Netherlands"], ["Hà Lan"]),
    _e("washington-dc", "Washington, D.C.", "Location", ["Washington"], ["Washington"],
       country="united-states"),
    _e("amd-mi308", "AMD Instinct MI308", "Hardware", ["MI308"]),
    _e("us-congress", "US Congress", "Organization", ["Congress"], ["Quốc hội Mỹ"],
       country="united-states"),
    _e("bis", "Bureau of Industry and Security", "Organization", ["BIS"],
       ["Cục Công nghiệp và An ninh"], country="united-states"),
    _e("european-commission", "European Commission", "Organization", [], ["Ủy ban châu Âu"]),
    _e("eu-ai-act", "EU AI Act", "Policy", ["AI Act"], country="european-union"),
]  # fmt: skip
LICENCE = "h20-licence-requirement"
CONTROLS = "us-chip-export-controls"


@pytest.fixture(scope="module")
def policy_catalogue(tmp_path_factory: pytest.TempPathFactory) -> str:
    entries = [dict(e) for e in ENTRIES]
    for e in entries:  # the shared catalogue's agency and controls, as the bundled one has them
        if e["id"] in ("us-commerce-department", CONTROLS, "entity-list"):
            e["country"] = "united-states"
        if e["id"] == "entity-list":
            e["aliases"] = {**e["aliases"], "vi": [*e["aliases"]["vi"], "danh sách đen thương mại"]}
    path = Path(tmp_path_factory.mktemp("policy")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": entries + EXTRA}), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def found(policy_catalogue: str):
    """`found(*texts, language=...)` -> the ExtractionResult of the texts as one batch."""

    def _found(*texts: str, language: str = "en"):
        docs = [DocumentInput(t, language=language) for t in texts]
        return extract(docs, catalogue_path=policy_catalogue)

    return _found


@pytest.fixture(scope="module")
def said(found):
    """`said(text, language=...)` -> (source, type, target) of the facts a text rule found."""

    def _said(text: str, language: str = "en") -> set[tuple[str, str, str]]:
        return {
            (r.source, r.type, r.target)
            for r in found(text, language=language).relations
            if any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _said


def _policies(result) -> set[str]:
    return {e.id for e in result.entities if e.type == "Policy"}


# --- a licence requirement stated as a clause is a policy -----------------------------------

CLAUSES = [
    (
        "en",
        (
            "The Commerce Department told Nvidia that sales of the H20 to China would now need "
            "a licence."
        ),
        {
            ("us-commerce-department", "ISSUED", LICENCE),
            (LICENCE, "RESTRICTS", "nvidia-h20"),
            (LICENCE, "RESTRICTS", "china"),
        },
    ),
    (
        "en",
        "The United States now requires a licence for H20 exports to China.",
        {("united-states", "ISSUED", LICENCE), (LICENCE, "RESTRICTS", "nvidia-h20")},
    ),
    (
        "vi",
        "Chính phủ Mỹ đã yêu cầu phải có giấy phép khi xuất khẩu chip H20 sang Trung Quốc.",
        {
            ("united-states", "ISSUED", LICENCE),
            (LICENCE, "RESTRICTS", "nvidia-h20"),
            (LICENCE, "RESTRICTS", "china"),
        },
    ),
    (
        "vi",
        "Theo giới phân tích, việc bán H20 sang Trung Quốc từ nay phải có giấy phép.",
        {(LICENCE, "RESTRICTS", "nvidia-h20"), (LICENCE, "RESTRICTS", "china")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "facts"), CLAUSES)
def test_a_licence_clause_states_its_requirement(said, lang, text, facts):
    assert facts <= said(text, language=lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Sales of the H20 to China grew after Nvidia renewed its software licence."),
        ("en", "Nvidia needs a licence to use the Arm design in the H20."),
        ("vi", "Nvidia cho biết giấy phép kinh doanh của hãng vẫn còn hiệu lực khi bán chip H20."),
    ],
)
def test_a_licence_that_is_no_requirement_on_sales_is_no_policy(found, lang, text):
    assert LICENCE not in _policies(found(text, language=lang))


def test_a_company_telling_of_the_requirement_did_not_issue_it(said):
    facts = said("Nvidia told investors that sales of the H20 to China would need a licence.")
    assert (LICENCE, "RESTRICTS", "nvidia-h20") in facts
    assert ("nvidia", "ISSUED", LICENCE) not in facts


def test_the_requirement_is_one_policy_in_english_and_vietnamese(policy_catalogue):
    result = extract(
        [
            DocumentInput(
                "Washington said sales of the H20 to China need a licence.", language="en"
            ),
            DocumentInput("Mỹ yêu cầu giấy phép xuất khẩu đối với chip H20.", language="vi"),
        ],
        catalogue_path=policy_catalogue,
    )
    names = {e.id: e.name for e in result.entities if e.type == "Policy"}
    assert names == {LICENCE: "H20 licence requirement"}


# --- rule phrases outside the catalogue ----------------------------------------------------


def test_a_rule_made_by_another_state_is_not_the_us_rule(said):
    facts = said("The Dutch export controls now cover Huawei.")
    assert ("netherlands", "ISSUED", "dutch-export-controls") in facts
    assert ("dutch-export-controls", "RESTRICTS", "huawei") in facts
    assert (CONTROLS, "RESTRICTS", "huawei") not in facts


def test_the_bare_catalogue_words_stay_the_us_rule(said):
    facts = said("The export controls now cover Huawei.")
    assert (CONTROLS, "RESTRICTS", "huawei") in facts
    assert not any(t[0] == "netherlands" for t in facts)


def test_rules_with_the_same_core_words_are_the_catalogue_policy(said):
    facts = said("Nvidia designed the chip to fit within US export rules for China.")
    assert ("united-states", "ISSUED", CONTROLS) in facts
    assert (CONTROLS, "RESTRICTS", "china") in facts


def test_a_plan_for_a_country_does_not_restrict_it(said):
    facts = said("The US export controls were praised in a report for China watchers.")
    assert (CONTROLS, "RESTRICTS", "china") not in facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The new rules took effect on Monday, the ministry said."),
        ("en", "Analysts wrote tougher rules for their own trading desks."),
        ("vi", "Lệnh cấm đã được dỡ bỏ sau hai tháng."),
        ("vi", "Quy định mới sẽ có hiệu lực từ tháng sau."),
    ],
)
def test_a_rule_word_alone_names_no_policy(found, lang, text):
    assert not _policies(found(text, language=lang))


def test_a_vietnamese_rule_of_another_state_is_its_own_policy(said):
    facts = said("Từ năm 2023, lệnh hạn chế xuất khẩu của Hà Lan đã chặn Huawei.", language="vi")
    assert ("netherlands", "ISSUED", "lenh-han-che-xuat-khau-cua-ha-lan") in facts
    assert ("netherlands", "ISSUED", CONTROLS) not in facts


def test_a_vietnamese_rule_of_the_us_stays_the_catalogue_policy(said):
    facts = said("Từ năm 2022, lệnh hạn chế xuất khẩu của Mỹ đã chặn Huawei.", language="vi")
    assert ("united-states", "ISSUED", CONTROLS) in facts


def test_a_ban_named_after_a_chip_restricts_it(found):
    result = found("Mỹ áp lệnh cấm xuất khẩu chip H20 sang Trung Quốc.", language="vi")
    facts = {(r.source, r.type, r.target) for r in result.relations}
    ban = "lenh-cam-xuat-khau-chip-h20"
    assert ban in _policies(result)
    assert (ban, "RESTRICTS", "nvidia-h20") in facts
    assert ("united-states", "ISSUED", ban) in facts


def test_a_law_named_after_what_it_does_and_its_maker(said):
    text = "ByteDance vẫn chịu sức ép từ đạo luật buộc thoái vốn TikTok mà Quốc hội Mỹ thông qua."
    assert ("us-congress", "ISSUED", "dao-luat-buoc-thoai-von-tiktok") in said(text, language="vi")


def test_laws_of_unnamed_makers_are_not_a_catalogue_law(found):
    assert "eu-ai-act" not in _policies(found("Several states passed AI laws last year."))


def test_a_short_phrase_refers_to_the_policy_named_before(found):
    text = "The H20 licence requirement took effect in April. The licence rule hurt Nvidia."
    assert _policies(found(text)) == {LICENCE}


# --- short references ------------------------------------------------------------------------


def test_the_same_rule_is_the_rule_named_before(said):
    text = (
        "The Commerce Department told Nvidia that H20 shipments to China would need a licence. "
        "AMD said its MI308 was caught by the same rule."
    )
    assert (LICENCE, "RESTRICTS", "amd-mi308") in said(text)


def test_a_reference_with_no_policy_before_is_nothing(found):
    assert not _policies(found("AMD said its MI308 was caught by the same rule."))


def test_a_vietnamese_reference_is_the_rule_named_before(said):
    text = "Mỹ ban hành lệnh hạn chế xuất khẩu vào năm 2022. Huawei nằm trong diện quy định này."
    assert (CONTROLS, "RESTRICTS", "huawei") in said(text, language="vi")


def test_a_vietnamese_reference_with_no_policy_before_is_nothing(found):
    assert not _policies(found("Huawei nằm trong diện quy định này.", language="vi"))


# --- listings, capitals and issuers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            (
                "The Commerce Department added Huawei to the Entity List in 2019, along with "
                "ByteDance."
            ),
        ),
        ("vi", "Bộ Thương mại Mỹ đưa Huawei vào Danh sách thực thể, cùng với ByteDance."),
    ],
)
def test_whoever_adds_a_company_to_a_list_issued_it(said, lang, text):
    facts = said(text, language=lang)
    assert ("us-commerce-department", "ISSUED", "entity-list") in facts
    assert ("entity-list", "RESTRICTS", "huawei") in facts
    assert ("entity-list", "RESTRICTS", "bytedance") in facts


def test_a_company_asking_off_a_list_issued_nothing(said):
    facts = said("Huawei asked the Commerce Department to take it off the Entity List.")
    assert ("huawei", "ISSUED", "entity-list") not in facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Huawei bị Washington đưa vào Danh sách thực thể năm 2019."),
        ("en", "Washington imposed the export controls in October 2022."),
    ],
)
def test_a_capital_acting_on_a_rule_is_its_state(said, lang, text):
    facts = said(text, language=lang)
    assert any(s == "united-states" and t == "ISSUED" for s, t, _ in facts)
    assert not any(s == "washington-dc" for s, _, _ in facts)


def test_a_capital_as_a_place_stays_a_place(found):
    result = found("Nvidia opened an office in Washington last year.")
    assert "washington-dc" in {e.id for e in result.entities}


def test_the_agency_in_a_possessive_keeps_the_list(said):
    text = (
        "Huawei is on the Entity List, maintained by the Commerce Department's Bureau of "
        "Industry and Security."
    )
    assert ("bis", "ISSUED", "entity-list") in said(text)


def test_a_place_chips_are_kept_from_issued_nothing(said):
    facts = said("The export controls bar such chips from China.")
    assert ("china", "ISSUED", CONTROLS) not in facts


def test_a_company_signing_a_rule_did_not_issue_it(said):
    facts = said(
        "Microsoft đã ký Bộ quy tắc thực hành mà Ủy ban châu Âu công bố hồi tháng 7.", language="vi"
    )
    assert ("european-commission", "ISSUED", "bo-quy-tac-thuc-hanh") in facts
    assert ("microsoft", "ISSUED", "bo-quy-tac-thuc-hanh") not in facts


def test_a_state_signing_a_rule_issued_it(said):
    facts = said("The United States signed the export controls into law in 2022.")
    assert ("united-states", "ISSUED", CONTROLS) in facts


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            (
                "ASML sells fewer scanners under the licensing rules the Netherlands introduced in "
                "2023."
            ),
            ("netherlands", "ISSUED", "licensing-rules"),
        ),
        (
            "vi",
            "Huawei bị ảnh hưởng bởi lệnh hạn chế xuất khẩu Mỹ ban hành năm 2022.",
            ("united-states", "ISSUED", CONTROLS),
        ),
    ],
)
def test_a_maker_in_a_relative_clause_without_that(said, lang, text, fact):
    assert fact in said(text, language=lang)


def test_a_maker_in_a_relative_clause_needs_a_making_verb(said):
    facts = said("ASML sells fewer scanners under the licensing rules the Netherlands praised.")
    assert ("netherlands", "ISSUED", "licensing-rules") not in facts


def test_a_rule_meant_to_hold_a_country_back_restricts_it(said):
    assert (CONTROLS, "RESTRICTS", "china") in said(
        "The export controls were meant to keep China two generations behind."
    )


def test_a_rule_meant_to_protect_a_country_does_not_restrict_it(said):
    assert (CONTROLS, "RESTRICTS", "china") not in said(
        "The export controls were meant to protect buyers in China from fraud."
    )


def test_a_charge_after_a_listing_is_not_its_target(said):
    facts = said(
        "Huawei bị đưa vào Danh sách thực thể với cáo buộc hỗ trợ Trung Quốc.", language="vi"
    )
    assert ("entity-list", "RESTRICTS", "china") not in facts


# --- a product after "on", blacklists, objects caught as well, peoples kept from chips ------


def test_controls_on_a_product_name_the_catalogue_policy_for_it(policy_catalogue):
    entries = ENTRIES + EXTRA + [
        _e("hbm", "High-bandwidth memory", "Hardware", ["HBM"]),
        _e("hbm-controls", "December 2024 export controls", "Policy", ["HBM export controls"],
           country="united-states"),
    ]  # fmt: skip
    path = Path(policy_catalogue).with_name("with-hbm.json")
    path.write_text(json.dumps({"version": 1, "entities": entries}), encoding="utf-8")
    text = "Export controls on HBM that the Commerce Department issued in December cut off China."
    result = extract([DocumentInput(text, language="en")], catalogue_path=str(path))
    facts = {(r.source, r.type, r.target) for r in result.relations}
    assert ("us-commerce-department", "ISSUED", "hbm-controls") in facts
    assert ("hbm-controls", "RESTRICTS", "hbm") in facts
    assert (CONTROLS, "RESTRICTS", "hbm") not in facts


def test_controls_on_a_product_with_no_catalogue_policy_stay_the_controls(said):
    facts = said("The export controls on the Nvidia H20 took effect in April.")
    assert (CONTROLS, "RESTRICTS", "nvidia-h20") in facts


def test_a_blacklist_of_a_state_is_its_catalogue_list(found):
    result = found("Huawei đã nằm trong danh sách đen của Washington từ năm 2019.", language="vi")
    facts = {(r.source, r.type, r.target) for r in result.relations}
    assert _policies(result) == {"entity-list"}
    assert ("entity-list", "RESTRICTS", "huawei") in facts


def test_a_blacklist_of_no_named_state_is_no_policy(found):
    assert not _policies(found("Huawei nói danh sách đen không ảnh hưởng nhiều.", language="vi"))


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            (
                "A year later the department tightened the export controls, and the A100 was caught "
                "as well."
            ),
            (CONTROLS, "RESTRICTS", "nvidia-a100"),
        ),
        (
            "vi",
            "Năm 2023, Mỹ siết lệnh hạn chế xuất khẩu, và chip A100 cũng bị chặn.",
            (CONTROLS, "RESTRICTS", "nvidia-a100"),
        ),
    ],
)
def test_what_a_tightened_rule_caught_as_well_is_restricted(said, lang, text, fact):
    assert fact in said(text, language=lang)


def test_what_was_caught_by_something_else_is_not_restricted(said):
    facts = said("The export controls stayed in place, and the A100 was caught by a fire.")
    assert (CONTROLS, "RESTRICTS", "nvidia-a100") not in facts


def test_a_rule_keeping_chips_from_a_peoples_buyers_restricts_their_state(said):
    facts = said(
        "The export controls have kept the A100, among others, out of Chinese buyers' hands."
    )
    assert (CONTROLS, "RESTRICTS", "china") in facts
    assert (CONTROLS, "RESTRICTS", "nvidia-a100") in facts


def test_a_rule_next_to_a_peoples_buyers_without_a_curbing_verb_restricts_nothing(said):
    facts = said("The export controls were discussed at length by Chinese buyers in Shanghai.")
    assert (CONTROLS, "RESTRICTS", "china") not in facts


# --- approvals ------------------------------------------------------------------------------

# (fact, language, a sentence that states it, a near miss)
APPROVALS = [
    (
        ("cac", "APPROVED", "qwen2.5"),
        "en",
        "The Cyberspace Administration of China has given regulatory approval to Qwen2.5.",
        "The Cyberspace Administration of China has given new guidance to Qwen2.5 users.",
    ),
    (
        ("cac", "APPROVED", "ernie"),
        "en",
        "Ernie became one of the first chatbots to be approved by the CAC.",
        "Ernie became one of the first chatbots to be criticised by the CAC.",
    ),
    (
        ("cac", "APPROVED", "qwen2.5"),
        "en",
        "The CAC's approval of Qwen2.5 came two weeks after the launch.",
        "The CAC's review of Qwen2.5 came two weeks after the launch.",
    ),
    (
        ("cac", "APPROVED", "qwen2.5"),
        "vi",
        "Qwen2.5 là một trong 40 mô hình vừa được Cục Quản lý Không gian mạng phê duyệt.",
        "Qwen2.5 là một trong 40 mô hình vừa được Cục Quản lý Không gian mạng nhắc tên.",
    ),
]


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), APPROVALS)
def test_an_approval_is_read(said, fact, lang, positive, negative):
    assert fact in said(positive, language=lang)


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), APPROVALS)
def test_a_near_approval_is_not_read(said, fact, lang, positive, negative):
    assert fact not in said(negative, language=lang)
