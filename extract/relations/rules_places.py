"""Rules for where things are: LOCATED_IN (Organization, Person, Event -> Location).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from dataclasses import replace

from extract.relations.rule import PairRule, rule

__all__ = ["EN_FIRMS", "RULES"]

_VI_PLACE = r"(?:thành phố |tỉnh |bang |thủ đô )?"
# what a company is called in a description of it ("a Lagos consultancy", "the Oslo lab")
EN_FIRMS = (
    r"start-up|startup|company|firm|lab|group|giant|chipmaker|developer|unicorn|conglomerate|"
    r"consultancy|institute|fund|investor|vehicle|studio|foundry|manufacturer|maker|supplier|"
    r"designer|operator|provider|champion|spin-off|spinoff|outfit|venture|specialist|brokerage|"
    r"think tank|consortium|biotech|lender|insurer|carmaker|automaker|toolmaker|drugmaker|agency"
)
# ... and, next to its name, of a part of one ("X, a Lima chip unit")
_EN_FIRM = r"(?:" + EN_FIRMS + r"|laboratory|unit|subsidiary|agency|bank)s?"

# a company's seat
_EN_SEAT = r"(?:headquarters|head office|home base|main campus|hq)"
# people whose place a news text gives with their role ("a Singapore-based analyst")
_EN_PEOPLE = (
    r"analyst|researcher|investor|economist|consultant|entrepreneur|lawyer|scientist|"
    r"engineer|executive|trader|strategist|venture capitalist|professor|academic"
)

RULES: tuple[PairRule, ...] = (
    rule("located_in.parenthesis", "LOCATED_IN", "*", r"\( ", 0.85, tail=r"\s*\)"),
    rule(
        "located_in.vi.based",
        "LOCATED_IN",
        "vi",
        r"{w7}(?:có trụ sở chính tại|có trụ sở chính ở|có trụ sở tại|có trụ sở ở|đặt trụ sở tại|"
        r"đặt trụ sở ở|trụ sở tại|đóng tại|đến từ) " + _VI_PLACE,
        0.75,
    ),
    # an event takes place somewhere; an organisation "tổ chức ở" (organises) there is not based there
    rule(
        "located_in.vi.held",
        "LOCATED_IN",
        "vi",
        r"{w7}(?:diễn ra|tổ chức|khai mạc|bế mạc|được tổ chức) (?:\S+ ){0,2}(?:tại|ở) " + _VI_PLACE,
        0.75,
        src="Event",
    ),
    # "Bế mạc tối qua ở Đà Nẵng, Diễn đàn X ...": the place opens the sentence
    rule(
        "located_in.vi.held_before",
        "LOCATED_IN",
        "vi",
        r"{w3}, ",
        0.75,
        True,
        src="Event",
        head=r"(?:diễn ra|tổ chức|khai mạc|bế mạc|được tổ chức)(?: \S+){0,3} (?:tại|ở) "
        r"(?:thành phố |thủ đô )?$",
    ),
    # "X được thành lập năm 2019 tại Đà Nẵng": where a company was set up is where it is
    rule(
        "located_in.vi.founded",
        "LOCATED_IN",
        "vi",
        # "X được ông Y thành lập tại Z": the founders may stand between
        r"{w2}(?:(?:được|do) (?:\S+ ){0,12}?)?(?:đồng )?(?:thành lập|sáng lập|ra đời|khai sinh|"
        r"lập ra)(?: \S+){0,4} "
        r"(?:tại|ở) " + _VI_PLACE,
        0.7,
        src="Organization",
    ),
    rule(
        "located_in.vi.role",
        "LOCATED_IN",
        "vi",
        r"(?:, |- |– )?(?:là )?(?:một )?(?:nhà phân tích|chuyên gia|nhà nghiên cứu|công ty|hãng|"
        r"startup|tập đoàn|doanh nghiệp|nhà sản xuất|văn phòng|trụ sở|hội nghị|sự kiện|triển lãm|"
        # "Mila, viện nghiên cứu AI ở Montreal": an institute, a school, a hospital, a fund
        r"diễn đàn|viện|viện nghiên cứu|trường đại học|đại học|bệnh viện|quỹ|ngân hàng|"
        r"phòng thí nghiệm|trung tâm nghiên cứu)(?: \S+){0,4} (?:tại|ở) "
        r"(?:thành phố |tỉnh |bang |thủ đô )?",
        0.7,
    ),
    rule(
        "located_in.vi.at",
        "LOCATED_IN",
        "vi",
        r"(?:\S+ )?(?:ở|tại|của) (?:thành phố |tỉnh |bang |thủ đô )?",
        0.6,
        src="Organization Event",  # "ông X tại Bắc Kinh" is where he was, not where he is based
        # "đối tác của Intel tại Ấn Độ": the partners; "giám đốc Nvidia tại Trung Quốc": a branch
        head=r"(?<!của )(?<!cho )(?<!với )(?<!đốc )(?<!tịch )(?<!trưởng )(?<!điều hành )$",
    ),
    rule(
        "located_in.vi.apposition",
        "LOCATED_IN",
        "vi",
        r"(?:\( (?:\S+ ){1,5}\) )?(?:, |- |– )(?:là )?(?:một )?(?:công ty|hãng|startup|tập đoàn|"
        r"công ty khởi nghiệp|doanh nghiệp|nhà sản xuất chip|hãng chip)(?: (?!của|và)\S+){0,2} ",
        0.7,
        src="Organization",
    ),
    rule(
        "located_in.vi.home",
        "LOCATED_IN",
        "vi",
        # "Chiết Giang là "sân nhà" của Alibaba": the home ground, quoted or not
        r"{w5}(?:là|trở thành|vẫn là) (?:\" )?(?:nơi đặt trụ sở|nơi đặt trụ sở chính|nơi có trụ sở|"
        r"đại bản doanh|quê nhà|sân nhà)(?: \")? (?:chính )?(?:của )?",
        0.75,
        True,
        src="Organization",
    ),
    rule(
        "located_in.vi.adjective",
        "LOCATED_IN",
        "vi",
        r"(?:-|– )? ?",  # "tập đoàn Hàn Quốc Samsung": adjacent names leave one space between
        0.6,
        True,
        src="Organization",
        head=r"(?:công ty|hãng|startup|tập đoàn|công ty khởi nghiệp|"
        r"gã khổng lồ|nhà sản xuất chip|nhà phát triển|đối thủ|viện nghiên cứu|quỹ|ngân hàng)"
        r"(?: \S+){0,3}\s*$",
    ),
    rule(
        "located_in.en.based",
        "LOCATED_IN",
        "en",
        r"{w4}(?:based in|headquartered in|located in|held in|hosted in|took place in|"
        r"takes place in|incorporated in|registered in|in the city of) (?:the )?",
        0.8,
    ),
    # not a person: "stood beside Sam Altman in Tokyo" is where he was, not where he lives
    rule(
        "located_in.en.in",
        "LOCATED_IN",
        "en",
        r"(?:, )?(?:of|from|in) (?:the )?",
        0.55,
        src="Organization Event",
    ),
    rule(
        "located_in.en.adjective",
        "LOCATED_IN",
        "en",
        # "Shenzhen consultancy Luxin", "the Riyadh-based think tank Najd"
        r"(?:-based |based )?(?:\S+ ){0,2}(?:" + EN_FIRMS + r"|rival|player)s? ",
        0.65,
        True,
        src="Organization",
    ),
    rule(
        "located_in.en.apposition_noun",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the |another )",
        0.7,
        src="Organization",
        # "a Boise, Idaho, memory maker": a city may bring its state or country along
        tail=r"\s*(?:,\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?))?,?\s*(?:-based )?(?:[\w-]+ ){0,2}?"
        + _EN_FIRM
        + r"\b",
    ),
    rule(
        "located_in.en.noun_in",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )(?:[\w-]+ ){0,3}"
        + _EN_FIRM
        + r" (?:based |headquartered )?(?:in|from) (?:the )?",
        0.75,
        src="Organization",
    ),
    rule(
        "located_in.en.home",
        "LOCATED_IN",
        "en",
        r"{w3}(?:is|was|has long been|remains|has become|became) (?:also )?(?:home to|the home of|"
        r"the base of|the headquarters of) (?:the )?",
        0.75,
        True,
        src="Organization",
    ),
    # "the Netherlands, home to ASML and Philips,": an apposition of the nearest place only
    replace(
        rule(
            "located_in.en.home_apposition",
            "LOCATED_IN",
            "en",
            r"(?:,|\(|-|–) (?:also |long |now )?(?:home to|the home of|home of) (?:the )?",
            0.75,
            True,
            src="Organization",
        ),
        expand="right",
    ),
    rule("located_in.en.based_adj", "LOCATED_IN", "en", r"-based ", 0.8, True),
    # "Based in Shenzhen, Honor ...": the seat fronted before the company the sentence is about
    rule(
        "located_in.en.fronted_seat",
        "LOCATED_IN",
        "en",
        r", (?:the )?",
        0.75,
        True,
        src="Organization",
        head=r"(?:^|[.!?\"”]\s+|\n)\W*(?:based|headquartered|long based|now based) in (?:the )?$",
    ),
    rule(
        "located_in.vi.fronted_seat",
        "LOCATED_IN",
        "vi",
        r", ",
        0.75,
        True,
        src="Organization",
        head=r"(?:^|[.!?\"”]\s+|\n)\W*(?:có|đặt|với) trụ sở(?: chính)? (?:tại|ở) "
        + _VI_PLACE
        + r"$",
    ),
    rule(
        "located_in.en.headquartered_adj",
        "LOCATED_IN",
        "en",
        r"-(?:headquartered|registered|incorporated) (?:(?!and |or )\S+ ){0,3}",
        0.8,
        True,
        src="Organization",
    ),
    # "China's DeepSeek", "Hangzhou's Unitree": a place owning a company is its home
    rule(
        "located_in.en.possessive",
        "LOCATED_IN",
        "en",
        r"'s ",
        0.7,
        True,
        src="Organization",
    ),
    # "founded in 2019 in Seoul": where a company was set up is where it is
    rule(
        "located_in.en.founded",
        "LOCATED_IN",
        "en",
        r"{w2}(?:was |is )?(?:founded|co-founded|set up|established|incorporated)"
        r"(?: in (?:\d{4}|\S+ \d{4})| (?:\S+ ){1,2}ago)? in (?:the )?",
        0.7,
        src="Organization",
    ),
    # "Staged in Lisbon each year, the summit ...": the place opens the sentence
    rule(
        "located_in.en.held_before",
        "LOCATED_IN",
        "en",
        r"{w3}, (?:the )?",
        0.75,
        True,
        src="Event",
        head=r"(?:held|hosted|staged|opening|opened|taking place|which took place)"
        r"(?: \S+){0,3} in $",
    ),
    # "a trip to Tokyo, where she opened the Fair": the event is in that place
    rule(
        "located_in.en.where",
        "LOCATED_IN",
        "en",
        r"{w3}, where {w6}(?:at|in|attended|opened|addressed|visited) (?:the )?",
        0.7,
        True,
        src="Event",
    ),
    rule("located_in.en.event", "LOCATED_IN", "en", r"{w2}(?:in|at) (?:the )?", 0.7, src="Event"),
    # "Busan will host the Expo", "Paris hosted the summit": a place hosting an event
    rule(
        "located_in.en.hosts",
        "LOCATED_IN",
        "en",
        r"(?:, (?:which|that) )?(?:will |plans to |is set to |is due to |is to |agreed to |won the "
        r"right to |was chosen to |also |again |once again )?(?:host|hosts|hosted|is hosting|"
        r"was hosting|has hosted|played host to|plays host to) (?:the |this year's |next year's )?",
        0.7,
        True,
        src="Event",
    ),
    # "flew to Davos for the Forum", "was in Seoul to attend the summit": a trip to an event
    rule(
        "located_in.en.trip",
        "LOCATED_IN",
        "en",
        r"(?:for|to attend|attending|to speak at|to address) (?:the |this year's |this week's )?",
        0.65,
        True,
        src="Event",
        head=r"\b(?:in|to) $",
    ),
    rule(
        "located_in.vi.hosts",
        "LOCATED_IN",
        "vi",
        # "Thâm Quyến, nơi tổ chức Hội chợ X", "Đà Nẵng sẽ đăng cai Diễn đàn Y"
        r"(?:, nơi (?:\S+ )?(?:tổ chức|diễn ra|đăng cai|khai mạc)|(?:sẽ |vừa |đã |từng |lần đầu )?"
        r"(?:đăng cai|là chủ nhà của|là nơi tổ chức|là nơi diễn ra)) ",
        0.7,
        True,
        src="Event",
    ),
    # "có mặt ở Bắc Kinh dự Diễn đàn X": a trip to an event
    rule(
        "located_in.vi.trip",
        "LOCATED_IN",
        "vi",
        r"(?:để )?(?:dự|tham dự|tham gia|phát biểu tại|phát biểu ở|trình bày tại) ",
        0.65,
        True,
        src="Event",
        head=r"\b(?:ở|tại|đến|tới|sang) (?:thành phố |thủ đô )?$",
    ),
    rule(
        "located_in.en.apposition",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:the |a |an )?",
        0.8,
        tail=r"\s*-?\s*(?:based|headquartered)",
    ),
    # "In Shenzhen, UBTech ...", "Tại Thượng Hải, MiniMax ...": a place fronting the sentence
    # introduces the company that is its subject
    rule(
        "located_in.fronted",
        "LOCATED_IN",
        "*",
        r", ",
        0.6,
        True,
        src="Organization",
        # "Across the border in Shenzhen, XtalPi ...": a spatial opener may lead in
        head=r"(?:^|[.!?\"”]\s+|\n\s*)(?:(?:Across|Over|Down|Up|Out|Back|Farther|Further|"
        r"Elsewhere|Nearby|Next door)(?: \w+){0,2} in|In|Tại|Ở|Ngay tại) "
        r"(?:thành phố |the city of )?$",
    ),
    # "StepFun, một "con hổ" khác cũng ở Thượng Hải": a description placing it like another
    rule(
        "located_in.vi.also_in",
        "LOCATED_IN",
        "vi",
        r", (?:\S+ ){0,8}(?:cũng|đều) (?:ở|tại|đặt trụ sở tại|có trụ sở tại|có trụ sở ở|"
        r"đặt trụ sở ở) (?:thành phố )?",
        0.7,
        src="Organization",
    ),
    # "Huawei's headquarters in Shenzhen", "moved its headquarters to Singapore"
    rule(
        "located_in.en.headquarters",
        "LOCATED_IN",
        "en",
        r"(?:(?:'s |’s )|{w3}(?:has|have|keeps|kept|maintains|moved|moves|is moving|relocated|"
        r"relocates|shifted|shifts|set up|opened) (?:its |their )?)(?:global |main |corporate |new |"
        r"own )?" + _EN_SEAT + r"(?: is| are| was| were| remain| remains)? (?:in|to|at) (?:the )?",
        0.75,
        src="Organization",
    ),
    # "the headquarters of Huawei in Shenzhen"
    rule(
        "located_in.en.headquarters_of",
        "LOCATED_IN",
        "en",
        r"(?:is |are |was |were )?(?:in|at) (?:the )?",
        0.75,
        src="Organization",
        head=r"\b" + _EN_SEAT + r" of (?:the )?$",
    ),
    # "Nvidia's Santa Clara headquarters"
    rule(
        "located_in.en.possessed_headquarters",
        "LOCATED_IN",
        "en",
        r"(?:'s |’s )",
        0.75,
        src="Organization",
        tail=r"(?:,\s*(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?))?\s*(?:-based\s+)?" + _EN_SEAT + r"\b",
    ),
    # "Zhipu, one of Beijing's best-funded start-ups"
    rule(
        "located_in.en.one_of",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:one of|among|is one of|was one of|is among) (?:the )?(?:[\w-]+ ){0,3}",
        0.7,
        src="Organization",
        tail=r"\s*(?:'s|’s)?\s*(?:-based )?(?:[\w-]+ ){0,3}?" + _EN_FIRM + r"\b",
    ),
    # "Singapore-based analyst Tom Lee": a place before a person's role
    rule(
        "located_in.en.based_role",
        "LOCATED_IN",
        "en",
        r"-based (?:[\w-]+ ){0,2}(?:" + _EN_PEOPLE + r")s? ",
        0.75,
        True,
        src="Person",
    ),
    # "Kevin Xu, an analyst in Hong Kong"
    rule(
        "located_in.en.role_in",
        "LOCATED_IN",
        "en",
        r"(?:,|\() (?:a|an) (?:[\w-]+ ){0,2}(?:" + _EN_PEOPLE + r") (?:based )?in (?:the )?",
        0.7,
        src="Person",
    ),
    # "Trụ sở chính của Huawei đặt tại Thâm Quyến"
    rule(
        "located_in.vi.seat_of",
        "LOCATED_IN",
        "vi",
        r"(?:(?:hiện |vẫn )?(?:đặt|nằm|đóng) )?(?:tại|ở) " + _VI_PLACE,
        0.75,
        src="Organization",
        head=r"(?:trụ sở|đại bản doanh|văn phòng chính)(?: chính)? (?:của )?"
        r"(?:công ty |hãng |tập đoàn |startup )?$",
    ),
    # "MiniMax chuyển trụ sở sang Singapore"
    rule(
        "located_in.vi.moved_seat",
        "LOCATED_IN",
        "vi",
        r"{w3}(?:chuyển|dời|di dời|đặt) (?:trụ sở|đại bản doanh)(?: chính)? (?:sang|tới|về|đến|"
        r"tại|ở) " + _VI_PLACE,
        0.75,
        src="Organization",
    ),
    # where a company has its plants, offices or data centres ("Foxconn has factories in X",
    # "Foxconn có nhà máy tại X"): weaker than a seat
    # a company may have plants in several places: "factories in A and B" gives both
    replace(
        rule(
            "located_in.en.facility",
            "LOCATED_IN",
            "en",
            # "SSI, which has offices in A and B": the relative clause of the company
            r"(?:, (?:which|that) (?:also |now |already )?)?"
            r"(?:has|have|had|opened|opens|runs|operates|built|builds|is building|owns) "
            r"(?:a |an |its |their |new |several |many |two |three |\d+ |[\w-]+ ){0,2}"
            r"(?:factory|factories|plants?|offices?|data centres?|data centers?|campus|campuses|"
            r"facility|facilities|fabs?|research centres?|research centers?) in ",
            0.6,
            src="Organization",
        ),
        expand="both",
    ),
    replace(
        rule(
            "located_in.vi.facility",
            "LOCATED_IN",
            "vi",
            # "A và B đều đã mở nhà máy tại X": the adverbs of a shared predicate come first
            # "SSI, công ty có văn phòng tại A và B": an apposition of the company comes first
            r"(?:, (?:công ty|hãng|startup|tập đoàn) (?:hiện )?)?"
            r"(?:(?:đều|cũng|đã|vừa|đang|sẽ) ){0,3}(?:có|mở|xây|xây dựng|đặt|vận hành|sở hữu)"
            r"(?: thêm)?(?: nhiều| các| một| hai| ba)? "
            r"(?:nhà máy|văn phòng|trung tâm dữ liệu|trung tâm nghiên cứu|cơ sở|chi nhánh) "
            r"(?:tại|ở) " + _VI_PLACE,
            0.6,
            src="Organization",
        ),
        expand="both",
    ),
)
