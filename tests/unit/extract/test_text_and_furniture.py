"""Sentence splitting, name keys, slugs, language detection and page furniture."""

from __future__ import annotations

from extract.furniture import furniture
from extract.language import blank, detect_language
from extract.text import name_key, slug, split_sentences


def test_sentences_keep_their_spans_in_the_text():
    text = "Dr. Lee joined in 2023. The U.S. lab grew!\nA heading\nVersion 2.5 shipped."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Dr. Lee joined in 2023.",
        "The U.S. lab grew!",
        "A heading",
        "Version 2.5 shipped.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2, 3]


def test_vietnamese_dates_with_dots_do_not_end_sentences():
    (s,) = split_sentences("Mô hình ra mắt hôm 25.12 và được chú ý.")
    assert s.text.endswith("chú ý.")


def test_chained_initials_do_not_end_sentences():
    text = "Chairman T.K. Lin met the board. Later B.J. Park spoke. It ended in chaos."
    assert [s.text for s in split_sentences(text)] == [
        "Chairman T.K. Lin met the board.",
        "Later B.J. Park spoke.",
        "It ended in chaos.",
    ]


def test_name_keys_ignore_case_spaces_and_hyphens():
    assert name_key("Qwen 2.5") == name_key("qwen2.5")
    assert name_key("DeepSeek-R1") == name_key("Deepseek R1")


def test_slugs_are_ascii():
    assert slug("Trần Thu Hà") == "tran-thu-ha"
    assert slug("Đà Nẵng") == "da-nang"


def test_language_is_detected_from_vietnamese_letters():
    assert detect_language("Công ty này vừa ra mắt một mô hình mới tại Hà Nội.") == "vi"
    assert detect_language("The company launched a new model in Hanoi.") == "en"


def test_vietnamese_tokenizer_splits_punctuation():
    words = [t.text for t in blank("vi")("Mô hình R1, o1.")]
    assert words == ["Mô", "hình", "R1", ",", "o1", "."]


def test_furniture_marks_bylines_images_credits_and_footers():
    text = (
        "Tiêu đề bài báo\n"
        "Lan Chi 02/02/2025 10:15\n\n"
        "Công ty A ra mắt sản phẩm mới tại hội chợ lớn nhất năm nay, với nhiều khách.\n"
        "anh-minh-hoa.jpg\n"
        "Khách tham quan gian hàng - Ảnh: Reuters\n"
        "(3) Bình luận\n"
        "Tin khác về thời tiết\n"
    )
    parts = [text[a:b].strip() for a, b in furniture(text)]
    assert "Lan Chi 02/02/2025 10:15" in parts
    assert "anh-minh-hoa.jpg" in parts
    assert any(p.endswith("Ảnh: Reuters") for p in parts)
    assert any(p.startswith("(3) Bình luận") and p.endswith("Tin khác về thời tiết") for p in parts)
    assert not any("ra mắt sản phẩm" in p for p in parts)


def test_footer_headlines_do_not_produce_relations(triples):
    body = "Huawei là đối thủ của Nvidia tại thị trường nội địa. " * 6
    text = body + "\n(0) Bình luận\nĐừng bỏ lỡ\nAlibaba đã hợp tác với DeepSeek trong dự án mới.\n"
    found = triples(text, language="vi")
    assert ("huawei", "COMPETES_WITH", "nvidia") in found
    assert not any("alibaba" in t for t in found)


def test_related_box_keeps_its_facts(triples):
    text = (
        "Huawei là đối thủ của Nvidia tại thị trường nội địa.\n"
        "Bài liên quan\n"
        "OpenAI đã phát hành GPT-4o cho người dùng trả phí.\n"
    )
    assert ("openai", "DEVELOPED", "gpt-4o") in triples(text, language="vi")
