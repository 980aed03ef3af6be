"""Documents: ingest (idempotent by content hash), read, retract."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.deps import ApiKeyDep, StoreDep
from app.schemas import DeleteOut, DocumentIn, DocumentOut, IngestOut
from app.service import ingest_texts
from extract import DocumentInput

router = APIRouter(prefix="/v1/documents", tags=["documents"])

DocId = Annotated[str, Path(min_length=1, max_length=200)]


@router.post("", response_model=IngestOut, status_code=201)
def create_document(
    body: DocumentIn, store: StoreDep, _key: ApiKeyDep, response: Response
) -> IngestOut:
    """Extract an article and store what it says.

    201 with the counts the first time; the same text again adds nothing and
    answers 200 with ``created: false``.
    """
    doc = DocumentInput(
        text=body.text,
        title=body.title,
        url=body.url,
        language=body.language,
        published=body.published,
    )
    summary = ingest_texts(store, [doc])
    created = summary.created[0]
    if not created:
        response.status_code = 200
    return IngestOut(
        id=summary.ids[0],
        created=created,
        entities=summary.entities,
        relations=summary.relations,
        evidence=summary.evidence,
    )


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(document_id: DocId, store: StoreDep) -> DocumentOut:
    """The stored document with its text and sentence spans."""
    return DocumentOut.model_validate(store.get_document(document_id))


@router.delete("/{document_id}", response_model=DeleteOut)
def delete_document(document_id: DocId, store: StoreDep, _key: ApiKeyDep) -> DeleteOut:
    """Retract a document: its evidence goes, and facts only it supported."""
    return DeleteOut.model_validate(store.delete_document(document_id))
