"""Language detection and the blank spaCy pipelines (English, Vietnamese).

Both pipelines are blank (no statistical model, nothing downloaded). Vietnamese
uses spaCy's `vi` language without pyvi, but with the English prefix, suffix
and infix rules so that `R1,` and `o1.` are split into words like in English.
Pipelines are built once per (language, catalogue) and cached.
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache

import spacy
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extract.text import VI_LETTERS

__all__ = ["LANGUAGES", "build_pipeline", "detect_language", "get_pipeline", "punct_tokenizer"]

LANGUAGES = ("en", "vi")
_VI_CHAR = re.compile(VI_LETTERS)  # both cases
COMPONENTS = (
    "racegraph_catalogue",
    "racegraph_discovery",
    "racegraph_resolution",
    "racegraph_policies",
    "racegraph_dates",
    "racegraph_relations",
)


def detect_language(text: str) -> str:
    """`vi` when Vietnamese-only letters are frequent enough, else `en`.

    >>> detect_language("Mỹ hạn chế xuất khẩu chip"), detect_language("The US restricts chips")
    ('vi', 'en')
    """
    sample = text[:4000]
    words = len(sample.split())
    if not words:
        return "en"
    return "vi" if len(_VI_CHAR.findall(sample)) / words >= 0.15 else "en"


def punct_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer for `nlp.vocab` with English punctuation rules and no exceptions."""
    defaults = English.Defaults
    return Tokenizer(
        nlp.vocab,
        rules={},
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer,
        url_match=defaults.url_match,
    )


def blank(lang: str) -> Language:
    """A blank pipeline for `lang` ("en" or "vi") with punctuation split off words."""
    if lang == "vi":
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        nlp.tokenizer = punct_tokenizer(nlp)
        return nlp
    if lang == "en":
        nlp = spacy.blank("en")
        nlp.tokenizer = punct_tokenizer(nlp)  # no special cases: names need none, and it caches
        return nlp
    raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")


def build_pipeline(lang: str, catalogue_path: str | None = None) -> Language:
    """A blank pipeline for `lang` with racegraph's components added in order."""
    import extract.components  # noqa: F401  (registers the factories)

    nlp = blank(lang)
    for name in COMPONENTS:
        config = {"catalogue_path": catalogue_path} if name != "racegraph_dates" else {}
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=8)
def get_pipeline(lang: str, catalogue_path: str | None = None) -> Language:
    """The cached pipeline for `lang` (built on first use).

    A pipeline (vocabulary, phrase matcher, catalogue: some 10^5 objects) lives as
    long as the process, so once built it is moved out of the garbage collector's
    generations (`gc.freeze`): full collections, which an extraction's many small
    objects trigger, then stop re-scanning it every time. Objects stay freed by
    reference counting as usual.
    """
    nlp = build_pipeline(lang, catalogue_path)
    gc.freeze()
    return nlp
