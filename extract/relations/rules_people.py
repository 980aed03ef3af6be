"""Rules for organisations and people: FOUNDED, LEADS, WORKS_FOR, plus the ties between
organisations (PART_OF, COMPETES_WITH, PARTNERS_WITH) from `rules_ties.py` and the
title-lexicon rules of `rules_titles.py` (LOCATED_IN lives in `rules_places.py`).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from dataclasses import replace

from extract.relations import rules_ties, rules_titles
from extract.relations.rule import PairRule, rule

# "ông A và CEO Intel B", "ông A sẽ gặp lãnh đạo Samsung": a title after "và", "gặp" or
# "các" is another person's ("nhà sáng lập và CEO" stays one person's two roles)
_VI_OTHERS_TITLE = (
    r"(?!(?:\S+ )*?(?<!lập )(?<!ceo )(?<!tịch )(?<!đốc )(?:và|cùng|với|gặp|gặp gỡ|tiếp|các|những) "
    r"(?:các |những |cả )?(?:ông |bà )?(?:gi?ám đốc|tổng giám đốc|ceo|chủ tịch|lãnh đạo|"
    r"người đứng đầu|người điều hành)\b)"
)
# "người đứng đầu mảng di động của Samsung": the head of a part of the firm works for it
_VI_UNIT = (
    r"(?:mảng|bộ phận|khối|đơn vị|chi nhánh|phòng|ban|nhánh|công ty con|trung tâm|viện|"
    r"văn phòng|phòng thí nghiệm) "
)
# "giám đốc chính sách công của Meta": a director of one field works for the firm, not leads it
_VI_FIELD = (
    r"(?:chính sách|tài chính|marketing|tiếp thị|kinh doanh|nhân sự|truyền thông|sản phẩm|"
    r"vận hành|chiến lược|pháp lý|pháp chế|đối ngoại|quan hệ|an ninh|bảo mật|kỹ thuật|"
    r"nghiên cứu|dữ liệu|quốc gia|khu vực|thương mại|phát triển kinh doanh) "
)
_VI_UNIT_HEAD = (
    r"{w2}(?:người đứng đầu|đứng đầu|giám đốc|lãnh đạo|trưởng|điều hành|chủ tịch|"
    r"tổng giám đốc) " + _VI_UNIT + r"(?:\S+ ){0,6}(?:của|tại|thuộc) (?:tập đoàn |công ty |hãng )?"
)
_VI_TITLE = (
    _VI_OTHERS_TITLE + r"{w5}(?<!cựu )(?<!phó )(?<!cựu tổng )(?<!phó tổng )(?:gi?ám đốc điều hành|"
    r"tổng giám đốc|giám đốc|ceo|chủ tịch|người đứng đầu|lãnh đạo|trưởng nhóm|trưởng|"
    r"người điều hành|đứng đầu|(?<!tịch )(?<!đốc )điều hành|dẫn dắt|(?<!tịch )(?<!đốc )(?<!trưởng )"
    r"phụ trách)(?! (?:cấp cao |điều hành )?phụ trách) (?!.*, )"  # "dẫn dắt, với sự tham gia của Y": a new clause
    r"(?!" + _VI_UNIT + r"|" + _VI_FIELD + r"){w6}"
)

# "who runs its chip division": the head of a part of the company works for it, not leads it
_UNIT = (
    r"(?:'s|’s)?\s+(?:[\w-]+ ){0,3}(?:division|unit|business|arm|team|lab|operations|department|"
    r"group|office|subsidiary)s?\b"
)
_NOT_A_UNIT = r"(?!" + _UNIT + r")"
# "Backed by A and B, the fund is chaired by X": the passive's subject is a noun of its own
# clause, not a name met before it; "launched by A and chaired by X": A is the agent of the
# participle before, the one chaired is their shared subject
_EN_LED_BY = (
    r"(?!and )(?!(?:\S+ ){0,3}(?:the|this|that|its) \S+ (?:is|was|are|were|has been) )"
    # "Isomorphic, spun out of Alphabet in 2021 and led by X": a name that is not the
    # passive's subject (no comma, relative or verb after it) is an earlier verb's object
    r"(?!(?!, |\( |(?:which |that )?(?:is |was |has been |had been ))(?:\S+ ){0,5}and "
    r"(?:is |was )?(?:led|headed|run|chaired) by )"
    r"{w6}(?:led|headed|run|chaired) by "
)

# "do Thủ tướng X đứng đầu", "do giáo sư Y dẫn dắt": a title or two before the agent's name
_VI_AGENT_TITLE = (
    r"(?:(?:ông|bà|thủ tướng|tổng thống|bộ trưởng|giáo sư|gs|phó giáo sư|tiến sĩ|ts|tỷ phú|"
    r"doanh nhân|kỹ sư|nhà khoa học|ceo|chủ tịch|nhà sáng lập|người sáng lập|nhà đồng sáng lập) ){0,2}"
)
_VI_HEAD_POST = (
    r"(?:tổng giám đốc|giám đốc điều hành|ceo|chủ tịch|người đứng đầu|lãnh đạo|giám đốc|"
    r"chủ tịch hội đồng quản trị|nhà sáng lập kiêm ceo)"
)
_VI_LED_TAIL = (
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.]{0,60},\s*)?(?:(?:làm|giữ chức|giữ ghế|giữ vị trí|là|"
    r"đang là) " + _VI_HEAD_POST + r"|dẫn dắt|điều hành|lãnh đạo|đứng đầu|"
    # "do ông X đồng sáng lập và điều hành", "do X sáng lập năm 2017 và hiện do ông làm CEO",
    # "mà X vừa sáng lập vừa giữ ghế tổng giám đốc": the founder also runs it
    r"(?:(?:vừa|đã|từng) )?(?:đồng )?(?:sáng lập|thành lập)(?: năm \d{4})? (?:và|kiêm|vừa) "
    r"(?:hiện )?(?:(?:cũng |vẫn )?do (?:ông|bà) )?(?:điều hành|dẫn dắt|lãnh đạo|làm ceo|"
    r"làm chủ tịch|(?:làm|giữ chức|giữ ghế|giữ vị trí) " + _VI_HEAD_POST + r"))"
)

_EN_LED_BY_TITLED = (
    _EN_LED_BY + r"(?:the |its )?(?:former |veteran |"
    r"longtime |long-time )?(?:[\w-]+ ){0,3}(?:adviser|advisor|minister|executive|engineer|"
    r"entrepreneur|investor|billionaire|banker|scientist|researcher|official|manager|prince|"
    r"sheikh)"
    r" (?:sheikh |prince |dr |dr\. )?"
)

# "a researcher at the Bengaluru think tank Pragati Labs": a noun saying what the employer is
_EN_KIND = (
    r"(?:think tank|think-tank|start-up|startup|company|firm|lab|laboratory|institute|university|"
    r"consultancy|research group|research firm|regulator|agency|ministry|fund|bank|chipmaker|"
    r"group|giant|developer|maker|unit|outfit|non-profit|nonprofit)"
)
# "X, who had run the business side, was named ...": the subject's own relative clause
_EN_SUBJECT_CLAUSE = r"(?:, (?:who|whom) (?:[\w-]+ ){1,8}, )?"

RULES: tuple[PairRule, ...] = (
    rules_ties.RULES
    + (
        # FOUNDED: Person -> Organization
        rule(
            "founded.vi.apposition",
            "FOUNDED",
            "vi",
            # "đề xuất thành lập Y": a founding proposed or planned has not happened
            r"(?!(?:\S+ )?(?:đề xuất|đề nghị|kêu gọi|muốn|dự kiến|dự định|lên kế hoạch|sẽ) )"
            r"{w2}(?:(?:\S+ ){1,4}kiêm )?(?:người |nhà |là )?(?:đồng )?(?:sáng lập|thành lập|lập ra)(?: viên)? "
            # "..., cũng như Y": a new item of a list, not what the founder founded
            r"(?:kiêm (?:\S+ ){1,4})?(?:của |ra |nên )?(?:(?!, (?:và|còn|nhưng|song|trong khi|cũng như) )"
            r"\S+ ){0,9}",
            0.85,
        ),
        rule(
            "founded.vi.passive",
            "FOUNDED",
            "vi",
            # "hãng robot mà X vừa sáng lập": "mà" opens a relative clause whose agent is X
            r"{w8}(?:do|được|bởi|mà) (?:ông |bà |nhà \S+ |doanh nhân )?{w2}",
            0.8,
            True,
            tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.]{0,60},\s*)?(?:cùng (?:\S+ ){1,10})?"
            r"(?:(?:vừa|đã|từng) )?(?:đồng )?(?:sáng lập|thành lập|lập ra|gây dựng|khai sinh|"
            r"lập(?= năm| vào| từ| hồi))",
        ),
        rule(
            "founded.vi.passive_by",
            "FOUNDED",
            "vi",
            r"{w2}(?:được |do )?(?:đồng )?(?:thành lập|sáng lập|lập ra|khai sinh)(?: \S+){0,6} bởi "
            r"(?:ông |bà |nhà \S+ |doanh nhân )?",
            0.8,
            True,
        ),
        rule(
            "founded.vi.title",
            "FOUNDED",
            "vi",
            r",? ?",  # "Chủ tịch FPT Trương Gia Bình": adjacent names leave one space between
            0.8,
            True,
            head=r"(?:nhà sáng lập|người sáng lập|đồng sáng lập|nhà đồng sáng lập)(?: kiêm [^,]{1,30})?"
            r"(?: của)?\s*$",
        ),
        rule(
            "founded.vi.is",
            "FOUNDED",
            "vi",
            r"(?:, )?(?:hiện )?là (?:ông |bà )?",
            0.8,
            True,
            head=r"(?:người |nhà )?(?:đồng )?sáng lập(?: viên)?(?: của)?\s*$",
        ),
        rule(
            "founded.en.is",
            "FOUNDED",
            "en",
            r"(?:'s |’s )?(?:co-founder|cofounder|founder)s? (?:is|was|are|were|include|included) ",
            0.8,
            True,
        ),
        rule(
            "founded.vi.title_of",
            "FOUNDED",
            "vi",
            r"(?:\( (?:\S+ ){1,4}\) )?(?:, )?của (?:công ty |hãng |tập đoàn |startup )?",
            0.8,
            head=r"(?<!cựu )(?:nhà|người) (?:đồng )?sáng lập (?:kiêm \S+ (?:\S+ )?)?(?:ông |bà )?$|"
            r"(?<!cựu )đồng sáng lập (?:kiêm \S+ (?:\S+ )?)?(?:ông |bà )?$",
        ),
        rule(
            "founded.en.title_of",
            "FOUNDED",
            "en",
            r"(?:of|at) (?:the )?",
            0.8,
            head=r"(?<!former )\b(?:co-founder|cofounder|founder) $",
        ),
        rule(
            "founded.en.verb",
            "FOUNDED",
            "en",
            r"{w2}(?:, )?(?:who |which )?(?:co-founded|cofounded|founded|started|set up|established) {w4}",
            0.8,
        ),
        replace(
            rule(
                "founded.en.apposition",
                "FOUNDED",
                "en",
                r"{w1}(?:,|\(|-|–) (?:the |a |its )?(?:[\w-]+ )?(?:co-founder|cofounder|founder)(?: and (?:ceo|chief "
                r"executive|chairman|president))?(?: of| at)? (?!.*, )(?!, ){w3}",
                0.9,
            ),
            expand="none",  # "A and B, the founder of Y": the apposition is B's alone
        ),
        rule(
            "founded.en.copula",
            "FOUNDED",
            "en",
            r"{w2}(?:was|is|became|is also|was also) (?:a |an |the |one of the )?"
            r"(?:co-founder|cofounder|founder)s? (?:of|at|behind) {w1}",
            0.85,
        ),
        rule(
            "founded.en.apposition_possessive",
            "FOUNDED",
            "en",
            r"(?:,|\(|-|–) (?:and |one of |who is |the )?",
            0.85,
            tail=r"\s*(?:'s|’s) (?:co-founder|cofounder|founder)",
        ),
        replace(
            rule(
                "founded.en.possessive",
                "FOUNDED",
                "en",
                r"(?:'s |’s )?(?:co-founder|cofounder|founder)(?: and (?:ceo|chief executive|chairman))?"
                r"(?: ,)? ",
                0.85,
                True,
            ),
            expand="left",  # "Huawei founder Ren and Liang, ...": one founder, not the list
        ),
        # "OpenAI co-founders A and B": a plural title is shared by the list
        rule(
            "founded.en.possessive_plural",
            "FOUNDED",
            "en",
            r"(?:'s |’s )?(?:co-founders|cofounders|founders) ",
            0.85,
            True,
        ),
        rule(
            "founded.en.relative",
            "FOUNDED",
            "en",
            # not ", and researcher X founded": a new clause with a subject of its own
            r"(?:,|\(|-|–) (?!(?:and|but|while|whereas|as|so|yet) ){w5}(?:that |which |whom )?",
            0.75,
            True,
            tail=r"\s*(?:co-founded|cofounded|founded|started|set up|established)",
        ),
        rule(
            "founded.en.by_title",
            "FOUNDED",
            "en",
            # "backed by the fund X and run by its founder Y": X is an earlier verb's agent
            r"(?!and )(?!(?:\S+ ){0,6}and (?:is |was )?(?:run|led|headed|chaired|managed) by )"
            r"{w6}by (?:its |their )?(?:co-founder|cofounder|founder) ",
            0.8,
            True,
        ),
        rule(
            "founded.en.passive",
            "FOUNDED",
            "en",
            r"{w7}(?:was |is )?(?:co-founded|cofounded|founded|started|set up|established|created|"
            r"formed|launched|spun out)(?: in \S+(?: \S+)?| \S+ years ago)?"
            # "co-founded and run by X": the founder also runs it
            r"(?: and (?:\S+ )?(?:run|led|headed|chaired|managed))? by (?:the )?"
            r"(?:\S+ )?{w2}",
            0.85,
            True,
        ),
        # LEADS: Person -> Organization
        rule(
            "leads.vi.title",
            "LEADS",
            "vi",
            _VI_TITLE,
            0.8,
        ),
        rule(
            "leads.vi.passive",
            "LEADS",
            "vi",
            r"{w8}(?:do|mà|dưới sự dẫn dắt của|dưới sự lãnh đạo của) " + _VI_AGENT_TITLE,
            0.8,
            True,
            head=r"(?<!từ )(?<!của )(?<!tại )$",  # "tách ra từ Đại học X, do ông Y làm...": not X
            tail=_VI_LED_TAIL,
        ),
        # "công ty con của Tập đoàn SK do ông X làm chủ tịch": "do" right after the name opens
        # a clause about that name, whatever stands before it
        rule(
            "leads.vi.passive_close",
            "LEADS",
            "vi",
            r"(?:do|dưới sự dẫn dắt của|dưới sự lãnh đạo của) " + _VI_AGENT_TITLE,
            0.8,
            True,
            tail=_VI_LED_TAIL,
        ),
        rule(
            "leads.vi.before",
            "LEADS",
            "vi",
            r",? ?",  # "Chủ tịch FPT Trương Gia Bình": adjacent names leave one space between
            0.8,
            True,
            head=r"(?<!phó )(?<!cựu )(?:giám đốc điều hành|tổng giám đốc|ceo|chủ tịch|người đứng đầu|"
            r"lãnh đạo|bộ trưởng|viện trưởng|hiệu trưởng|thống đốc|trưởng ban|ông chủ|bà chủ|sếp)"
            r"(?: của)?\s*$",
        ),
        rule(
            "leads.vi.is",
            "LEADS",
            "vi",
            r"(?:, )?(?:hiện (?:nay )?)?là (?:ông |bà )?",
            0.8,
            True,
            head=r"(?<!phó )(?:giám đốc điều hành|tổng giám đốc|ceo|chủ tịch|người đứng đầu|"
            r"người điều hành)(?: của)?\s*$",
        ),
        rule(
            "leads.en.is",
            "LEADS",
            "en",
            r"(?:'s |’s )(?:ceo|chief executive|chief executive officer|chairman|chairwoman|boss|"
            r"head|president) (?:is|was|remains) ",
            0.8,
            True,
        ),
        rule(
            "leads.en.founded_and_runs",
            "LEADS",
            "en",
            r"(?:, )?who (?:co-founded|cofounded|founded|started|set up) ",
            0.75,
            tail=r"\s*(?:,\s*)?and (?:still |now |also )?(?:runs|leads|heads|chairs) it\b",
        ),
        rule(
            "leads.vi.title_of",
            "LEADS",
            "vi",
            r"(?:\( (?:\S+ ){1,4}\) )?(?:, )?của (?:công ty |hãng |tập đoàn |startup )?",
            0.8,
            head=r"(?<!cựu )(?<!phó )(?<!cựu tổng )(?<!phó tổng )\b(?:ceo|chủ tịch|tổng giám đốc|"
            r"giám đốc điều hành|người đứng đầu) (?:ông |bà )?$",
        ),
        rule(
            "leads.en.title_of",
            "LEADS",
            "en",
            r"(?:of|at) (?:the )?",
            0.8,
            head=r"(?<!former )(?<!ex-)\b(?:ceo|chief executive|chairman|chairwoman|boss) $",
        ),
        rule(
            "leads.en.apposition",
            "LEADS",
            "en",
            r"{w1}(?:,|\(|-|–) (?:the |its |who is "
            r"|a (?!director |managing director |general manager |head ))?"
            r"(?:co-founder and |founder and )?(?:ceo|co-ceo|"
            r"chief executive|chief executive officer|chairman|chairwoman|president|head|director|"
            r"boss|leader|managing director|general manager)(?: and (?:co-founder|founder))? "
            # "head of research at Nscale" heads a part of Nscale: it works there (another rule)
            r"(?:of|at) (?!(?:[\w-]+ ){1,3}(?:at|of|for) ){w3}",
            0.9,
            tail=_NOT_A_UNIT,
        ),
        # "X, the head of Alibaba's cloud unit": the head of a part works for the firm
        rule(
            "works_for.en.unit_apposition",
            "WORKS_FOR",
            "en",
            r"(?:,|\() (?:the |its |a )?(?:head|chief|director|leader|manager|boss|president) "
            r"(?:of|at) (?:the )?",
            0.75,
            src="Person",
            tail=_UNIT,
        ),
        rule(
            "leads.en.verb",
            "LEADS",
            "en",
            r"{w2}(?:, )?(?:who )?(?:leads|led|heads|headed|runs|ran|chairs|chaired|is the ceo of|"
            r"(?<=who )(?:run|lead|head|chair)|"  # "X and Y, who run Z"
            r"is ceo of|was the ceo of|became ceo of|became chief executive of|will lead|"
            r"took the helm (?:of|at)|takes the helm (?:of|at)|is at the helm of|steers|steered|"
            # "who heads AI research at Alibaba": a part of the firm, not the firm (a rule below)
            r"oversees|oversaw) (?!(?:\S+ ){0,3}(?:at|of|for|in) ){w3}",
            0.8,
            tail=_NOT_A_UNIT,
        ),
        rule(
            "works_for.en.part_at",
            "WORKS_FOR",
            "en",
            r"{w2}(?:, )?(?:who )?(?:leads|led|heads|headed|runs|ran|oversees|oversaw|manages|managed|"
            r"is in charge of|was in charge of) (?:the |its |a )?(?:[\w-]+ ){1,3}(?:at|for) (?:the )?",
            0.75,
            src="Person",
        ),
        rule(
            "leads.en.title",
            "LEADS",
            "en",
            r"(?:'s |’s )?(?:new |current |interim |acting |longtime )?(?:co-founder and |founder and )?"
            # "YTL Power managing director X": the firm's own managing director runs it
            r"(?:ceo|chief executive|chief executive officer|chairman|chairwoman|president|boss|head|"
            r"co-ceo|managing director)(?: and (?:co-founder|founder))?(?: ,)? ",
            0.85,
            True,
        ),
        rule(
            "leads.en.apposition_possessive",
            "LEADS",
            "en",
            r"(?:,|\(|-|–) (?:and )?",
            0.85,
            tail=r"\s*(?:'s|’s) (?:co-founder and |founder and )?(?:ceo|co-ceo|chief executive|"
            r"chairman|chairwoman|president|boss|head|leader)\b(?! of)",
        ),
        rule(
            "leads.en.copula_owner",
            "LEADS",
            "en",
            _EN_SUBJECT_CLAUSE
            + r"{w1}(?:is|was|remains|remained|became|becomes|has been|will be|will become|was named|"
            r"has been named|was appointed|stays) (?:also |now |still )?",
            0.8,
            src="Person",
            tail=r"(?:'s|’s|(?<=\bits)|(?<=\btheir))\s*(?:new |current |interim |acting |first )?"
            r"(?:ceo|chief executive|chief executive officer|chairman|chairwoman|president|boss|head)"
            r"\b(?! of)",
        ),
        # "X took over as chief executive of Y", "X was named CEO of Y"
        rule(
            "leads.en.became",
            "LEADS",
            "en",
            _EN_SUBJECT_CLAUSE
            + r"{w3}(?:as|named|appointed|became|becomes|become|is now|will be|remains|remained) "
            r"(?:the |its |new |interim |acting )?(?:ceo|chief executive|chief executive officer|chairman|"
            r"chairwoman|president|boss|head|leader) (?:of|at) (?:the )?",
            0.8,
            src="Person",
        ),
        # "Alibaba named Eddie Wu as its chief executive", "Y appointed X chairman"
        rule(
            "leads.en.appointed",
            "LEADS",
            "en",
            r"(?:has |have |had |on \S+ )?(?:named|appointed|hired|picked|tapped|chose|promoted|"
            r"installed|elected) (?:the |former )?",
            0.8,
            True,
            src="Person",
            tail=r"\s*(?:,[^,]{1,60},\s*)?(?:as |to be |to become )?(?:its |the company's |their )?"
            r"(?:new |next |interim |acting )?(?:ceo|chief executive|chief executive officer|chairman|"
            r"chairwoman|president|boss)\b",
        ),
        # "Jensen Huang, the Nvidia boss,"
        rule(
            "leads.en.apposition_noun",
            "LEADS",
            "en",
            r"(?:,|\(|-|–) (?:the |its )",
            0.8,
            src="Person",
            tail=r"\s*(?:co-founder and |founder and )?(?:ceo|co-ceo|chief executive|chairman|"
            r"chairwoman|president|boss)\b(?! of)",
        ),
        rule(
            "leads.vi.appointed",
            "LEADS",
            "vi",
            r"{w2}(?:bổ nhiệm|chọn|bầu|đưa) (?:ông |bà )?",
            0.8,
            True,
            src="Person",
            tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.]{0,60},\s*)?(?:làm|giữ chức|vào vị trí|vào ghế|"
            r"lên làm|trở thành) (?:tân )?(?:tổng giám đốc|giám đốc điều hành|ceo|chủ tịch|"
            r"người đứng đầu)",
        ),
        rule("leads.en.passive", "LEADS", "en", _EN_LED_BY + r"{w2}", 0.8, True),
        # "the group chaired by national security adviser Sheikh Tahnoon": a title before the name
        rule(
            "leads.en.passive_titled",
            "LEADS",
            "en",
            _EN_LED_BY_TITLED,
            0.75,
            True,
        ),
        # WORKS_FOR: Person -> Organization
        rule(
            "works_for.vi.role",
            "WORKS_FOR",
            "vi",
            r"{w3}(?:nhà nghiên cứu|nhà khoa học|kỹ sư|chuyên gia|chuyên viên|nhân viên|nhà phân tích|"
            r"cựu nhân viên|"
            # "làm việc với EVN" is a meeting, not a job
            r"làm việc(?! với| cùng)|giáo sư|phát ngôn viên|người phát ngôn|cố vấn|phó chủ tịch|"
            r"giám đốc công nghệ|giám đốc khoa học|trưởng nhóm nghiên cứu|thành viên|giảng viên|"
            r"luật sư|nghiên cứu viên|nhà kinh tế|kinh tế gia) {w9}",
            0.75,
        ),
        rule(
            "works_for.en.role",
            "WORKS_FOR",
            "en",
            r"{w1}(?:,|\(|-|–) (?:a |an |the )?(?:\S+ ){,2}(?:researcher|scientist|engineer|analyst|"
            r"spokesperson|spokesman|spokeswoman|economist|professor|employee|(?<!chief )executive|fellow|"
            r"vice president|vp|vice-chairman|vice chairman|adviser|advisor|strategist|cto|cfo|chief \S+ officer|chief scientist|"
            r"head of \S+|director of \S+|(?<= a )(?:managing )?director)"
            r"(?: \S+){0,3} (?:at|of|with|for) (?:{w3}|(?:the |a |an )?(?:[\w-]+ ){0,3}"
            + _EN_KIND
            + r" )",
            0.8,
        ),
        rule(
            "works_for.en.apposition_possessive",
            "WORKS_FOR",
            "en",
            # "Ha Jung-woo, formerly Naver's top AI scientist": a past post counts too
            r"(?:,|\(|-|–) (?:formerly |previously |once |until recently )?(?:and |the |a |an )?",
            0.8,
            src="Person",
            tail=r"\s*(?:'s|’s) (?!(?:[\w-]+ )?(?:chief executive|ceo|co-ceo|chairman|chairwoman|"
            r"president|founder|co-founder|boss)\b)(?:[\w-]+ ){0,2}?(?:under secretary|undersecretary|"
            r"secretary|spokesperson|spokesman|spokeswoman|researcher|scientist|engineer|analyst|"
            r"economist|adviser|advisor|counsel|chief \S+ officer|chief scientist|cto|cfo|"
            r"head of \S+|director(?: (?:of|for) \S+)?|managing director|general manager|"
            # "OpenAI's research chief": the chief of a field
            r"vice president|vice-president|(?!chief )[\w-]+ chief)\b",
        ),
        rule(
            "works_for.en.partner_at",
            "WORKS_FOR",
            "en",
            r"(?:,|\(|-|–) (?:a |an |the )?(?:senior |managing |founding |general )?(?:partner|principal|"
            r"associate|fellow) (?:at|with) (?:the )?",
            0.75,
            src="Person",
        ),
        rule(
            "works_for.en.verb",
            "WORKS_FOR",
            "en",
            r"{w2}(?:(?:previously|formerly|once|also|now|currently|still|later|then|briefly) )?"
            r"(?:(?:works|worked|working|is|was) (?:at|for)|(?:spent|spends) (?:\S+ ){1,4}"
            r"(?:at|with)) {w2}",
            0.75,
        ),
        # "X, formerly of Google", "X, previously at OpenAI": a past post
        rule(
            "works_for.en.formerly",
            "WORKS_FOR",
            "en",
            r"(?:,|\() (?:formerly|previously|most recently|until recently|once) (?:of|at|with) "
            r"(?:the )?",
            0.75,
            src="Person",
            tgt="Organization",
        ),
        # "X is a researcher at OpenAI", "X was the chief scientist of OpenAI"
        rule(
            "works_for.en.copula_role",
            "WORKS_FOR",
            "en",
            _EN_SUBJECT_CLAUSE + r"(?:is|was|has been|had been|became|remains|is now|was once) "
            r"(?:also |now |still )?(?:a |an |the |its |one of the )?(?:senior |former |lead |top |"
            r"principal |staff |junior |longtime )?(?:[\w-]+ )?(?:researcher|scientist|engineer|"
            r"analyst|economist|spokesperson|spokesman|spokeswoman|employee|adviser|advisor|"
            r"strategist|chief [\w-]+ officer|chief scientist|cto|cfo|coo|head of [\w-]+|"
            r"vice president|director of [\w-]+|fellow|professor)s? (?:at|of|with|for) (?:the )?",
            0.75,
            src="Person",
            tgt="Organization",
        ),
        rule(
            "works_for.en.joined", "WORKS_FOR", "en", r"{w1}(?:joined|joins|has joined) {w1}", 0.65
        ),
        rule(
            "works_for.en.title",
            "WORKS_FOR",
            "en",
            # "former Google researchers A and B": a plural title before a list is the list's
            r"(?:'s |’s )?(?:chief \S+ officer|chief scientist|cto|cfo|researchers?|engineers?|"
            r"scientists?|spokesperson|spokesman|spokeswoman|head of \S+|vice president|executive|"
            r"analyst)(?: ,)? ",
            0.75,
            True,
        ),
        rule(
            "works_for.en.unit_head",
            "WORKS_FOR",
            "en",
            r"{w2}(?:, )?(?:who )?(?:runs|ran|heads|headed|leads|led|oversees|oversaw|manages|managed|"
            r"is in charge of|was in charge of) (?:the )?",
            0.75,
            tail=_UNIT,
        ),
        rule(
            "works_for.vi.unit_head",
            "WORKS_FOR",
            "vi",
            _VI_UNIT_HEAD,
            0.75,
            src="Person",
        ),
        rule(
            "works_for.vi.field_director",
            "WORKS_FOR",
            "vi",
            r"{w2}(?<!cựu )(?:giám đốc|tổng giám đốc|phó giám đốc|trưởng ban|trưởng bộ phận) "
            + _VI_FIELD
            + r"(?:\S+ ){0,4}(?:của|tại) (?:tập đoàn |công ty |hãng )?",
            0.75,
            src="Person",
        ),
        # "Joel Kaplan, giám đốc phụ trách các vấn đề toàn cầu của Meta": a director of a field
        rule(
            "works_for.vi.in_charge_of",
            "WORKS_FOR",
            "vi",
            r"{w2}(?:giám đốc|phó giám đốc|trưởng ban|trưởng bộ phận|chủ tịch|phó chủ tịch|người) "
            r"(?:cấp cao |điều hành )?phụ trách (?:\S+ ){1,8}(?:của|tại|ở) (?:tập đoàn |công ty |hãng )?",
            0.75,
        ),
        # "Vingroup của tỷ phú Phạm Nhật Vượng": a conglomerate named as a tycoon's own
        rule(
            "leads.vi.of",
            "LEADS",
            "vi",
            r"(?:, (?:công ty|startup|công ty khởi nghiệp|hãng|tập đoàn) (?:\S+ ){0,3})?"
            r"của (?:tỷ phú|nhà tỷ phú|doanh nhân|ông trùm|đại gia|tỷ phú công nghệ|ceo|"
            r"tổng giám đốc|giám đốc điều hành|chủ tịch) (?:ông |bà )?",
            0.7,
            True,
            tgt="Organization",
        ),
        # "Upstage, startup của nhà sáng lập X"
        rule(
            "founded.vi.of_founder",
            "FOUNDED",
            "vi",
            r"(?:, (?:công ty|startup|công ty khởi nghiệp|hãng|tập đoàn) (?:\S+ ){0,3})?"
            r"của (?:nhà sáng lập|người sáng lập|nhà đồng sáng lập|đồng sáng lập) (?:ông |bà )?",
            0.75,
            True,
            src="Person",
            tgt="Organization",
        ),
        # "nhà khoa học Yann LeCun của Meta", "chuyên gia X của Y": a staff title before the name
        rule(
            "works_for.vi.title_of",
            "WORKS_FOR",
            "vi",
            r"(?:\( (?:\S+ ){1,4}\) )?(?:, )?(?:của|tại|thuộc) (?:công ty |hãng |tập đoàn |startup |"
            r"trường |viện )?",
            0.75,
            src="Person",
            tgt="Organization",
            head=r"\b(?:nhà nghiên cứu|nhà khoa học|kỹ sư|chuyên gia|chuyên viên|"
            r"nhà phân tích|giáo sư|phó giáo sư|giảng viên|phát ngôn viên|người phát ngôn|cố vấn|"
            r"nhân viên|nghiên cứu viên|nhà kinh tế|luật sư) (?:trưởng |cấp cao |chính )?(?:ông |bà )?$",
        ),
        # "a Stanford team that included Li", "researchers at Google, including X": team members
        rule(
            "works_for.en.team",
            "WORKS_FOR",
            "en",
            r"(?:university )?(?:'s |’s )?(?:research )?(?:team|lab|laboratory|group|researchers|"
            r"scientists|engineers) (?:that |which |who )?(?:included|includes|include|including|"
            r"counting|with members such as) (?:researcher |professor |scientist |engineer )?",
            0.7,
            True,
        ),
        rule(
            "works_for.vi.team",
            "WORKS_FOR",
            "vi",
            r"(?:, )?(?:có |gồm |gồm có |bao gồm |với sự tham gia của |trong đó có )"
            r"(?:nhà nghiên cứu |giáo sư |tiến sĩ |kỹ sư |ông |bà )?",
            0.7,
            True,
            head=r"(?:nhóm|phòng thí nghiệm|đội ngũ|các nhà nghiên cứu|các kỹ sư)(?: nghiên cứu)?"
            r"(?: của| tại| ở| thuộc)? $",
        ),
    )
)
RULES += rules_titles.RULES
