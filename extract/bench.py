"""The extraction benchmark behind `racegraph bench extract [FILE...]`.

Measures, on the same texts in the same run, the whole extraction and spaCy's
blank tokenizer of each text's language (`spacy.blank("en")`, and
`spacy.blank("vi")` without pyvi), each repeated until it has run >= 2 s, best
of several rounds; reports peak memory (tracemalloc) of one extraction. The
last line is `extract_tokens_per_s=N tokenizer_tokens_per_s=M ratio=R`, tokens
being counted by the blank tokenizer.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import spacy

from extract.language import detect_language
from extract.pipeline import DocumentInput, extract
from extract.reader import read_document
from extract.text import normalise

__all__ = ["corpus_paths", "run"]

MIN_SECONDS = 2.0
ROUNDS = 3


def corpus_paths() -> list[Path]:
    """The bundled sample corpus (`app/corpus/*.txt`)."""
    return sorted((Path(__file__).resolve().parents[1] / "app" / "corpus").glob("*.txt"))


def _rate(work: Callable[[], None], tokens: int, min_seconds: float, rounds: int) -> float:
    """Best tokens/s over `rounds`, each repeating `work` for at least `min_seconds`."""
    work()  # warm caches (pipelines, catalogue)
    best = 0.0
    for _ in range(rounds):
        runs, start = 0, time.perf_counter()
        while True:
            work()
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds:
                break
        best = max(best, runs * tokens / elapsed)
    return best


def run(
    paths: list[Path] | None = None, min_seconds: float = MIN_SECONDS, rounds: int = ROUNDS
) -> list[str]:
    """Benchmark extraction against the blank tokenizer; returns report lines."""
    paths = list(paths) if paths else corpus_paths()
    if not paths:
        raise FileNotFoundError("no documents to benchmark (app/corpus is empty)")
    docs: list[DocumentInput] = [read_document(p) for p in paths]
    texts = [normalise(d.text) for d in docs]
    langs = [d.language or detect_language(t) for d, t in zip(docs, texts)]
    blanks = {
        "en": spacy.blank("en"),
        "vi": spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}),
    }
    tokens = sum(len(blanks[lang].make_doc(t)) for lang, t in zip(langs, texts))

    def tokenize() -> None:
        for lang, t in zip(langs, texts):
            blanks[lang].make_doc(t)

    def extraction() -> None:
        extract(docs)

    tok_rate = _rate(tokenize, tokens, min_seconds, rounds)
    ext_rate = _rate(extraction, tokens, min_seconds, rounds)
    tracemalloc.start()
    result = extract(docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    ratio = ext_rate / tok_rate if tok_rate else 0.0
    return [
        f"documents={len(docs)} tokens={tokens} languages={','.join(sorted(set(langs)))}",
        f"entities={len(result.entities)} relations={len(result.relations)}",
        (
            f"peak_memory_mb={peak / 1e6:.1f} (one extraction, tracemalloc) "
            f"max_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
        ),
        (
            f"extract_tokens_per_s={ext_rate:.0f} tokenizer_tokens_per_s={tok_rate:.0f} "
            f"ratio={ratio:.2f}"
        ),
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys

    print("\n".join(run([Path(p) for p in sys.argv[1:]] or None)))
