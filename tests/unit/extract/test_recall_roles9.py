"""People's ties (LEADS, WORKS_FOR, FOUNDED) told in more of the ways news phrases them.

Every sentence here is invented for the test: a role with no organisation of its own
going to the one the person founded ("X set up Y ... X is the chief executive"), two
titles before a name ("Co-founder and chief executive X", "Nhà sáng lập kiêm CEO X"),
a relative clause after an apposition ("X, a co-founder who left in 2018 and now runs
Y"), passives inside a "which" clause ("Y, which is based in Z and run by X"), a
Vietnamese relative "mà" ("hãng mà X vừa sáng lập vừa giữ ghế tổng giám đốc"), staff
posts ("a partner at the law firm Y", "formerly Y's chief scientist", "luật sư tại Y",
"named X as its new CTO"), a quoted expert's organisation in apposition ("TS X, Viện Y,
nhận định"), a move to run another organisation ("left A to run B"), a cabinet title
without its country, a list of founders each with an apposition, and a sentence subject
after an opening phrase ("Spun out of A in 2019, B is ..."). Each feature has a case that
must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a head's role with no organisation: the one the person founded
        (
            (
                "Mistral AI was set up in 2023 by Tobin Vale, a former researcher, with engineers "
                "who came from Meta and Google. Vale is the chief executive."
            ),
            "en",
            ("tobin-vale", "LEADS", "mistral-ai"),
        ),
        (
            (
                "Anthropic was founded by Dana Whitlock. Whitlock, who remains chief executive, "
                "said the trial had worked."
            ),
            "en",
            ("dana-whitlock", "LEADS", "anthropic"),
        ),
        # two titles joined before the name
        (
            (
                "Anthropic raised money last week. Co-founder and chief executive Dana Whitlock "
                "said revenue had doubled."
            ),
            "en",
            ("dana-whitlock", "FOUNDED", "anthropic"),
        ),
        (
            (
                "Anthropic vừa gọi vốn. Nhà sáng lập kiêm CEO Đoàn Minh Thư cho biết doanh thu "
                "tăng gấp đôi."
            ),
            "vi",
            ("doan-minh-thu", "FOUNDED", "anthropic"),
        ),
        (
            (
                "Anthropic vừa gọi vốn. Nhà sáng lập kiêm Tổng giám đốc Đoàn Minh Thư cho biết "
                "doanh thu tăng gấp đôi."
            ),
            "vi",
            ("doan-minh-thu", "LEADS", "anthropic"),
        ),
        (
            "Anthropic hired more staff. Dana Whitlock, another co-founder, left for Meta.",
            "en",
            ("dana-whitlock", "FOUNDED", "anthropic"),
        ),
        # a relative clause after an apposition, or after another verb of the clause
        (
            (
                "Dana Whitlock, a co-founder who left the board in 2018 and now runs rival xAI, "
                "is still suing."
            ),
            "en",
            ("dana-whitlock", "LEADS", "xai"),
        ),
        (
            (
                "The fund is led by Tobin Vale, a former telecoms executive who previously ran "
                "Aramco Digital."
            ),
            "en",
            ("tobin-vale", "LEADS", "aramco-digital"),
        ),
        (
            "Dana Whitlock, an economist who later co-founded Anthropic, spoke at the event.",
            "en",
            ("dana-whitlock", "FOUNDED", "anthropic"),
        ),
        # passives inside a "which" clause
        (
            (
                "Lam Research, which is headquartered in Fremont, California, and run by Tobin "
                "Vale, faces the same curbs."
            ),
            "en",
            ("tobin-vale", "LEADS", "lam-research"),
        ),
        (
            (
                "G42, which is chaired by the UAE's national security adviser Tobin Vale, is "
                "building a campus."
            ),
            "en",
            ("tobin-vale", "LEADS", "g42"),
        ),
        (
            (
                "Isomorphic Labs, spun out of Alphabet in 2021 and led by Dana Whitlock, "
                "raised money."
            ),
            "en",
            ("dana-whitlock", "LEADS", "isomorphic-labs"),
        ),
        (
            (
                "DeepSeek is a Hangzhou start-up. The start-up, which is bankrolled by the hedge "
                "fund High-Flyer and run by its founder Tobin Vale, released a model."
            ),
            "en",
            ("tobin-vale", "LEADS", "deepseek"),
        ),
        # Vietnamese: "mà" opens a relative clause; a founder who runs it too
        (
            (
                "Unitree Robotics, hãng robot mà ông Đoàn Minh Thư vừa sáng lập vừa giữ ghế tổng "
                "giám đốc, đặt trụ sở ở Hàng Châu."
            ),
            "vi",
            ("doan-minh-thu", "FOUNDED", "unitree"),
        ),
        (
            (
                "Unitree Robotics, hãng robot mà ông Đoàn Minh Thư vừa sáng lập vừa giữ ghế tổng "
                "giám đốc, đặt trụ sở ở Hàng Châu."
            ),
            "vi",
            ("doan-minh-thu", "LEADS", "unitree"),
        ),
        (
            (
                "DeepL là công ty dịch thuật ở Cologne. Công ty do ông Đoàn Minh Thư sáng lập năm "
                "2017 và hiện do ông làm CEO."
            ),
            "vi",
            ("doan-minh-thu", "LEADS", "deepl"),
        ),
        # staff posts
        (
            (
                "Dana Whitlock, a partner at the intellectual property firm Harbourline Legal in "
                "London, said so."
            ),
            "en",
            ("dana-whitlock", "WORKS_FOR", "harbourline-legal"),
        ),
        (
            "Mr Dana Whitlock, the Alibaba vice-president who runs the cloud business, spoke.",
            "en",
            ("dana-whitlock", "WORKS_FOR", "alibaba"),
        ),
        (
            "Tobin Vale, formerly Naver's top research scientist, now advises the president.",
            "en",
            ("tobin-vale", "WORKS_FOR", "naver"),
        ),
        (
            "Bà Đoàn Minh Thư, luật sư tại Công ty Luật Hòa Bình, lưu ý các hợp đồng.",
            "vi",
            ("doan-minh-thu", "WORKS_FOR", "luat-hoa-binh"),
        ),
        (
            '"Thị trường còn rộng", TS Đoàn Minh Thư, Viện Chiến lược Số Hà Nội, nhận định.',
            "vi",
            ("doan-minh-thu", "WORKS_FOR", "vien-chien-luoc-so-ha-noi"),
        ),
        (
            (
                "Anthropic lost a co-founder. The company parted ways with him and named Dana "
                "Whitlock as its new CTO."
            ),
            "en",
            ("dana-whitlock", "WORKS_FOR", "anthropic"),
        ),
        (
            (
                "Anthropic hired more staff. Tobin Vale, who co-founded OpenAI and spent a year at "
                "Google, signed on as chief scientist."
            ),
            "en",
            ("tobin-vale", "WORKS_FOR", "anthropic"),
        ),
        (
            "Huawei makes chips. Mr Tobin Vale, one of its rotating chairmen, said the tools work.",
            "en",
            ("tobin-vale", "LEADS", "huawei"),
        ),
        # a move to run another organisation
        (
            "Engineer Tobin Vale left Google in 2023 to run Anthropic.",
            "en",
            ("tobin-vale", "LEADS", "anthropic"),
        ),
        (
            "Ông Lâm Hữu Phước rời Baidu để dẫn dắt bộ phận AI của Alibaba.",
            "vi",
            ("lam-huu-phuoc", "WORKS_FOR", "alibaba"),
        ),
        # a cabinet title without its country: the holder's country
        (
            "Hai ngày trước đó, Bộ trưởng Thương mại Gina Raimondo công bố quy tắc mới.",
            "vi",
            ("gina-raimondo", "LEADS", "us-department-of-commerce"),
        ),
        # founders listed with an apposition each
        (
            (
                "Sakana AI có trụ sở ở Tokyo. Startup này được thành lập năm 2023 bởi ông Đoàn "
                "Minh Thư, cựu kỹ sư của Google, ông Lâm Hữu Phước, một nhà toán học, và bà Trần "
                "Gia Khang, từng là nhà ngoại giao."
            ),
            "vi",
            ("tran-gia-khang", "FOUNDED", "sakana-ai"),
        ),
        # the subject after an opening phrase, or a reference opening the sentence
        (
            (
                "Spun out of Tsinghua University in 2019, Zhipu is the oldest of the tigers. "
                "Chief executive Tobin Vale has kept up a brisk schedule."
            ),
            "en",
            ("tobin-vale", "LEADS", "zhipu-ai"),
        ),
        (
            (
                "OpenAI answered with o3. The San Francisco company said o3 beat Google's Gemini. "
                "Chief executive Tobin Vale presented the pair."
            ),
            "en",
            ("tobin-vale", "LEADS", "openai"),
        ),
        # a founder's head role goes to her own company, not one in view from before
        (
            (
                "Anthropic được thành lập năm 2021 bởi ông Đoàn Minh Thư. Nvidia cũng đầu tư vào "
                "nhiều startup. Nhóm của ông Thư, hiện là CEO, tập trung vào mô hình nhỏ."
            ),
            "vi",
            ("doan-minh-thu", "LEADS", "anthropic"),
        ),
        # a two-letter name after its title
        (
            "Quỹ của nhà sáng lập Spotify Daniel Ek rót vốn. Ông Ek hiện cũng là Chủ tịch Helsing.",
            "vi",
            ("daniel-ek", "LEADS", "helsing"),
        ),
        # a company named as a person's own
        (
            (
                "Engineer Tobin Vale left for Meta in May, after turning down an offer from Mark "
                "Zuckerberg's company a year earlier."
            ),
            "en",
            ("mark-zuckerberg", "LEADS", "meta-platforms"),
        ),
        (
            (
                "FPT là tập đoàn công nghệ lớn nhất Việt Nam. Năm ngoái, tập đoàn của ông Trương "
                "Gia Bình mở thêm hai trung tâm dữ liệu."
            ),
            "vi",
            ("truong-gia-binh", "LEADS", "fpt"),
        ),
    ],
)
def test_people_ties_in_more_phrasings(text, lang, fact):
    _, facts = found_in(text, lang)
    assert fact in facts, facts


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        # a person tied to two companies: the role stays unplaced
        (
            "Tobin Vale co-founded Mistral AI and later Cohere. Vale is the chief executive.",
            "en",
            ("tobin-vale", "LEADS", "mistral-ai"),
        ),
        # "his co-founder": a fellow of another person's, not the subject's founder
        (
            (
                "Google said it would hire the editor's chief executive and his co-founder Dana "
                "Whitlock."
            ),
            "en",
            ("dana-whitlock", "FOUNDED", "google"),
        ),
        # the object of an earlier participle is not what the passive describes
        (
            (
                "Isomorphic Labs, spun out of Alphabet in 2021 and led by Dana Whitlock, "
                "raised money."
            ),
            "en",
            ("dana-whitlock", "LEADS", "alphabet"),
        ),
        (
            (
                "DeepSeek is a Hangzhou start-up. The start-up, which is bankrolled by the hedge "
                "fund High-Flyer and run by its founder Tobin Vale, released a model."
            ),
            "en",
            ("tobin-vale", "FOUNDED", "high-flyer"),
        ),
        # a relative clause's verb with a part of the firm: not the firm
        (
            (
                "Mr Dana Whitlock, an engineer who joined in 2018 and now runs research at Google, "
                "spoke."
            ),
            "en",
            ("dana-whitlock", "LEADS", "google"),
        ),
        # Vietnamese: a new list item after "cũng như"; a founding only proposed
        (
            (
                "Hàng Châu có DeepSeek, công ty do ông Đoàn Minh Thư sáng lập, cũng như Unitree "
                "Robotics, hãng robot lớn."
            ),
            "vi",
            ("doan-minh-thu", "FOUNDED", "unitree"),
        ),
        (
            "Tại hội nghị, Thủ tướng Lý Cường đề xuất thành lập Tổ chức Hợp tác AI Thế giới.",
            "vi",
            ("li-qiang", "FOUNDED", "tổ-chức-hợp-tác-ai-thế-giới"),
        ),
        # an organisation in apposition without a verb of saying is no employer
        (
            "Bà Đoàn Minh Thư, Viettel, FPT và VNPT đã ký thỏa thuận.",
            "vi",
            ("doan-minh-thu", "WORKS_FOR", "viettel"),
        ),
        # running a part of the new organisation is working for it, not leading it
        (
            "Ông Lâm Hữu Phước rời Baidu để dẫn dắt bộ phận AI của Alibaba.",
            "vi",
            ("lam-huu-phuoc", "LEADS", "alibaba"),
        ),
        # a cabinet title whose holder has no known country gives nothing
        (
            "Bộ trưởng Thương mại Đoàn Minh Thư công bố quy tắc mới.",
            "vi",
            ("doan-minh-thu", "LEADS", "us-department-of-commerce"),
        ),
        # a list of people with appositions not closed by "và" is no list of founders
        (
            (
                "Sakana AI có trụ sở ở Tokyo. Startup này được thành lập năm 2023 bởi ông Đoàn "
                "Minh Thư, cựu kỹ sư của Google, ông Lâm Hữu Phước cho biết."
            ),
            "vi",
            ("lam-huu-phuoc", "FOUNDED", "sakana-ai"),
        ),
        # the subject invests in a person's company: not the person's own
        (
            "Microsoft has invested $13 billion in Sam Altman's company.",
            "en",
            ("sam-altman", "LEADS", "microsoft"),
        ),
        # an apposition after a comma is no sentence subject ("..., the venture that")
        (
            (
                "MGX is an Abu Dhabi fund. In January it joined as a partner in Stargate, the "
                "venture that SoftBank and Oracle back. Chief executive Tobin Vale spoke."
            ),
            "en",
            ("tobin-vale", "LEADS", "stargate"),
        ),
    ],
)
def test_people_ties_that_must_not_be_read(text, lang, fact):
    _, facts = found_in(text, lang)
    assert fact not in facts, facts
