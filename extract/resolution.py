"""Resolution inside a document: short names and references to earlier mentions.

- A person's family name alone ("Wang", "Altman") after the full name refers
  to that person.
- Short references — "công ty này", "the startup", "Công ty" opening a
  sentence, "ông"/"bà"/"he"/"she", "chuyên gia"/"nhà phân tích" (singular),
  "mô hình này"/"the model" — point at the nearest earlier mention of a fitting
  type in the same or the two previous sentences. They become `ref` mentions:
  usable by relation rules (with lower confidence), not counted as aliases.

Entities are merged across documents later, by id (`extract.pipeline`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from extract.spans import Candidate, Found, state
from extract.text import guarded

__all__ = ["REFERENCES", "Resolution"]

REFERENCES: dict[str, list[tuple[str, str]]] = {
    "vi": [
        (
            (
                r"\b(?:công ty khởi nghiệp|công ty|hãng công nghệ|hãng|startup|tập đoàn|"
                r"phòng thí nghiệm|studio) này"
            ),
            "Organization",
        ),
        (
            (
                r"\b(?:[Cc]ông ty|[Hh]ãng|Startup|[Tt]ập đoàn|Studio)(?= (?:đã|vừa|sẽ|cũng|từng|mới|"
                r"tiếp tục|cho biết|cho hay|khẳng định|tuyên bố|đang|là|do|hiện)\b)"
            ),
            "Organization",
        ),
        (r"\b(?:ông|bà)(?= (?![A-ZĐÂĂÊÔƠƯ]))", "Person"),
        (
            (
                r"\b(?:chuyên gia|nhà phân tích|nhà nghiên cứu)(?= (?:này|\d+ tuổi|cho biết|nói|"
                r"nhận định))"
            ),
            "Person",
        ),
        (r"\bmô hình (?:này|mới này)", "AIModel"),
        (r"\bchip này", "Hardware"),
    ],
    "en": [
        (
            (
                r"\b[Tt]he (?:(?:[a-z][\w-]*|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-based)?) ){0,2}"
                r"(?:company|firm|startup|start-up|lab|group|giant|chipmaker)"
                r"(?![\w-])(?! (?:said|says)? ?[A-Z])"
            ),
            "Organization",
        ),
        (r"\b(?:[Hh]e|[Ss]he)\b", "Person"),
        (r"\b[Ii]ts\b", "Organization"),
        (
            (
                r"\b[Ii]t(?= (?:has |had |also |then |first |later |quickly |now )?(?:launched|"
                r"released|introduced|unveiled|announced|bought|acquired|invested|raised|built|"
                r"developed|opened|signed|partnered|debuted|shipped|open-sourced)\b)"
            ),
            "Organization",
        ),
        (r"\b[Tt]he (?:new )?model(?![\w-])(?! [A-Z0-9])", "AIModel"),
        (r"\b[Tt]he chip(?![\w-])(?! [A-Z0-9])", "Hardware"),
    ],
}
_PLURAL = ("các ", "những ", "nhiều ")  # "các nhà phân tích" is nobody in particular
_WINDOW = 2  # sentences back


class Resolution:
    """Pipeline component: family names and short references into `doc._.rg.mentions`."""

    def __init__(self) -> None:
        # one pass per document: every reference pattern of a language in one regex,
        # guarded by its possible first letters (most positions fail one class test)
        self.refs = {
            lang: (
                re.compile(guarded("|".join(f"(?P<r{i}>{p})" for i, (p, _t) in enumerate(pats)))),
                [t for _p, t in pats],
            )
            for lang, pats in REFERENCES.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        text = st.text
        mentions = st.mentions + self._family_names(text, st.mentions, st.sentence_of)
        mentions.sort(key=lambda f: f.start)
        spans = _Spans(mentions)
        by_sentence: dict[int, list[Found]] = {}
        for f in mentions:
            by_sentence.setdefault(f.sentence, []).append(f)
        refs: list[Found] = []
        rx, kinds = self.refs.get(st.language, self.refs["en"])
        starts = {f.start for f in mentions}
        for m in rx.finditer(text):
            a, b = m.span()
            if st.skipped(a, b) or spans.covered(a, b):
                continue
            if b + 1 in starts and text[b : b + 1] == " ":
                continue  # a title before a name ("the rival lab xAI") is no reference
            kind = kinds[int(m.lastgroup[1:])]
            if text[max(0, a - 6) : a].endswith(_PLURAL):
                continue
            subject = m.group().lower() == "its"  # "its" points back at the sentence subject
            sentence = st.sentence_of(a)
            target = _antecedent(by_sentence, a, kind, sentence, subject)
            if target is not None:
                c = target.best
                cand = Candidate(c.id, c.name, c.type, c.source, c.confidence)
                refs.append(Found(a, b, m.group(), [cand], sentence, ref=True))
        st.mentions = sorted(mentions + refs, key=lambda f: f.start)
        return doc

    @staticmethod
    def _family_names(text: str, mentions: list[Found], sentence_of) -> list[Found]:
        first: dict[str, Found] = {}
        for f in mentions:
            words = f.text.split()
            if f.type == "Person" and len(words) >= 2 and len(words[-1]) >= 3:
                first.setdefault(words[-1], f)
        if not first:
            return []
        rx = re.compile(
            guarded(r"(?<![\w\-])(?:" + "|".join(map(re.escape, first)) + r")(?![\w\-])")
        )
        out = []
        spans = _Spans(sorted(mentions, key=lambda f: f.start))
        for m in rx.finditer(text):
            full = first[m.group()]
            a, b = m.span()
            if a <= full.start or spans.overlapping(a, b):
                continue
            c = full.best
            cand = Candidate(c.id, c.name, c.type, c.source, c.confidence * 0.95)
            out.append(Found(a, b, m.group(), [cand], sentence_of(a), ref=True))
        return out


class _Spans:
    """Mentions sorted by start, asked which of them overlap a char range.

    Only mentions starting in (a - longest, b) can overlap [a, b), so each
    question looks at that slice (found by bisection), not at every mention.
    """

    def __init__(self, mentions: list[Found]) -> None:
        self.mentions = mentions
        self.starts = [f.start for f in mentions]
        self.longest = max((f.end - f.start for f in mentions), default=0)

    def _near(self, a: int, b: int) -> list[Found]:
        lo = bisect_right(self.starts, a - self.longest)
        return self.mentions[lo : bisect_left(self.starts, b)]

    def covered(self, a: int, b: int) -> bool:
        """Whether a mention covers any part of [a, b) without lying wholly inside it."""
        return any(
            not (b <= f.start or a >= f.end) and not (a <= f.start and f.end <= b)
            for f in self._near(a, b)
        )

    def overlapping(self, a: int, b: int) -> bool:
        """Whether any mention overlaps [a, b)."""
        return any(not (b <= f.start or a >= f.end) for f in self._near(a, b))


def _antecedent(
    by_sentence: dict[int, list[Found]],
    offset: int,
    kind: str,
    sentence: int,
    subject: bool = False,
) -> Found | None:
    """The nearest earlier fitting mention of this sentence (its first one, the likely
    subject, when `subject`), else the first fitting mention of the closest of the
    `_WINDOW` previous sentences. `by_sentence` holds each sentence's mentions in order."""
    here = [f for f in by_sentence.get(sentence, ()) if f.start < offset and f.type == kind]
    if here:
        return here[0] if subject else here[-1]
    for back in range(sentence - 1, sentence - 1 - _WINDOW, -1):
        for f in by_sentence.get(back, ()):
            if f.type == kind:
                return f
    return None


@Language.factory("racegraph_resolution", default_config={"catalogue_path": None})
def make_resolution(nlp: Language, name: str, catalogue_path: str | None) -> Resolution:
    return Resolution()
