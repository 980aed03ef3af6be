"""What the routes and the CLI both do: ingest texts, load the bundled corpus, read inputs.

>>> from graph.memory import MemoryStore
>>> from extract import DocumentInput
>>> summary = ingest_texts(MemoryStore(), [DocumentInput(text="...")])  # doctest: +SKIP
>>> summary.documents, summary.skipped  # doctest: +SKIP
(1, 0)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extract import DocumentInput, extract
from graph.errors import ExtractionError
from graph.model import ExtractionResult, document_id
from graph.store import GraphStore

__all__ = [
    "CORPUS_DIR",
    "INPUT_SUFFIXES",
    "IngestSummary",
    "extract_texts",
    "ingest_texts",
    "input_files",
    "load_sample_corpus",
    "read_inputs",
]

CORPUS_DIR = Path(__file__).parent / "corpus"
INPUT_SUFFIXES = (".txt", ".json")

Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest added; `skipped` documents were already in the store."""

    documents: int = 0
    skipped: int = 0
    entities: int = 0
    relations: int = 0
    evidence: int = 0
    ids: list[str] = field(default_factory=list)
    created: list[bool] = field(default_factory=list)

    def line(self) -> str:
        """One human line, e.g. for the CLI."""
        return (
            f"{self.documents} document(s) added, {self.skipped} already present; "
            f"{self.entities} new entities, {self.relations} new relations, "
            f"{self.evidence} new evidence spans"
        )


def _checked(doc: DocumentInput) -> DocumentInput:
    if not isinstance(doc.text, str) or not doc.text.strip():
        raise ExtractionError("a document needs non-empty text")
    return doc


def extract_texts(inputs: Sequence[DocumentInput]) -> ExtractionResult:
    """Extract one batch, refusing empty texts with `ExtractionError`."""
    return extract([_checked(doc) for doc in inputs])


def ingest_texts(
    store: GraphStore,
    inputs: Iterable[DocumentInput],
    progress: Progress | None = None,
) -> IngestSummary:
    """Extract and store documents, skipping those already in `store`.

    A document is known by the content hash of its text (`graph.model.document_id`),
    so the same text twice is extracted and written once. Each document is
    extracted and written on its own (one store transaction each); `progress`
    is called with 1 after each input.

    Returns
    -------
    IngestSummary
        Counts of what was added, plus the id and created flag per input, in order.
    """
    summary = IngestSummary()
    seen: set[str] = set()
    for doc in inputs:
        _checked(doc)
        doc_id = document_id(doc.text)
        summary.ids.append(doc_id)
        if doc_id in seen or store.has_document(doc_id):
            summary.skipped += 1
            summary.created.append(False)
        else:
            written = store.upsert(extract([doc]))
            seen.add(doc_id)
            summary.documents += written.documents
            summary.skipped += written.skipped_documents
            summary.entities += written.entities
            summary.relations += written.relations
            summary.evidence += written.evidence
            summary.created.append(written.documents > 0)
        if progress is not None:
            progress(1)
    return summary


def input_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and ``.txt``/``.json`` files inside folders named (sorted).

    Raises `FileNotFoundError` for a path that does not exist and `ExtractionError`
    for a folder without any input file.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in INPUT_SUFFIXES and p.is_file())
            if not found:
                raise ExtractionError(f"{path}: no .txt or .json files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")
    return files


def read_inputs(files: Iterable[Path]) -> list[DocumentInput]:
    """Read each file with `extract.reader.read_document`.

    Raises `ExtractionError` naming the file when one cannot be read or decoded.
    """
    from extract.reader import read_document

    out = []
    for path in files:
        try:
            out.append(read_document(path))
        except ExtractionError:
            raise  # the reader names the file already
        except (OSError, UnicodeDecodeError, ValueError) as err:
            raise ExtractionError(f"{path}: cannot read it ({err})") from err
    return out


def load_sample_corpus(store: GraphStore, progress: Progress | None = None) -> IngestSummary:
    """Ingest the bundled articles of `app/corpus/` (idempotent: a second call adds nothing)."""
    return ingest_texts(store, read_inputs(input_files([CORPUS_DIR])), progress)
