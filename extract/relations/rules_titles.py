"""Rules built from one lexicon of job titles: LEADS, FOUNDED and WORKS_FOR written with
the title where the rules of `rules_people.py` do not look.

- the title and its organisation before the name: "the head of Google, Sundar Pichai";
  "DeepSeek's reclusive founder, Liang Wenfeng";
- two titles joined in one apposition: "X, a co-founder and the chief executive of Y";
- a change of post: "X, who took over as chief executive of Y";
- the organisation as a modifier of a staff noun: "X, a senior Google engineer";
- hiring: "Meta hired X", "X gia nhập Y", "Y chiêu mộ ông X".

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule

__all__ = ["EN_LEAD_TITLES", "EN_STAFF", "RULES"]

# titles whose holder runs the whole organisation
EN_LEAD_TITLES = (
    r"ceo|co-ceo|chief executive|chief executive officer|chairman|chairwoman|president|boss|"
    r"head|leader|managing director"
)
_EN_FOUNDER = r"co-founder|cofounder|founder"
# nouns of people who work for an organisation without running it
EN_STAFF = (
    r"researcher|scientist|engineer|analyst|economist|spokesperson|spokesman|spokeswoman|"
    r"executive|employee|programmer|lawyer|adviser|advisor|strategist|manager|official|"
    r"staffer|research scientist|product manager"
)
# words describing a title's holder, not narrowing the title to a unit ("Google's cloud
# chief" runs a unit) nor to the past ("former")
_EN_EPITHET = (
    r"(?:longtime |long-time |reclusive |billionaire |outspoken |charismatic |low-profile |"
    r"publicity-shy |media-shy |embattled |powerful |youthful |\d+-year-old |new |current |"
    r"interim |acting |founding |then-)"
)
_EN_NOT_PAST = r"(?!(?:former|ex-|previous|onetime|one-time|erstwhile|outgoing)\b)"
# a change of post: "took over as", "was promoted to"
_EN_TOOK = (
    r"(?:took over|takes over|has taken over|stepped in|steps in|stepped up|steps up|"
    r"was promoted|was brought in|was installed|serves|served|has served|is serving|"
    r"will serve|was hired|returned|returns|came back)"
)
_EN_ART = r"(?:a |an |the |its |one )?"
_EN_TWO_TITLES = (
    r"(?:,|\() "
    + _EN_ART
    + r"(?:(?:"
    + _EN_FOUNDER
    + r") and "
    + _EN_ART
    + r"(?:"
    + EN_LEAD_TITLES
    + r")|(?:"
    + EN_LEAD_TITLES
    + r") and "
    + _EN_ART
    + r"(?:"
    + _EN_FOUNDER
    + r")) (?:of|at) (?:the )?"
)
_VI_FIRM = r"(?:công ty |hãng |tập đoàn |startup |công ty khởi nghiệp )?"

RULES: tuple[PairRule, ...] = (
    # "Tổng giám đốc Viettel, ông Tào Đức Thắng,": the title and its company, then the person
    rule(
        "leads.vi.title_before",
        "LEADS",
        "vi",
        r"(?:,|\() (?:ông |bà )?",
        0.8,
        True,
        src="Person",
        head=r"(?<!cựu )(?<!nguyên )\b(?:[Tt]ổng giám đốc|[Gg]iám đốc điều hành|[Cc]hủ tịch|"
        r"CEO|[Nn]gười đứng đầu|[Tt]rưởng)(?: của)? " + _VI_FIRM + "$",
    ),
    rule(
        "founded.vi.title_before",
        "FOUNDED",
        "vi",
        r"(?:,|\() (?:ông |bà )?",
        0.8,
        True,
        src="Person",
        head=r"(?<!cựu )\b(?:[Nn]hà sáng lập|[Nn]gười sáng lập|[Nn]hà đồng sáng lập)(?: của)? "
        + _VI_FIRM
        + "$",
    ),
    # "the chief executive of Google, Sundar Pichai,": the title and its company first
    rule(
        "leads.en.title_of_before",
        "LEADS",
        "en",
        r"(?:,|\() ",
        0.8,
        True,
        src="Person",
        head=r"(?<!former )(?<!ex-)\b(?:the |its )?(?:"
        + EN_LEAD_TITLES
        + r") (?:of|at) (?:the )?$",
    ),
    rule(
        "founded.en.title_of_before",
        "FOUNDED",
        "en",
        r"(?:,|\() ",
        0.8,
        True,
        src="Person",
        head=r"\b(?:the |a |one )?(?:" + _EN_FOUNDER + r")s? (?:of|at|behind) (?:the )?$",
    ),
    # "DeepSeek's reclusive founder, Liang Wenfeng"; "Google's longtime chief executive X"
    rule(
        "leads.en.epithet_title",
        "LEADS",
        "en",
        r"(?:'s |’s )" + _EN_EPITHET + r"{1,2}(?:ceo|chief executive|chief executive officer|"
        r"chairman|chairwoman|co-ceo)(?: ,)? ",
        0.8,
        True,
        src="Person",
    ),
    rule(
        "founded.en.epithet_title",
        "FOUNDED",
        "en",
        r"(?:'s |’s )" + _EN_EPITHET + r"{1,2}(?:" + _EN_FOUNDER + r")(?: ,)? ",
        0.8,
        True,
        src="Person",
    ),
    # "X, a co-founder and the chief executive of Y": both titles are X's at Y
    rule("leads.en.two_titles", "LEADS", "en", _EN_TWO_TITLES, 0.85, src="Person"),
    rule("founded.en.two_titles", "FOUNDED", "en", _EN_TWO_TITLES, 0.85, src="Person"),
    # "Sundar Pichai, who took over as chief executive of Google in 2015"
    rule(
        "leads.en.took_over",
        "LEADS",
        "en",
        r"(?:, )?(?:who |and )?(?:has |had |later |then |now )?" + _EN_TOOK + r" (?:as|to) "
        r"(?:the |its )?(?:new |interim |acting |permanent )?(?:" + EN_LEAD_TITLES + r") "
        r"(?:of|at) (?:the )?",
        0.8,
        src="Person",
    ),
    # "Jeff Dean, a senior Google engineer": the organisation qualifies a staff noun
    rule(
        "works_for.en.modifier_role",
        "WORKS_FOR",
        "en",
        r"(?:,|\() (?:a|an|the) (?:" + _EN_NOT_PAST + r"[\w-]+ ){0,2}",
        0.75,
        src="Person",
        tail=r"\s*(?:[\w-]+\s+)?(?:" + EN_STAFF + r")s?\b(?!\s+(?:of|at|for|with)\b)",
    ),
    # "Meta hired Alexandr Wang as chief AI officer": the hired person works there
    rule(
        "works_for.en.hired",
        "WORKS_FOR",
        "en",
        r"(?:has |have |had |also |recently )?(?:hired|recruited|poached|lured|brought in|"
        r"brought on) (?:the |former |ex- )?(?:[\w-]+ ){0,3}?",
        0.7,
        True,
        src="Person",
        tgt="Organization",
    ),
    # "ông X gia nhập Meta", "X về đầu quân cho OpenAI"
    rule(
        "works_for.vi.joined",
        "WORKS_FOR",
        "vi",
        r"{w2}(?:gia nhập|đầu quân cho|đầu quân vào|về làm việc cho|về làm việc tại|"
        r"về làm cho|được tuyển vào|về với) " + _VI_FIRM,
        0.7,
        src="Person",
        tgt="Organization",
    ),
    # "Meta chiêu mộ ông X", "Meta đã tuyển dụng ông X làm giám đốc AI"
    rule(
        "works_for.vi.hired",
        "WORKS_FOR",
        "vi",
        r"(?:đã |vừa |mới |cũng )?(?:tuyển dụng|tuyển|chiêu mộ|chiêu mộ được|lôi kéo|thuê|"
        r"mời về|kéo về) (?:được )?(?:cả )?(?:ông |bà |nhà nghiên cứu |kỹ sư |chuyên gia )?",
        0.7,
        True,
        src="Person",
        tgt="Organization",
    ),
)
