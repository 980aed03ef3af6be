"""Rules for where things are: LOCATED_IN (Organization, Person, Event -> Location).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule

RULES: tuple[PairRule, ...] = (
    rule("located_in.parenthesis", "LOCATED_IN", "*", r"\( ", 0.85, tail=r"\s*\)"),
    rule(
        "located_in.vi.based",
        "LOCATED_IN",
        "vi",
        r"{w7}(?:có trụ sở chính tại|có trụ sở chính ở|có trụ sở tại|có trụ sở ở|đặt trụ sở tại|"
        r"đặt trụ sở ở|trụ sở tại|đóng tại|đến từ|diễn ra tại|diễn ra ở|tổ chức tại|tổ chức ở) "
        r"(?:thành phố |tỉnh |bang |thủ đô )?",
        0.75,
    ),
    rule(
        "located_in.vi.role",
        "LOCATED_IN",
        "vi",
        r"(?:, |- |– )?(?:là )?(?:một )?(?:nhà phân tích|chuyên gia|nhà nghiên cứu|công ty|hãng|"
        r"startup|tập đoàn|doanh nghiệp|nhà sản xuất|văn phòng|trụ sở|hội nghị|sự kiện|triển lãm|"
        r"diễn đàn)(?: \S+){0,4} (?:tại|ở) "
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
        r"{w5}(?:là|trở thành|vẫn là) (?:nơi đặt trụ sở|nơi đặt trụ sở chính|nơi có trụ sở|"
        r"đại bản doanh|quê nhà) (?:chính )?(?:của )?",
        0.75,
        True,
        src="Organization",
    ),
    rule(
        "located_in.vi.adjective",
        "LOCATED_IN",
        "vi",
        r"(?:-|– )?",
        0.6,
        True,
        src="Organization",
        head=r"(?:công ty|hãng|startup|tập đoàn|công ty khởi nghiệp|"
        r"gã khổng lồ|nhà sản xuất chip|nhà phát triển)(?: \S+){0,3}\s*$",
    ),
    rule(
        "located_in.en.based",
        "LOCATED_IN",
        "en",
        r"{w4}(?:based in|headquartered in|located in|held in|hosted in|took place in|"
        r"takes place in|incorporated in|registered in|in the city of) (?:the )?",
        0.8,
    ),
    rule("located_in.en.in", "LOCATED_IN", "en", r"(?:, )?(?:of|from|in) (?:the )?", 0.55),
    rule(
        "located_in.en.adjective",
        "LOCATED_IN",
        "en",
        r"(?:-based |based )?(?:\S+ ){0,2}(?:startup|start-up|company|firm|giant|lab|group|"
        r"chipmaker|rival|outfit|conglomerate|developer|maker|unicorn|champion|player|foundry|"
        r"manufacturer|supplier|provider|operator)s? ",
        0.65,
        True,
        src="Organization",
    ),
    rule(
        "located_in.en.apposition_noun",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )",
        0.7,
        src="Organization",
        tail=r"\s*(?:-based )?(?:[\w-]+ ){0,2}?(?:start-up|startup|company|firm|lab|group|giant|"
        r"chipmaker|developer|unicorn|conglomerate)s?\b",
    ),
    rule(
        "located_in.en.noun_in",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )(?:[\w-]+ ){0,3}(?:start-up|startup|company|firm|lab|group|"
        r"giant|chipmaker|maker|developer|manufacturer|supplier|designer|foundry|unicorn|"
        r"conglomerate|fund|investor|operator|provider)s? (?:based |headquartered )?(?:in|from) "
        r"(?:the )?",
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
    rule("located_in.en.based_adj", "LOCATED_IN", "en", r"-based ", 0.8, True),
    rule("located_in.en.event", "LOCATED_IN", "en", r"{w2}(?:in|at) (?:the )?", 0.7, src="Event"),
    rule(
        "located_in.en.apposition",
        "LOCATED_IN",
        "en",
        r"(?:,|\(|-|–) (?:the |a |an )?",
        0.8,
        tail=r"\s*-?\s*(?:based|headquartered)",
    ),
)
