"""A fact its subject reports of itself ("X said it would use Y") is read through the frame."""

from __future__ import annotations

import pytest

from extract.relations.reported import unframed
from tests.unit.extract.facts import found_in, has_fact


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        ("Samsung said it would use Gemini in its phones.", "en", ("samsung-electronics", "USES", "gemini")),
        ("Nvidia announced that it will partner with Foxconn on a new factory.", "en", ("nvidia", "PARTNERS_WITH", "foxconn")),
        ("Baidu announced it would integrate DeepSeek-R1 into its search engine.", "en", ("baidu", "USES", "deepseek-r1")),
        ("Oracle has said it would partner with xAI.", "en", ("oracle", "PARTNERS_WITH", "xai")),
        ("Microsoft told reporters it plans to deploy Grok on Azure.", "en", ("microsoft", "USES", "grok")),
        ("Apple said on Tuesday that the company would partner with OpenAI.", "en", ("apple", "PARTNERS_WITH", "openai")),
        ("Xiaomi confirmed they were working with Nvidia on a chip.", "en", ("xiaomi", "PARTNERS_WITH", "nvidia")),
        ("Elon Musk said he would partner with Nvidia.", "en", ("elon-musk", "PARTNERS_WITH", "nvidia")),
        ("Samsung cho biết sẽ sử dụng Gemini trên điện thoại.", "vi", ("samsung-electronics", "USES", "gemini")),
        ("Nvidia tuyên bố rằng họ đã hợp tác với Foxconn.", "vi", ("nvidia", "PARTNERS_WITH", "foxconn")),
        ("Baidu xác nhận hãng đang tích hợp DeepSeek-R1 vào công cụ tìm kiếm.", "vi", ("baidu", "USES", "deepseek-r1")),
        ("Meta cho biết hôm thứ Ba rằng họ đã ra mắt Llama 4.", "vi", ("meta-platforms", "DEVELOPED", "llama-4")),
        ("Apple thông báo công ty này sẽ hợp tác với OpenAI.", "vi", ("apple", "PARTNERS_WITH", "openai")),
    ],
)  # fmt: skip
def test_a_fact_reported_by_its_subject_is_found(text, lang, fact):
    assert has_fact(found_in(text, lang)[1], fact)


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # another subject in the reported clause
        ("Samsung said Google would use Gemini in its phones.", "en", ("samsung-electronics", "USES", "gemini")),
        ("Nvidia said Foxconn would partner with Apple.", "en", ("nvidia", "PARTNERS_WITH", "apple")),
        ("Nvidia khẳng định Foxconn sẽ hợp tác với Apple.", "vi", ("nvidia", "PARTNERS_WITH", "apple")),
        ("Samsung cho biết Google sẽ sử dụng Gemini.", "vi", ("samsung-electronics", "USES", "gemini")),
        # denied or negated
        ("Samsung said it would not use Gemini.", "en", ("samsung-electronics", "USES", "gemini")),
        ("Tencent said they would never partner with OpenAI.", "en", ("tencent", "PARTNERS_WITH", "openai")),
        ("Oracle denied it had partnered with xAI.", "en", ("oracle", "PARTNERS_WITH", "xai")),
        ("Samsung cho biết sẽ không sử dụng Gemini.", "vi", ("samsung-electronics", "USES", "gemini")),
        ("Apple tuyên bố họ chưa hợp tác với Huawei.", "vi", ("apple", "PARTNERS_WITH", "huawei")),
    ],
)  # fmt: skip
def test_a_clause_of_another_subject_or_a_denial_gives_no_fact(text, lang, fact):
    assert not has_fact(found_in(text, lang)[1], fact)


@pytest.mark.parametrize(
    ("words", "lang", "person", "bare"),
    [
        (" said it would use ", "en", False, " would use "),
        (" told reporters on a call that they plan to buy ", "en", False, " plan to buy "),
        (" said he would join ", "en", True, " would join "),
        (" cho biết sẽ dùng ", "vi", False, " sẽ dùng "),
        (" xác nhận rằng hãng chip này đã mua ", "vi", False, " đã mua "),
        (" tuyên bố rằng ông đã gia nhập ", "vi", True, " đã gia nhập "),
        (" said google would use ", "en", False, None),
        (" said it would use ", "en", True, None),
        (" denied it had used ", "en", False, None),
        (" cho biết google sẽ dùng ", "vi", False, None),
        (" cho biết hãng sẽ dùng ", "vi", True, None),
    ],
)
def test_unframed_takes_off_only_a_frame_of_the_same_subject(words, lang, person, bare):
    assert unframed(words, lang, person) == bare
