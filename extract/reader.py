"""Reading documents from files: `.txt` (UTF-8) and `.json` (`{text, title?, url?, ...}`)."""

from __future__ import annotations

import json
from pathlib import Path

from extract.pipeline import DocumentInput
from graph.errors import ExtractionError

__all__ = ["read_document"]

_FIELDS = ("title", "url", "language", "published")


def read_document(path: Path) -> DocumentInput:
    """Read `path` into a `DocumentInput`.

    A `.txt` file is the article text (its first non-empty line is the title); a
    `.json` file is an object with `text` and optional `title`, `url`, `language`,
    `published`. Raises `ExtractionError` for a missing, unreadable, non-UTF-8 or
    malformed file, or an empty text.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractionError(f"{path} is not UTF-8 text (byte {exc.start})") from exc
    if path.suffix.lower() == ".json":
        return _from_json(path, content)
    if not content.strip():
        raise ExtractionError(f"{path} is empty")
    title = next((line.strip() for line in content.splitlines() if line.strip()), None)
    return DocumentInput(text=content, title=title)


def _from_json(path: Path, content: str) -> DocumentInput:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise ExtractionError(f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, dict):
        raise ExtractionError(f"{path}: expected a JSON object with a 'text' field")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ExtractionError(f"{path}: 'text' is missing or empty")
    extra = {}
    for key in _FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ExtractionError(f"{path}: '{key}' must be a string")
        extra[key] = value
    return DocumentInput(text=text, **extra)
