"""More rules for partners and rivals: a deal named through "its", ties a company holds,
things built or developed with a partner, work coordinated, rounds joined, the backer named
after "and its", an affiliate in an apposition, a customer, goods supplied for another's
product, a company that helped found another; rivals told by a comparison, a relative
clause, a race joined, being up against or overtaking another.

Data only, like `rules_ties.py` (whose `RULES` these join): each `rule(...)` is a
`PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import ORG, PERSON_ORG, PairRule, rule

# the nouns of a tie between two parties
_EN_TIES = (
    r"(?:deal|deals|partnership|partnerships|agreement|agreements|alliance|alliances|tie-up|"
    r"tie-ups|contract|contracts|collaboration|collaborations|joint venture|joint ventures|"
    r"arrangement|pact|accord|memorandum of understanding)"
)
_VI_TIES = (
    r"(?:hợp tác|quan hệ hợp tác|quan hệ đối tác|đối tác|thỏa thuận|thoả thuận|hợp đồng|"
    r"liên minh|liên doanh|biên bản ghi nhớ)"
)
# what is built, opened or brought out together: verbs of a joint project
_EN_BUILD = (
    r"(?:build|builds|building|built|develop|develops|developing|developed|design|designs|"
    r"designing|designed|launch|launches|launching|launched|unveil|unveils|unveiled|set up|"
    r"sets up|setting up|open|opens|opening|opened|create|creates|creating|created|operate|"
    r"operates|operating|operated|construct|constructs|constructing|constructed|roll out|"
    r"rolls out|rolled out|rolling out|produce|produces|producing|produced|establish|"
    r"establishes|established)"
)
_VI_BUILD = (
    r"(?:xây dựng|xây|phát triển|thiết kế|ra mắt|vận hành|triển khai|thành lập|lập|sản xuất|"
    r"chế tạo|đồng phát triển|nghiên cứu|mở)"
)
# words saying the other one is measured against, not worked with
_EN_AGAINST = (
    r"(?!.*\b(?:compete|competes|competing|competed|rival|rivals|against|versus|vs|"
    r"challenge|challenges|catch|keep|par|comparable|compared|rather|instead|unlike|without|"
    r"not|never)\b)"
)
_VI_AGAINST = r"(?!.*\b(?:cạnh tranh|đối đầu|so với|thay vì|thay cho|không|chưa|đọ sức)\b)"
# a tie ended or only talked of: "ended its deal with", "its former partnership with"
_EN_ENDED = (
    r"(?<!ended )(?<!end )(?<!ending )(?<!ends )(?<!terminated )(?<!scrapped )(?<!cancelled )"
    r"(?<!canceled )(?<!exited )(?<!abandoned )(?<!quit )(?<!severed )(?<!cut )(?<!dropped )"
    r"(?<!ditched )(?<!unwound )(?<!denied )$"
)
_VI_RIVALRY = (
    r"(?:ngang ngửa|sánh ngang|sánh ngang với|ngang hàng với|ngang tầm|ngang tầm với|tương đương|"
    r"tương đương với|cạnh tranh với|cạnh tranh trực tiếp với|đối đầu với|đọ sức với|so kè với|"
    r"thách thức|là đối thủ của|có thể cạnh tranh với)"
)

RULES: tuple[PairRule, ...] = (
    # "Microsoft said its partnership with OpenAI would last": the deal of what "its" recalls
    rule(
        "partners.en.its_deal",
        "PARTNERS_WITH",
        "en",
        r"(?!.*\b(?:former|previous|past|old|expired|defunct|proposed|planned|failed|rumou?red|"
        r"possible|potential|no)\b)(?:[\w$.,-]+ ){0,3}?" + _EN_TIES + r" with (?:the )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
        left=r"its|their",
        head=_EN_ENDED,
    ),
    # "Insilico has research alliances with Lilly", "Huawei có thỏa thuận với Seres"
    rule(
        "partners.en.holds_ties",
        "PARTNERS_WITH",
        "en",
        r"{w3}(?:has|have|had|holds|held|maintains|maintained|enjoys|struck up) (?!no |not )"
        r"(?:a |an |the |several |two |three |many |long-standing |existing |close )?"
        r"(?:[\w-]+ ){0,2}?" + _EN_TIES + r" with (?:the )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.vi.holds_ties",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:có|duy trì|đã có|vẫn có) (?:mối )?(?:quan hệ )?"
        + _VI_TIES
        + r"(?: \S+){0,3}? với (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # "G42 is building a campus with OpenAI", "FPT xây nhà máy AI với Nvidia": built together
    # (not "built with Nvidia's chips", "trained with Nvidia GPUs": goods, no partner)
    rule(
        "partners.en.built_with",
        "PARTNERS_WITH",
        "en",
        _EN_AGAINST + r"{w3}" + _EN_BUILD + r" (?:[\w$.,'’\"“”-]+ ){0,8}?(?:with|together with|"
        r"alongside|jointly with|in partnership with) (?:the )?",
        0.65,
        src=ORG,
        tgt=ORG,
        tail=r"(?!\s*(?:'s|’s)\s)(?!\s+(?:chips?|gpus?|processors?|hardware|accelerators?|"
        r"servers?|cards?|technology|software|models?|systems?|tools?|data)\b)",
    ),
    rule(
        "partners.vi.built_with",
        "PARTNERS_WITH",
        "vi",
        _VI_AGAINST
        + r"{w3}(?:đã |đang |sẽ |vừa |cùng )?"
        + _VI_BUILD
        + r"(?: \S+){0,8}? (?:cùng với|cùng|với|hợp tác với|chung với) (?:hãng |công ty |"
        r"tập đoàn )?",
        0.65,
        src=ORG,
        tgt=ORG,
        tail=r"(?!\s+(?:chip|gpu|bộ xử lý|máy chủ|phần cứng|công nghệ)\b)",
    ),
    # "Viettel đang phối hợp với Qualcomm phát triển ...": working together on something
    # (not agencies coordinating on a matter: "phối hợp với Bộ Công an xử lý ...")
    rule(
        "partners.vi.coordinates",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:đã |đang |sẽ |vừa |cũng )?phối hợp (?:với|cùng) (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:để |nhằm )?(?:cùng )?(?:phát triển|sản xuất|"
        r"xây dựng|nghiên cứu|thiết kế|chế tạo|ra mắt|thử nghiệm)\b",
    ),
    rule(
        "partners.vi.allied",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:đã |đang |sẽ |vừa |cũng )?(?:lập liên minh|thành lập liên minh|bắt tay hợp tác) "
        r"(?:với|cùng) (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # "MGX has joined funding rounds for OpenAI and xAI": a backer in the company's rounds
    rule(
        "partners.en.joined_rounds",
        "PARTNERS_WITH",
        "en",
        r"{w2}(?:participated in|participates in|joined|joins|took part in|takes part in|co-led|"
        r"led|leads) (?:the |a |its |two |several )?"
        r"(?:[\w$.,-]+ ){0,3}?(?:funding |financing |investment )?(?:rounds?|fundraisings?) "
        r"(?:for|of|in|into) (?:the )?",
        0.75,
        src=PERSON_ORG,
        tgt=ORG,
    ),
    # "OpenAI and its largest backer, Microsoft": the partner named after "and its"
    rule(
        "partners.en.and_its",
        "PARTNERS_WITH",
        "en",
        r"(?:and|,) (?:its|their) (?:(?:largest|biggest|main|key|major|early|lead|top|principal|"
        r"sole|longtime|long-time|strategic|closest|chief|new) ){0,2}(?:backer|investor|partner|"
        r"shareholder|supplier|customer|ally|financier|funder)s? (?:, )?(?:the )?",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # "Ant Group, công ty tài chính liên kết với Alibaba", "Ant, an affiliate of Alibaba"
    rule(
        "partners.vi.affiliate",
        "PARTNERS_WITH",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:một )?(?:công ty|tập đoàn|hãng|đơn vị|doanh nghiệp)"
        r"(?: (?!của|và)\S+){0,4} (?:liên kết với|liên kết của|có liên kết với) "
        r"(?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.en.affiliate",
        "PARTNERS_WITH",
        "en",
        r"(?:,|\(|-|–) (?:an |the |a )?(?:[\w-]+ ){0,3}?(?:affiliate of|company affiliated with|"
        r"firm affiliated with|affiliated with) (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "Talen, which sold the campus to Amazon": goods or sites sold, rented or licensed
    rule(
        "partners.en.sold_to",
        "PARTNERS_WITH",
        "en",
        r"(?!.*\b(?:not|cannot|can't|no longer|stop\w*|ban\w*|bar\w*|halt\w*|restrict\w*|"
        r"block\w*|forbid\w*|stake|unit|division|business|subsidiary|arm)\b)(?:, )?(?:that |"
        r"which |who )?(?:already |also |has |had )?(?:sold|rented|leased|licensed|supplied|"
        r"provided) (?:\S+ ){1,4}to (?:the )?",
        0.65,
        src=ORG,
        tgt=ORG,
    ),
    # "EXAONE 4.0, mô hình mà LG cho là ngang ngửa DeepSeek-R1"
    rule(
        "competes.vi.relative",
        "COMPETES_WITH",
        "vi",
        r"(?:\S+ ){0,3}?(?:,|\(|-|–) (?:là )?(?:một )?(?:\S+ ){0,6}?(?:mà|được) (?:\S+ ){0,4}?(?:cho là |"
        r"khẳng định |tuyên bố |đánh giá là |coi là |nói là |cho rằng )?" + _VI_RIVALRY + r" ",
        0.7,
    ),
    # "the Ascend 910B is often compared with the A100", "thường được so sánh với Nvidia A100"
    rule(
        "competes.en.compared",
        "COMPETES_WITH",
        "en",
        r"{w2}(?:is|are|was|were|has been|have been|gets|got|being) (?:often |frequently |widely |"
        r"usually |commonly |routinely |increasingly |now )?(?:compared|likened) (?:with|to) "
        r"(?:the )?(?:\S+'s )?",
        0.7,
        src="AIModel Product Hardware",
        tgt="AIModel Product Hardware",
    ),
    rule(
        "competes.vi.compared",
        "COMPETES_WITH",
        "vi",
        r"{w2}(?:thường |hay |vẫn |từng )?được (?:\S+ ){0,3}?(?:so sánh|đem so|ví) (?:với|như) (?:\S+ )?",
        0.7,
        src="AIModel Product Hardware",
        tgt="AIModel Product Hardware",
    ),
    # "Alibaba put its glasses on sale, joining Xiaomi and Rokid in a fight for eyewear"
    rule(
        "competes.en.joining",
        "COMPETES_WITH",
        "en",
        r"{w14}(?:, )?(?:joining|joins|joined|join) (?:rivals |competitors |the likes of )?"
        r"(?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
        tail=r"[^.;:]{0,60}?\s(?:in|on) (?:a|the) (?:[\w-]+ ){0,3}?(?:race|fight|battle|contest|"
        r"scramble|rush|war|price war|competition)\b",
    ),
    rule(
        "competes.vi.joining",
        "COMPETES_WITH",
        "vi",
        r"{w6}(?:nhập cuộc|gia nhập|tham gia|bước vào) (?:cuộc đua|cuộc chiến|đường đua|cuộc cạnh "
        r"tranh)(?: \S+){0,4}? (?:cùng|với|bên cạnh|cùng với) ",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "Microsoft is the largest customer of CoreWeave", "Meta là khách hàng lớn của Nvidia"
    rule(
        "partners.en.customer_of",
        "PARTNERS_WITH",
        "en",
        r"{w2}(?:is|was|are|were|became|remains|remain) (?:also |now |still )?(?:a |an |the |"
        r"one of the |among the )?(?:[\w-]+ ){0,2}?(?:customer|customers|client|clients) "
        r"(?:of|for) (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.customer_of",
        "PARTNERS_WITH",
        "vi",
        r"{w2}(?:là|trở thành|vẫn là|cũng là) (?:một trong những |một trong các |một )?(?:\S+ )?"
        r"khách hàng (?:\S+ ){0,2}?của (?:hãng |công ty |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # "SK hynix supplies the memory stacked beside Nvidia's accelerators": goods for the
    # buyer's own product; "cung cấp bộ nhớ cho chip AI của Nvidia"
    rule(
        "partners.en.supplies_for",
        "PARTNERS_WITH",
        "en",
        r"(?!.*\b(?:not|cannot|can't|no longer|stop\w*|ban\w*|bar\w*|halt\w*|restrict\w*|"
        r"block\w*)\b){w3}(?:supplies|supplied|supply|supplying|provides|provided|provide|"
        r"providing|makes|made|packages|packaged)(?: \S+){0,8}? (?:for|to|in|inside|beside|"
        r"into|of) (?:the )?",
        0.65,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:chips?|gpus?|accelerators?|processors?|"
        r"phones?|smartphones?|devices?|servers?|cars?|vehicles?|data cent(?:re|er)s?|"
        r"products?|systems?|glasses|headsets?)\b",
    ),
    rule(
        "partners.vi.supplies_for",
        "PARTNERS_WITH",
        "vi",
        r"(?!.*\b(?:không|cấm|ngừng|dừng|chặn|hạn chế)\b){w3}(?:là )?(?:một )?(?:nhà cung cấp|"
        r"nhà cung ứng|cung cấp|cung ứng|sản xuất)(?: \S+){0,8}? cho (?:chip|gpu|bộ tăng tốc|"
        r"sản phẩm|thiết bị|điện thoại|máy chủ|xe|ôtô|ô tô|kính)(?: \S+){0,3}? của "
        r"(?:hãng |công ty |tập đoàn )?",
        0.65,
        src=ORG,
        tgt=ORG,
    ),
    # "G42, the Abu Dhabi group that helped found MGX": a company among another's founders
    rule(
        "partners.en.helped_found",
        "PARTNERS_WITH",
        "en",
        r"{w6}(?:helped|helps|help|had helped) (?:to )?(?:found|set up|create|launch|establish|"
        r"start|form|bankroll|fund|finance) (?:the )?(?:\S+'s )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.helped_found",
        "PARTNERS_WITH",
        "vi",
        r"{w6}(?:đã )?(?:góp phần|giúp|cùng) (?:thành lập|lập ra|sáng lập|gây dựng|rót vốn cho) "
        r"(?:quỹ |công ty |hãng |tập đoàn )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    # rivals: "the H20 is up against Huawei's Ascend 910B"
    rule(
        "competes.en.up_against",
        "COMPETES_WITH",
        "en",
        r"{w3}(?:is|are|was|were|be|being|will be|comes|came|goes|went|runs|ran) (?:also |now |"
        r"still |directly |squarely )?up against (?:the )?(?:\S+'s )?",
        0.7,
    ),
    # "Xiaomi vượt qua Apple về doanh số", "Xiaomi surpassed Apple": a company or product
    # overtaking another (a model beating one is OUTPERFORMS)
    rule(
        "competes.vi.overtakes",
        "COMPETES_WITH",
        "vi",
        r"{w3}(?:đã |vừa |lần đầu )?(?:vượt qua|bỏ xa|dẫn trước|xếp trên|vượt lên trên) (?:cả |"
        r"chính )?(?:ứng dụng |hãng |công ty |tập đoàn )?",
        0.7,
        src="Organization Product",
        tgt="Organization Product",
    ),
    rule(
        "competes.en.overtakes",
        "COMPETES_WITH",
        "en",
        r"{w3}(?:surpassed|surpasses|surpassing|leapfrogged|leapfrogs|edged out|edges out|"
        r"unseated|overtaking|outranked|outranks|outgrew|outgrows) (?:rival |the )?",
        0.7,
        src="Organization Product",
        tgt="Organization Product",
        tail=r"(?!\s*(?:'s|’s)\s+(?-i:[A-Z]))",  # "overtaking Meta's Llama": not Meta
    ),
)
