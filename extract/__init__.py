"""Text -> entities and relations, deterministic and offline (English, Vietnamese).

The public entry point is `extract(documents) -> ExtractionResult`.
"""

from extract.pipeline import DocumentInput, extract

__all__ = ["DocumentInput", "extract"]
