"""Rules for making and having things: DEVELOPED, OWNS (hardware: `rules_hardware`).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from dataclasses import replace

from extract.relations.rule import (
    EN_MADE_TAIL,
    EN_MAKE,
    MADE,
    ORG,
    PASSIVE_TAIL,
    VI_MAKE,
    PairRule,
    rule,
)

# goods named after their maker ("Huawei chips", "Nvidia's GPUs"): buying them buys no company
GOODS_OF_ORG = (
    r"(?:[\w-]+\s+)?(?:chips?|processors?|gpus?|accelerators?|hardware|servers?|"
    r"supercomputers?|systems|semiconductors|memory|products|phones|equipment|tools|machines|"
    r"technology|services|cloud|models|software)\b"
)

# "Tencent, tập đoàn sở hữu nhiều trò chơi trực tuyến, vừa ra mắt Hunyuan": an apposition set off by
# commas (or brackets) between a subject and its verb; {wN} counts from after it
APPOSED = r"(?:(?:,|\() (?:\S+ ){1,16}(?:,|\)) )?"

# platforms people use, which news calls their company's rather than its product
_VI_PLATFORM = (
    r"ứng dụng nhắn tin|ứng dụng mạng xã hội|mạng xã hội|siêu ứng dụng|kho ứng dụng|"
    r"cửa hàng ứng dụng|ứng dụng video|nền tảng video|nền tảng mạng xã hội|công cụ tìm kiếm|"
    r"sàn thương mại điện tử|nền tảng thương mại điện tử"
)
# products a company builds rather than runs: what follows the name says so
# a product noun that names a thing built (a device, not a service it runs)
_EN_MADE_KIND = (
    r"(?:(?:humanoid|robot|system|phone|smartphone|handset|laptop|tablet|car|vehicle|EV|headset|"
    r"wearable|device|PC|computer|glass)(?:e?s)?|series|lineup|line-up)\b"
)
# a product whose own name ends in what it is ("the G1 humanoid", "Rokid Glasses"): read at
# the end of the name, so it is a lookbehind (one per word: each has its own width)
_MADE_WORDS = (
    "humanoid", "humanoids", "robot", "robots", "glasses", "phone", "phones", "smartphone",
    "laptop", "tablet", "headset", "car", "vehicle", "device", "computer", "series",
)  # fmt: skip
_EN_MADE_NAME = "".join(f"(?<!{w})" for w in _MADE_WORDS)
_EN_ASSISTANT = (
    r"(?:(?:ai )?(?:chatbot|assistant|agent|model|coding tool|chat app)s?\b|" + _EN_MADE_KIND + ")"
)
_EN_PLATFORM = (
    r"messaging app|social network|social media platform|social-media platform|super-app|"
    r"super app|app store|video app|short-video app|video platform|video-sharing app|"
    r"search engine|e-commerce platform|online marketplace|chat app"
)

# putting a product on the market (the maker, not a shop: only with the thing right after)
_EN_SELL = (
    r"(?:started selling|began selling|starts selling|begins selling|started shipping|"
    r"began shipping|brought out|brings out|put on sale|put together|assembled)"
)
# "chip X tự phát triển", "mô hình do chính hãng thiết kế": made by the clause's own subject
VI_OWN_MAKE = (
    r"\s*(?:do (?:chính )?(?:hãng|công ty|tập đoàn|họ) )?(?:tự|chính hãng) (?:phát triển|"
    r"thiết kế|sản xuất|chế tạo|xây dựng|làm)\b"
)

# the partner ends its phrase: not "trained with Nvidia chips", "built with Alibaba's Qwen"
_MAKER_ENDS = (
    r"(?!\s*(?:'s|’s))(?=\s*(?:[,.;:)]|\(|and\b|và\b|in\b|on\b|at\b|for\b|to\b|last\b|this\b|"
    r"earlier\b|tại\b|ở\b|để\b|nhằm\b|từ\b|vào\b|hồi\b|năm\b|$))"
)

RULES: tuple[PairRule, ...] = (
    # DEVELOPED: Organization, Person -> AIModel, Product, Benchmark (hardware: MANUFACTURES)
    rule(
        "developed.vi.verb",
        "DEVELOPED",
        "vi",
        # "do ông Y làm tổng giám đốc, phát triển Z": the subject is the company, not Y
        r"(?!(?:.* )?(?:làm|giữ chức|là) (?:tổng giám đốc|giám đốc|chủ tịch|ceo|lãnh đạo) )"
        + APPOSED
        + r"{w5}"
        + VI_MAKE
        + r" {w7}",
        0.8,
        tgt=MADE,
    ),
    rule("developed.vi.possessive", "DEVELOPED", "vi", r"{w2}(?:của|thuộc) ", 0.7, True, tgt=MADE),
    rule("developed.vi.from", "DEVELOPED", "vi", r"{w1}(?:từ|đến từ) {w1}", 0.65, True, tgt=MADE),
    rule(
        "developed.vi.passive",
        "DEVELOPED",
        "vi",
        r"{w8}(?:được|do|bởi) {w5}",
        0.8,
        True,
        tgt=MADE,
        tail=PASSIVE_TAIL,
    ),
    # "X mà Y vừa ra mắt": an object relative names the maker
    rule(
        "developed.vi.relative",
        "DEVELOPED",
        "vi",
        r"{w4}mà (?:công ty |hãng |tập đoàn |startup |nhóm )?",
        0.75,
        True,
        tgt=MADE,
        tail=PASSIVE_TAIL,
    ),
    # "R1, mô hình suy luận mới nhất của startup DeepSeek": a long Vietnamese apposition
    rule(
        "developed.vi.apposition",
        "DEVELOPED",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:mô hình|chatbot|trợ lý|ứng dụng|công cụ|sản phẩm|phiên bản|dòng|"
        r"hệ thống|nền tảng|bộ|trình|bảng xếp hạng|bài kiểm tra)(?: \S+){0,9} (?:của|thuộc) "
        r"(?:công ty |hãng |tập đoàn |startup |nhóm |phòng thí nghiệm |\S+ ){0,3}",
        0.7,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.en.verb",
        "DEVELOPED",
        "en",
        # not "X's models are trained on Z" (X's Y is the subject) nor "... built on Z" (a base)
        r"(?!'s )(?!(?:.* )?(?:built on|based on|built atop|derived from|distilled from|"
        r"fine-tuned from|fine-tuned on|on top of|(?:trained|served|run|hosted)(?: and \S+)? on) )"
        + APPOSED
        + r"{w5}"
        + EN_MAKE
        + r" {w6}",
        0.8,
        tgt=MADE,
    ),
    rule(
        "developed.en.possessive",
        "DEVELOPED",
        "en",
        r"'s (?!(?:rivals?|competitors?|partners?|investors?|customers?|users?) ){w3}",
        0.75,
        tgt="AIModel Benchmark",
    ),
    rule(
        "developed.en.its",
        "DEVELOPED",
        "en",
        # " ?": "its GPT-4o" leaves a bare space between the two names
        r" ?(?:(?!(?:for|on|in|against|with|at|about) )\S+ ){0,3}",  # not "its charts for AIME"
        0.7,
        tgt="AIModel Benchmark",
        left=r"its|their",
    ),
    # "its Doubao assistant", "their coding agent Claude Code": a product it built
    rule(
        "developed.en.its_assistant",
        "DEVELOPED",
        "en",
        r" ?(?:\S+ ){0,2}",
        0.6,  # weak: the sentence is seldom about the making (nor dates it)
        tgt="Product",
        tail=r"\s+" + _EN_ASSISTANT,
        left=r"its|their",
    ),
    rule(
        "developed.en.relative",
        "DEVELOPED",
        "en",
        r"{w1}(?:,|\(|-|–) {w5}(?:that |which )?",
        0.7,
        True,
        tgt=MADE,
        tail=EN_MADE_TAIL,
    ),
    # "the model that OpenAI released in May" (no comma: the relative rule above needs one)
    rule(
        "developed.en.relative_that",
        "DEVELOPED",
        "en",
        r"{w3}(?:that|which) (?:the )?",
        0.7,
        True,
        tgt=MADE,
        tail=EN_MADE_TAIL,
    ),
    # "LMArena, which grew out of a research project at UC Berkeley": where it began
    rule(
        "developed.en.project_at",
        "DEVELOPED",
        "en",
        r"{w6}(?:began|begun|started|grew out|emerged|originated|spun out|came out) (?:as|of|from) "
        r"(?:a |an )?(?:\S+ ){0,2}(?:project|effort|experiment|initiative) (?:of|at|from|by) "
        r"(?:researchers |academics |a team |students )?(?:at |from )?(?:the )?",
        0.65,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.vi.project_at",
        "DEVELOPED",
        "vi",
        r"{w6}(?:khởi đầu|bắt đầu|ra đời|xuất phát|khởi nguồn) (?:là |từ |như )(?:một )?(?:dự án|"
        r"đề tài|thử nghiệm)(?: \S+){0,2} (?:của|tại|ở) (?:các |nhóm )?(?:nhà nghiên cứu |"
        r"nghiên cứu )?(?:tại |ở |của )?",
        0.65,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.en.work_of",
        "DEVELOPED",
        "en",
        r"{w4}(?:the )?(?:work|project|brainchild|creation) of (?:researchers |engineers |a team )?"
        r"(?:at |from )?(?:the )?",
        0.65,
        True,
        tgt=MADE,
    ),
    rule(
        "developed.en.behind",
        "DEVELOPED",
        "en",
        r"(?:,|\(|-|–) (?:the |a |an |one of the )(?:\S+ ){0,3}(?:behind|maker of|creator of|"
        r"developer of|builder of|co-creator of|co-developer of|co-inventor of|inventor of|"
        r"architect of|creators of|developers of|(?:that|which) (?:makes|built|created|developed)) "
        r"(?:the |its )?",
        0.75,
        tgt=MADE,
    ),
    rule(
        "developed.en.behind_ref",
        "DEVELOPED",
        "en",
        r"(?:behind|maker of|creator of|developer of) (?:the |its )?",
        0.75,
        tgt=MADE,
        left=r"(?:the |this |that )?(?:\S+ )?(?:start-?up|company|firm|lab|group|developer|team)",
    ),
    rule(
        "developed.vi.behind",
        "DEVELOPED",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:(?:công ty|hãng|startup|nhóm|tập đoàn|đơn vị)(?: \S+){0,3} đứng sau|"
        r"cha đẻ(?: của)?|nhà phát triển(?: của)?|đơn vị chủ quản(?: của)?|(?:một trong những )?"
        r"người (?:đồng )?(?:sáng tạo ra|tạo ra|phát triển|xây dựng)|đồng tác giả(?: của)?|"
        r"kiến trúc sư(?: trưởng)?(?: của)?) "
        r"(?:mô hình |ứng dụng |chatbot |trợ lý |công cụ )?",
        0.75,
        tgt=MADE,
    ),
    # "the DeepSeek-built R1", "an Alibaba-developed model called Qwen": a hyphenated maker
    rule(
        "developed.en.maker_adjective",
        "DEVELOPED",
        "en",
        r"-(?:developed|built|made|designed|trained|created) (?:\S+ ){0,3}",
        0.75,
        tgt=MADE,
    ),
    # "Qwen3, Alibaba's newest model, ...": an apposition names the maker
    rule(
        "developed.en.apposition_possessive",
        "DEVELOPED",
        "en",
        r"(?:,|\(|-|–) (?:the |a )?",
        0.75,
        True,
        tgt=MADE,
        tail=r"\s*(?:'s|’s)\s+(?:\S+\s+){0,3}(?:model|llm|chatbot|assistant|agent|system|"
        r"benchmark|test|leaderboard|app|tool)s?\b",
    ),
    # "Moonshot, whose Kimi chatbot ...": a relative possessive names the maker
    rule(
        "developed.en.whose",
        "DEVELOPED",
        "en",
        r"(?:,|\(|-|–) whose (?:own |new |latest )?",
        0.75,
        tgt=MADE,
    ),
    rule(
        "developed.en.by",
        "DEVELOPED",
        "en",
        # not "approval from Y", "funding from Y": Y neither made nor released X
        r"(?!(?:.* )?(?:approval|green light|go-ahead|clearance|licen[cs]es?|permission|criticism|"
        r"pressure|competition|funding|investment|backing|support|rivals?|demand|researchers|"
        r"engineers|staff|talent|executives|employees|hires) (?:from|by) )"
        # nor "was integrated into Siri by Apple": Y put the model in, it did not make it
        r"(?!(?:.* )?(?:integrated|embedded|built|baked|plugged|added) into )"
        r"{w6}(?:from|by|made by|developed by|built by|created by|released by|launched by|"
        r"unveiled by|trained by|(?:is|was) (?:made|developed|built|created|released|launched) by) "
        r"{w2}",
        0.7,
        True,
        tgt=MADE,
    ),
    # "AlphaFold 3, which it unveiled with Google DeepMind", "RuiPath, được phát triển cùng
    # Huawei": the partner a thing was made with is one of its makers (not a supplier: "trained
    # with Nvidia chips", "built with Alibaba's Qwen")
    rule(
        "developed.en.made_with",
        "DEVELOPED",
        "en",
        r"{w4}(?:developed|built|co-developed|created|designed|unveiled|launched|released|"
        r"introduced) (?:jointly |together )?(?:with|together with|alongside|in partnership with|"
        r"in collaboration with) (?:the )?",
        0.65,
        True,
        src=ORG,
        tgt=MADE,
        tail=_MAKER_ENDS,
    ),
    rule(
        "developed.vi.made_with",
        "DEVELOPED",
        "vi",
        r"{w4}(?:được )?(?:phát triển|xây dựng|thiết kế|huấn luyện|tạo ra|ra mắt|công bố) "
        r"(?:cùng|cùng với|phối hợp với|hợp tác với|với sự hợp tác của) "
        r"(?:hãng |công ty |tập đoàn |tổ chức )?",
        0.65,
        True,
        src=ORG,
        tgt=MADE,
        tail=_MAKER_ENDS,
    ),
    # OWNS: Organization -> Organization, Product
    # "took a controlling stake in Y", "mua lại phần lớn cổ phần của Y": a majority owner owns
    rule(
        "owns.en.majority_stake",
        "OWNS",
        "en",
        r"{w4}(?:acquired|acquires|acquiring|bought|buys|buying|took|takes|taking|purchased|"
        r"purchases|holds|held|owns|has|had|built|gained|secured|agreed to buy|will buy|"
        r"agreed to acquire|will acquire) (?:a |an |its )?(?:\S+ )?(?:majority|controlling|"
        r"51 ?%|\d{2,3} ?% majority) (?:stake|interest|shareholding|holding|share|ownership) "
        r"(?:in|of) (?:the )?",
        0.8,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "owns.vi.majority_stake",
        "OWNS",
        "vi",
        r"{w4}(?<!không )(?<!chưa )(?:mua lại|mua|nắm|nắm giữ|sở hữu|thâu tóm|giành) "
        r"(?:phần lớn|đa số|quyền chi phối|phần chi phối) (?:cổ phần|vốn|cổ phiếu) "
        r"(?:của |tại |ở |trong )?(?:công ty |hãng |startup )?",
        0.8,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "owns.vi.apposition",
        "OWNS",
        "vi",
        r"{w1}(?:\(|,|-|–) (?:là )?(?:chủ sở hữu|công ty mẹ của|công ty mẹ|sở hữu|đơn vị sở hữu) {w3}",
        0.9,
        src=ORG,
    ),
    rule(
        "owns.vi.verb",
        "OWNS",
        "vi",
        r"{w3}(?<!không )(?<!chưa )(?<!chẳng )(?<!không hề )(?<!thuộc )(?<!thuộc quyền )(?:sở hữu|mua lại|thâu tóm|là công ty mẹ của|là chủ sở hữu của|nắm quyền kiểm soát|"
        r"hoàn tất (?:việc |thương vụ )?mua lại|thôn tính|sáp nhập) (?!(?:\S+ )?cổ phần ){w4}",
        0.8,
        src=ORG,
        # "do Y, cựu lãnh đạo X, sáng lập, sở hữu Z": X sits inside the founder clause
        head=r"(?<!lãnh đạo )(?<!nhân viên )(?<!giám đốc )$",
    ),
    # "Atlassian chi 610 triệu USD mua The Browser Company": money paid to buy a company
    rule(
        "owns.vi.bought",
        "OWNS",
        "vi",
        r"{w3}(?<!không )(?<!chưa )(?:chi|chi ra|bỏ|bỏ ra|trả|dùng|đổ) (?:khoảng |hơn |gần |tới |"
        r"đến )?\S+ (?:\S+ ){0,2}?(?:usd|đô la|đồng|nhân dân tệ|yen|euro|won|\$) (?:để )?"
        r"(?:mua|mua lại|thâu tóm|thôn tính) (?:lại )?(?:toàn bộ )?(?:công ty |hãng |startup |"
        r"công ty khởi nghiệp |nền tảng |ứng dụng )?",
        0.8,
        src=ORG,
    ),
    rule(
        "owns.vi.passive",
        "OWNS",
        "vi",
        r"{w3}(?:thuộc sở hữu của|thuộc sở hữu|thuộc quyền sở hữu của|do|được) {w2}",
        0.8,
        True,
        src=ORG,
        tail=r"\s*(?:sở hữu|mua lại|thâu tóm)",
        # "Công ty trong hệ sinh thái Vingroup đã được Nvidia mua lại": not Vingroup, bought
        head=r"(?<!của )(?<!trong )(?<!thuộc )(?<!hệ sinh thái )$",
    ),
    # "PDD Holdings, công ty mẹ của Pinduoduo và Temu": the owner in an apposition
    rule(
        "owns.vi.apposition",
        "OWNS",
        "vi",
        r"{w1}(?:,|\(|-|–) (?:là )?(?:công ty mẹ|tập đoàn mẹ|chủ sở hữu|chủ quản) (?:của )?{w3}",
        0.85,
        src=ORG,
    ),
    # "Lazada (, sàn) thuộc sở hữu của Alibaba": the thing owned before, its owner after
    rule(
        "owns.vi.owned_by",
        "OWNS",
        "vi",
        r"(?:(?:,|\(|-|–|là) (?:\S+ ){0,5})?(?:thuộc sở hữu của|thuộc quyền sở hữu của) ",
        0.75,
        True,
        src=ORG,
        tgt="Organization Product",
    ),
    rule(
        "owns.vi.belongs",
        "OWNS",
        "vi",
        r"{w1}(?:thuộc sở hữu của|thuộc sở hữu|thuộc) {w1}",
        0.75,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.apposition",
        "OWNS",
        "en",
        r"{w1}(?:\(|,|-|–) (?:the |which |that )?(?:owner of|parent of|parent company of|owns|"
        r"which owns) {w3}",
        0.9,
        src=ORG,
    ),
    rule(
        "owns.en.verb",
        "OWNS",
        "en",
        r"{w3}(?:owns|owned(?! by )|acquired(?! by )|acquires|bought(?! by )|buys|has acquired|took over|takes over|"
        r"purchased|controls|is the parent of|is the owner of|snapped up|"
        r"took (?:full |majority )?control of|completed (?:its |the |a )?(?:\S+ ){0,3}?"
        r"(?:acquisition|purchase|takeover) of|agreed to (?:buy|acquire)|is buying|is acquiring)"
        r" (?!(?:a |an |its |their )?(?:\S+ )?(?:stake|shares?|minority) ){w3}",
        0.8,
        src=ORG,
        tail=r"(?!\s+(?:'s\s+|’s\s+)?" + GOODS_OF_ORG + r")",  # "bought Huawei chips": goods
    ),
    rule(
        "owns.en.passive",
        "OWNS",
        "en",
        r"{w3}(?:owned by|acquired by|bought by|a subsidiary of|subsidiary of|controlled by|"
        r"a unit of|part of) {w2}",
        0.8,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.owned_by",
        "OWNS",
        "en",
        r"(?!.* (?:which|that) )(?:, (?:\S+ ){1,6}, )?{w2}(?:is |was )?(?:majority-|wholly-|"
        r"wholly |majority |partly |fully )?(?:owned|controlled) by {w2}",
        0.8,
        True,
        src=ORG,
        tgt=ORG,
    ),
    # "A, B, which is controlled by X": the relative clause tells of its own name only
    replace(
        rule(
            "owns.en.owned_by_which",
            "OWNS",
            "en",
            r"(?:, )?(?:which|that) (?:is |was |has been |are |were )?(?:majority-|wholly-|"
            r"wholly |majority |partly |fully )?(?:owned|controlled) by {w2}",
            0.8,
            True,
            src=ORG,
            tgt=ORG,
        ),
        expand="right",
    ),
    rule(
        "owns.en.possessive",
        "OWNS",
        "en",
        # not "Google's open-source Gemini CLI": a tool given away is one it made
        r"'s (?!open-source |open-weight |open source )(?:subsidiary|unit|app|platform|service )?"
        r"{w2}",
        0.75,
        src=ORG,
        tgt="Product",
        # "Unitree's H1 humanoids", "Unitree's G1 humanoid": things it built
        tail=_EN_MADE_NAME + r"(?!\s+" + _EN_MADE_KIND + r")",
    ),
    rule(
        "developed.en.possessive_made",
        "DEVELOPED",
        "en",
        r"'s (?:\S+ ){0,2}",
        0.7,
        src=ORG,
        tgt="Product",
        tail=r"\s+" + _EN_MADE_KIND,
    ),
    # "Humain, launched in May by the Public Investment Fund": a company set up by another
    rule(
        "owns.en.set_up_by",
        "OWNS",
        "en",
        # not "founded by former Google engineers": people, not the company, set it up
        r"(?!.*\b(?:former|ex|alumni|veterans)\b)(?:,|\() (?:(?:a |an |the )(?:[\w-]+ ){0,4})?"
        r"(?:which |that )?(?:was |is )?(?:set up|founded|established|launched|created|formed|"
        r"incubated|spun off|spun out|started|co-founded) (?:in (?:\S+ ){1,2}|last \S+ |"
        r"this \S+ )?by (?:the )?(?:\S+ (?:'s )?){0,2}",
        0.7,
        True,
        src=ORG,
        tgt=ORG,
        tail=r"(?!\s*(?:'s|’s)|\s+(?:engineers|researchers|employees|veterans|alumni|executives|"
        r"staff|scientists|founders?|co-founders?)\b)",
    ),
    # "VinAI, viện nghiên cứu do Vingroup thành lập", "Humain được PIF thành lập năm 2025"
    rule(
        "owns.vi.set_up_by",
        "OWNS",
        "vi",
        r"(?:(?:,|\(|-|–) (?:là )?(?:một )?(?:\S+ ){0,6})?(?:do|được|bởi) (?:tập đoàn |công ty |quỹ |"
        r"hãng )?",
        0.7,
        True,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:đã |vừa )?(?:lập ra|thành lập|lập nên|dựng lên|thành lập nên|khai sinh|"
        r"sáng lập)(?!\s+(?:ra\s+)?(?:bởi|do))",
    ),
    rule(
        "owns.en.parent_possessive",
        "OWNS",
        "en",
        r"'s (?:parent|parent company|parent group|corporate parent|owner|majority owner) ",
        0.8,
        True,
        src=ORG,
    ),
    rule("owns.en.subsidiary", "OWNS", "en", r"'s (?:\S+ )?subsidiary ", 0.75, src=ORG, tgt=ORG),
    rule(
        "owns.vi.subsidiary",
        "OWNS",
        "vi",
        r"{w2}(?:,|\(|là|-|–) (?:một )?(?:công ty con|công ty thành viên|đơn vị con) (?:của|thuộc) "
        r"(?:tập đoàn |công ty |hãng )?",
        0.8,
        True,
        src=ORG,
        tgt=ORG,
    ),
    # "Y, a chip design firm that X acquired": a relative clause of buying
    rule(
        "owns.en.relative",
        "OWNS",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the |its )?(?:\S+ ){0,6}(?:unit|company|firm|startup|start-up|"
        r"lab|business|maker|designer|developer|subsidiary|division|arm|platform|app|service|"
        # "Amap, the navigation service Alibaba owns": the relative word may be left out
        r"chipmaker|group|venture|studio|team|outfit|brand|network|site|chain)s? "
        r"(?:(?:that|which) )?(?:the )?",
        0.75,
        True,
        src=ORG,
        tail=r"\s*(?:has |had |later |eventually |itself )?(?:bought|acquired|purchased|took over|"
        r"snapped up|owns|controls|spun off|set up|created)\b",
    ),
    # "Y, a Paris start-up owned by the X group": an apposition names the owner; of a list
    # ("A and B, the investor owned by X") it describes the last name alone
    replace(
        rule(
            "owns.en.apposition_owned",
            "OWNS",
            "en",
            r"(?:,|\(|-|–) (?:a |an |the |now )?(?:\S+ ){0,6}(?:\S+-)?(?:owned|controlled) by "
            r"(?:the |its )?(?:\S+ ?'s )?",
            0.75,
            True,
            src=ORG,
        ),
        expand="none",
    ),
    # "Y, startup chuyên về phần mềm ngân hàng thuộc tập đoàn X"
    rule(
        "owns.vi.apposition_belongs",
        "OWNS",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:một )?(?:công ty|startup|hãng|doanh nghiệp|ứng dụng|nền tảng|"
        r"mạng xã hội|studio)(?: \S+){0,9} (?:thuộc|trực thuộc|thuộc sở hữu của|thuộc quyền sở hữu "
        r"của) (?:tập đoàn |công ty |hãng )?",
        0.75,
        True,
        src=ORG,
    ),
    # "Y, hãng chip mà X mua lại từ lâu": an object relative of buying
    rule(
        "owns.vi.relative",
        "OWNS",
        "vi",
        r"{w6}mà (?:công ty |hãng |tập đoàn )?",
        0.75,
        True,
        src=ORG,
        tail=r"\s*(?:đã |vừa |từng )?(?:mua lại|mua|thâu tóm|sở hữu|thôn tính)",
    ),
    # "Zalo, mạng xã hội của VNG", "Douyin, the short-video app run by ByteDance":
    # a platform people use belongs to its company
    rule(
        "owns.vi.platform",
        "OWNS",
        "vi",
        r"(?:\) )?(?:,|\(|-|–) (?:là )?(?:" + _VI_PLATFORM + r")(?: \S+){0,6} (?:của|thuộc) "
        r"(?:công ty |hãng |tập đoàn )?",
        0.75,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.platform",
        "OWNS",
        "en",
        r"(?:,|\(|-|–) (?:the |a |an )?(?:\S+ ){0,3}(?:"
        + _EN_PLATFORM
        + r") (?:owned by|of|run by|"
        r"operated by|from) (?:the |its )?",
        0.75,
        True,
        src=ORG,
        tgt="Product",
    ),
    rule(
        "owns.en.platform_possessive",
        "OWNS",
        "en",
        r"(?:,|\(|-|–) (?:the |a )?",
        0.75,
        True,
        src=ORG,
        tgt="Product",
        tail=r"\s*(?:'s|’s)\s+(?:\S+\s+){0,3}(?:" + _EN_PLATFORM + r")\b",
    ),
    rule(
        "owns.en.its",
        "OWNS",
        "en",
        # "its new app X", not "its models on X" (a preposition leaves the possession), nor
        # "its makers said X" (a verb: a new clause), nor "its coding agent X" (one it made)
        r" ?(?:(?!(?:on|in|at|with|from|to|for|of|by|into|via|through|over|under|said|says|"
        r"say|told|and|or|but|is|are|was|were|has|have|had|will|would|can|could|agent|agents|"
        r"chatbot|assistant|model|models|open-source|open-weight) )\S+ ){0,2}",
        0.7,
        src=ORG,
        tgt="Product",
        # "its Ernie Bot chatbot", "its Rokid Glasses": one it made
        tail=_EN_MADE_NAME + r"(?!\s+" + _EN_ASSISTANT + r")",
        left=r"its|their",
    ),
    rule(
        "owns.en.its_deal",
        "OWNS",
        "en",
        r"(?:\S+ )?(?:acquisition|purchase|takeover|buyout) of (?:the )?",
        0.75,
        src=ORG,
        left=r"its|their",
    ),
    # "the MateBook Fold, a laptop Huawei started selling in May": a product put on the market
    rule(
        "developed.en.relative_selling",
        "DEVELOPED",
        "en",
        r"{w1}(?:,|\(|-|–) {w5}(?:that |which )?",
        0.65,
        True,
        tgt="Product",
        tail=r"\s*(?:has |had |just |first )?" + _EN_SELL,
    ),
    # "Huawei put the Mate 60 Pro on sale", "Xiaomi began selling the SU7"
    rule(
        "developed.en.on_sale",
        "DEVELOPED",
        "en",
        r"(?:has |had |just |first )?(?:put|puts|putting|placed|places) (?:the |its |a |an )?",
        0.65,
        src=ORG,
        tgt="Product",
        tail=r"\s+(?:on sale|on the market|up for sale)\b",
    ),
    rule(
        "developed.en.began_selling",
        "DEVELOPED",
        "en",
        APPOSED + r"{w3}" + _EN_SELL + r" (?:the |its |a |an |their )?",
        0.65,
        src=ORG,
        tgt="Product",
    ),
    # "Baidu vận hành cụm 30.000 chip Kunlun P800 tự phát triển": the subject made its own
    rule(
        "developed.vi.own_make",
        "DEVELOPED",
        "vi",
        APPOSED + r"{w10}",
        0.65,
        src=ORG,
        tgt=MADE,
        tail=VI_OWN_MAKE,
    ),
)
