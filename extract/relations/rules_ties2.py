"""More rules for ties between organisations: owners named as titles, partners named
as "its partner", goods shipped to a buyer, partners named in a list ("partners such as A,
B and C"), a subsidiary named with its owner before the noun ("X, a Y subsidiary").

Data only, like `rules_ties.py` (whose `RULES` these join): each `rule(...)` is a
`PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from dataclasses import replace

from extract.relations.rule import ORG, PERSON_ORG, PairRule, rule

# things a company ships or sells to another: the goods of a supply deal
_EN_GOODS = (
    r"(?:chips|gpus|processors|accelerators|servers|systems|racks|memory|hbm|units|parts|"
    r"components|machines|tools|equipment|capacity|compute|superchips|boards|wafers)"
)
_VI_GOODS = (
    r"(?:chip|gpu|bộ xử lý|bộ tăng tốc|máy chủ|hệ thống|bộ nhớ|linh kiện|thiết bị|máy|"
    r"siêu chip|tấm wafer)"
)
# words saying the goods do not, or may not, go ("cannot ship", "barred from selling")
_EN_NOT = (
    r"(?!.*\b(?:not|cannot|can't|no longer|stop\w*|ban\w*|bar\w*|halt\w*|restrict\w*|"
    r"block\w*|forbid\w*|prohibit\w*|curb\w*|without)\b)"
)

RULES: tuple[PairRule, ...] = (
    # "Anthropic named AWS its primary training partner", "made Nvidia its main supplier",
    # "CoreWeave counts Microsoft as its biggest customer", "lists Nvidia among its backers"
    rule(
        "partners.en.named_its",
        "PARTNERS_WITH",
        "en",
        r"{w2}(?:named|names|naming|made|makes|making|picked|picks|chose|chooses|selected|"
        r"selects|tapped|taps|designated|designates|counts|counted|lists|listed) (?:the )?",
        0.75,
        src=PERSON_ORG,
        tgt=ORG,
        tail=r"\s+(?:as (?:one of )?|among )?(?:its|their) (?:[\w-]+ ){0,2}?(?:partner|supplier|"
        r"provider|backer|investor|collaborator|foundry|customer|client|shareholder)s?\b",
    ),
    # "Anthropic's largest backer is Amazon", "its biggest customer remains Microsoft"
    rule(
        "partners.en.backer_is",
        "PARTNERS_WITH",
        "en",
        r"(?:'s|’s) (?:[\w-]+ ){0,2}?(?:partner|supplier|provider|backer|investor|customer|client|"
        r"shareholder|foundry) (?:is|was|remains|has been|has long been) (?:the )?",
        0.75,
        src=ORG,
        tgt=PERSON_ORG,
    ),
    # "TikTok owner ByteDance", "Google parent Alphabet": the owner as a title of its name
    rule(
        "owns.en.title",
        "OWNS",
        "en",
        r"(?:owner|parent|parent company|parent group|majority owner) (?:, )?",
        0.8,
        True,
        src=ORG,
    ),
    # "SoftBank-owned Arm", "the state-controlled ...": the owner as a compound modifier
    rule(
        "owns.en.owned_modifier",
        "OWNS",
        "en",
        r"-(?:owned|controlled) (?:[\w-]+ ){0,3}",
        0.75,
        src=ORG,
        tgt=ORG,
    ),
    # "công ty mẹ của TikTok là ByteDance": the owner named after its description
    rule(
        "owns.vi.parent_is",
        "OWNS",
        "vi",
        r"(?:là|chính là|,) ",
        0.8,
        True,
        src=ORG,
        head=r"(?:công ty mẹ|tập đoàn mẹ|chủ sở hữu|chủ) (?:của )?$",
    ),
    # "Nvidia said it would ship 18,000 of its GB300 chips to Humain": goods to a buyer
    rule(
        "partners.en.ships_to",
        "PARTNERS_WITH",
        "en",
        _EN_NOT + r"{w4}(?:ship|ships|shipped|shipping|deliver|delivers|delivered|delivering|"
        r"sell|sells|sold|selling|supply|supplies|supplied|supplying|provide|provides|provided|"
        r"providing) (?:\S+ ){0,8}?" + _EN_GOODS + r" (?:\S+ ){0,2}?to (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.ships_to",
        "PARTNERS_WITH",
        "vi",
        r"(?!.*\b(?:không|cấm|ngừng|dừng|chặn|hạn chế)\b){w4}(?:giao|bán|chuyển|cung cấp|xuất) "
        r"(?:\S+ ){0,5}?" + _VI_GOODS + r" (?:\S+ ){0,3}?(?:cho|tới) (?:hãng |công ty |"
        r"tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
        head=r"(?<!cấm )(?<!ngăn )(?<!chặn )(?<!không )$",
    ),
    # "Meta offers Llama through partners such as A, B and C", "its partners include A and B":
    # each listed firm partners the firm the clause is about
    rule(
        "partners.en.partners_such_as",
        "PARTNERS_WITH",
        "en",
        r"(?!.*\b(?:not|no longer|former|ex-)\b){w10}(?:\S+ )?(?:partners|partner companies|"
        r"partner firms) (?:such as|like|including|include|included|that include|which include) "
        r"(?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "OpenAI đã ký các thỏa thuận chip quy mô lớn với AMD và Broadcom": a deal's words between
    rule(
        "partners.vi.deal_with",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:ký|ký kết|đạt|đạt được|hoàn tất|chốt|công bố|giành|giành được|trúng) (?:các |một |"
        r"hai |những )?(?:thỏa thuận|thoả thuận|hợp đồng|thương vụ|biên bản ghi nhớ|bản ghi nhớ|"
        r"mou)(?: \S+){0,12}? (?:với|từ) "
        r"(?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.partners_such_as",
        "PARTNERS_WITH",
        "vi",
        r"(?!.*\b(?:không|chưa|từng|cũ)\b){w12}(?:các |những )?(?:công ty |doanh nghiệp )?đối tác"
        r"(?: \S+){0,2} (?:như|gồm|gồm có|bao gồm|là|, trong đó có|trong đó có) "
        r"(?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "Zeta Cloud, a Huawei subsidiary": the owner written before the noun of the apposition
    rule(
        "part_of.en.owner_apposition",
        "PART_OF",
        "en",
        r", (?:a|an|the) ",
        0.8,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:subsidiary|unit|division|affiliate|spin-off|spinoff)\b",
    ),
)

# words saying a party may not take part ("barred from licensing", "không được cấp phép")
_VI_NOT = r"(?!.*\b(?:không|cấm|ngừng|dừng|chặn|hạn chế|xuất khẩu)\b)"

RULES += (
    # "Rapidus licenses its 2nm process from IBM", "Groq cấp phép công nghệ cho Nvidia"
    rule(
        "partners.en.licenses",
        "PARTNERS_WITH",
        "en",
        _EN_NOT + r"(?!.*\bexport)(?:, )?{w3}(?:is |was |has |had )?(?:licensing|licensed|"
        r"licenses|license|licence|licences) (?:\S+ ){0,5}?(?:technology|technologies|process|"
        r"processes|design|designs|patents|ip|architecture|model|models|software|know-how) "
        r"(?:\S+ ){0,2}?(?:to|from) (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.licenses",
        "PARTNERS_WITH",
        "vi",
        _VI_NOT + r"{w4}(?:cấp phép|cấp quyền sử dụng|chuyển giao|nhận chuyển giao|mua bản quyền|"
        r"mua giấy phép) (?:\S+ ){0,4}?(?:công nghệ|bằng sáng chế|thiết kế|quy trình|kiến trúc|"
        r"mô hình|phần mềm)(?: \S+){0,5}? (?:cho|từ|của) (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "Google agreed to buy power from Kairos", "OpenAI cam kết mua năng lực tính toán từ Y":
    # a supply deal for power or computing
    rule(
        "partners.en.buys_from",
        "PARTNERS_WITH",
        "en",
        _EN_NOT + r"{w6}(?:buy|buys|bought|buying|purchase|purchases|purchased|rent|rents|"
        r"rented|lease|leases|leased|source|sources|sourced|procure|procures|procured) "
        r"(?:\S+ ){0,4}?(?:power|electricity|energy|compute|computing|capacity|computing power|"
        r"processing power|cloud services) (?:\S+ ){0,4}?from (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
        head=r"(?<!barred )(?<!banned )(?<!blocked )(?<!stopped )(?<!prevented )(?<!forbade )$",
    ),
    rule(
        "partners.vi.buys_from",
        "PARTNERS_WITH",
        "vi",
        _VI_NOT + r"{w6}(?:mua|thuê|sử dụng|dùng) (?:\S+ ){0,3}?(?:năng lực tính toán|năng lực "
        r"điện toán|sức mạnh tính toán|dịch vụ đám mây|dịch vụ điện toán đám mây|điện năng|"
        r"điện|năng lượng)(?: \S+){0,4}? (?:từ|của) (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "Sam Altman là một trong những nhà đầu tư cá nhân đầu tiên của Cerebras",
    # "X is one of the earliest individual investors in Y"
    rule(
        "partners.vi.one_of_partners",
        "PARTNERS_WITH",
        "vi",
        r"(?:(?!(?:nhưng|còn|song|trong khi) )\S+ ){0,6}?(?:là |cũng là |vẫn là |trở thành )"
        r"(?:một trong những|một trong các|một trong số các|một) (?:nhà đầu tư|cổ đông|đối tác|"
        r"nhà tài trợ|nhà cung cấp)(?: (?!của|với)\S+){0,4} (?:của|với|tại) (?:hãng |công ty |"
        r"tập đoàn |startup )?",
        0.7,
        src=PERSON_ORG,
        tgt=ORG,
    ),
    rule(
        "partners.en.one_of_partners",
        "PARTNERS_WITH",
        "en",
        r"(?:(?!(?:but|while|whereas) )\S+ ){0,6}?(?:is|was|are|were|became|remains) (?:also )?"
        r"(?:one of|among) (?:the )?(?:[\w-]+ ){0,3}?(?:investors|backers|shareholders|partners|"
        r"suppliers) (?:in|of|to|with|backing|funding|behind) (?:the )?",
        0.7,
        src=PERSON_ORG,
        tgt=ORG,
    ),
    # "HIMA, a consortium of Viettel, FPT and VNPT", "liên minh HIMA, gồm A, B và C": a named
    # group and each of its members
    rule(
        "partners.en.consortium_of",
        "PARTNERS_WITH",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:consortium|alliance|coalition|"
        r"joint venture) (?:\S+ ){0,2}?(?:of|made up of|comprising|composed of|formed by|"
        r"set up by|founded by|created by|between|including|that includes) (?:the )?",
        0.75,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.consortium_of",
        "PARTNERS_WITH",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:một )?(?:liên minh|liên doanh|liên danh|tổ hợp)(?: \S+){0,3}? "
        r"(?:gồm|gồm có|bao gồm|giữa|do|được lập bởi|được thành lập bởi) (?:các |hãng |công ty |"
        r"tập đoàn )?",
        0.75,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.named_consortium",
        "PARTNERS_WITH",
        "vi",
        r"(?:,|\(|-|–)? ?(?:gồm|gồm có|bao gồm|với các thành viên|với thành viên là) (?:các |hãng |"
        r"công ty |tập đoàn )?",
        0.75,
        src=ORG,
        tgt=ORG,
        head=r"(?:liên minh|liên doanh|liên danh|tổ hợp) $",
    ),
    # "Apple brings ChatGPT to Siri under an agreement with OpenAI": work done under a deal
    rule(
        "partners.en.under_deal",
        "PARTNERS_WITH",
        "en",
        r"(?!.*\b(?:not|no longer|without|never)\b)(?:(?!(?:but|while|whereas|and)\b)[^,\s]+ ){0,8}?"
        r"(?:under|through|via|as part of|thanks to|in line with) (?:a |an |its |their |the |"
        r"this |that )?(?:[\w$.-]+ ){0,4}?(?:deal|agreement|partnership|pact|contract|tie-up|"
        r"alliance|collaboration|memorandum of understanding|joint venture) with (?:the )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.vi.under_deal",
        "PARTNERS_WITH",
        "vi",
        r"(?!.*\b(?:không|chưa|chấm dứt|hủy)\b)(?:(?!(?:nhưng|còn|song|trong khi|và)\b)[^,\s]+ ){0,10}?"
        r"(?:theo|nhờ|trong khuôn khổ|thông qua) (?:các |một |những )?(?:thỏa thuận|thoả thuận|"
        r"hợp đồng|quan hệ đối tác|quan hệ hợp tác|liên minh|biên bản ghi nhớ)(?: \S+){0,4}? với "
        r"(?:hãng |công ty |tập đoàn )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # "AMD wants to chip away at Nvidia's dominance", "thách thức vị thế của Nvidia": going
    # after the lead of another of the same kind
    rule(
        "competes.en.dominance",
        "COMPETES_WITH",
        "en",
        r"{w4}(?:challenge|challenges|challenged|challenging|chip away at|chips away at|"
        r"chipping away at|chipped away at|erode|erodes|eroding|eroded|dent|dents|denting|"
        r"dented|undercut|undercuts|undercutting|dethrone|dethrones|dethroning|unseat|unseats|unseating|topple|topples|"
        r"toppling|eat into|eats into|eating into|ate into|steal|steals|stealing|take|taking|"
        r"grab|grabbing|win|winning) (?:(?:some|a share|share|a slice|market share|customers) of "
        r")?(?:the )?",
        0.7,
        tail=r"\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:dominance|grip|lead|crown|monopoly|"
        r"stranglehold|hegemony|market share|supremacy|leadership|customers|throne|market)\b",
    ),
    # "Baidu is battling Alibaba for cloud customers": a fight for the same prize
    rule(
        "competes.en.battling_for",
        "COMPETES_WITH",
        "en",
        r"{w3}(?:battling|battles|battled|battle|fighting|fights|fought|jostling with|jostles with|"
        r"jostled with|wrestling with|duelling|dueling|sparring with) ",
        0.7,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:for|over) (?:the )?(?:[\w-]+ ){0,3}?(?:customers|clients|users|market|"
        r"share|dominance|supremacy|lead|leadership|crown|spot|position|top|talent|contracts|"
        r"orders|developers|buyers|deals)\b",
    ),
    # "AMD is Nvidia's closest rival", "Nvidia's main rival remains AMD"
    rule(
        "competes.en.copula_possessive",
        "COMPETES_WITH",
        "en",
        r"{w1}(?:is|was|are|were|became|become|remains|remain) (?:also |now |still )?(?:among |"
        r"one of )?(?:the )?",
        0.75,
        tail=r"\s*(?:'s|’s) (?:[\w-]+ ){0,2}?(?:rivals?|competitors?|challengers?|arch-rivals?|"
        r"archrivals?)\b",
    ),
    rule(
        "competes.en.rival_is",
        "COMPETES_WITH",
        "en",
        r"(?:'s|’s) (?:[\w-]+ ){0,2}?(?:rival|competitor|challenger) (?:is|was|remains|has been|"
        r"has long been) (?:the )?",
        0.75,
    ),
    # "Baidu bị Alibaba vượt mặt": overtaken, in the passive
    rule(
        "competes.vi.overtaken",
        "COMPETES_WITH",
        "vi",
        r"{w2}(?:đã |vừa |đang )?bị ",
        0.7,
        tail=r"\s*(?:vượt mặt|qua mặt|soán ngôi|bỏ xa|hạ bệ|bắt kịp|đuổi kịp|bám đuổi|lấn át)",
    ),
    # "Nvidia will supply xAI with more chips": the buyer between the verb and "with"
    rule(
        "partners.en.supply_with",
        "PARTNERS_WITH",
        "en",
        _EN_NOT + r"(?!.*\bfrom\b){w3}(?:supply|supplies|supplied|supplying|provide|provides|"
        r"provided|providing|"
        r"equip|equips|equipped|equipping) (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
        tail=r"\s+with\b",
        head=r"(?<!from )(?<!to stop )$",
    ),
    # "the Microsoft-OpenAI partnership", "the Nvidia–Groq deal": two names joined by a dash
    replace(
        rule(
            "partners.en.dash_compound",
            "PARTNERS_WITH",
            "en",
            r"(?:-|–|—|/) ",
            0.75,
            src=ORG,
            tgt=ORG,
            tail=r"\s*(?:partnership|deal|alliance|tie-up|joint venture|venture|pact|agreement|"
            r"collaboration|accord)\b",
        ),
        expand="none",  # "thương vụ A – B, C ...": C is no party
    ),
    replace(
        rule(
            "partners.vi.dash_compound",
            "PARTNERS_WITH",
            "vi",
            r"(?:-|–|—|/) ",
            0.75,
            src=ORG,
            tgt=ORG,
            head=r"(?:thương vụ|thỏa thuận|thoả thuận|liên minh|liên doanh|hợp tác|quan hệ hợp tác|"
            r"quan hệ đối tác|hợp đồng|bắt tay) $",
        ),
        expand="none",  # "thương vụ A – B, C ...": C is no party
    ),
    # "Tencent joined Moonshot's $300m round": a backer in the company's round
    rule(
        "partners.en.joined_round",
        "PARTNERS_WITH",
        "en",
        r"{w2}(?:participated in|participates in|participating in|joined|joins|joining|took part "
        r"in|takes part in|co-led|led|leads|anchored|invested in|backed) (?:the )?",
        0.75,
        src=PERSON_ORG,
        tgt=ORG,
        tail=r"\s*(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,4}?(?:round|fundraising|fundraise|funding|"
        r"financing|raise)\b",
    ),
)
