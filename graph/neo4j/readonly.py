"""The static half of the read-only Cypher guard, and result serialisation.

Analysts may send their own Cypher to `Neo4jStore.cypher`. Neo4j alone cannot be
trusted to refuse writes there: it plans `LOAD CSV` and several procedures as
reads, and the driver's READ access mode is a routing hint, not access control.
So a query passes four gates, the first of which lives here:

1. `check_static` looks at the query text with comments and string literals
   removed and refuses write clauses, admin and schema commands, `LOAD CSV`,
   `USE`, `CALL { } IN TRANSACTIONS`, several statements, and any procedure
   not in `ALLOWED_PROCEDURES` (APOC included);
2. the store `EXPLAIN`s it and refuses unless the planner calls it read-only
   (`query_type == "r"`);
3. it runs in a READ transaction with a server-side timeout;
4. rows are capped at a limit, and truncation is reported.

>>> check_static("MATCH (n:Entity {id: $id}) RETURN n.name // CREATE is only a comment")
'MATCH (n:Entity {id: $id}) RETURN n.name // CREATE is only a comment'
>>> check_static("MATCH (n) DETACH DELETE n")
Traceback (most recent call last):
...
graph.errors.InvalidQuery: read-only Cypher: DETACH is not allowed (writes are refused)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from graph.errors import InvalidQuery

__all__ = [
    "ALLOWED_PROCEDURES",
    "MAX_CYPHER_ROWS",
    "CypherResult",
    "Lexed",
    "check_params",
    "check_row_limit",
    "check_static",
    "lex",
    "serialise",
]

MAX_CYPHER_ROWS = 10_000
MAX_QUERY_CHARS = 20_000

# Lower-cased names; procedure names are compared lower-cased too.
ALLOWED_PROCEDURES: frozenset[str] = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
        "db.index.fulltext.querynodes",
        "db.index.fulltext.queryrelationships",
    }
)

# Clause keywords that change data, schema, users or the server, or read outside it.
_FORBIDDEN_WORDS: dict[str, str] = {
    "CREATE": "writes are refused",
    "MERGE": "writes are refused",
    "SET": "writes are refused",
    "DELETE": "writes are refused",
    "DETACH": "writes are refused",
    "REMOVE": "writes are refused",
    "FOREACH": "writes are refused",
    "INSERT": "writes are refused",
    "DROP": "schema and admin commands are refused",
    "ALTER": "schema and admin commands are refused",
    "RENAME": "schema and admin commands are refused",
    "GRANT": "schema and admin commands are refused",
    "DENY": "schema and admin commands are refused",
    "REVOKE": "schema and admin commands are refused",
    "SHOW": "schema and admin commands are refused",
    "ENABLE": "schema and admin commands are refused",
    "DEALLOCATE": "schema and admin commands are refused",
    "REALLOCATE": "schema and admin commands are refused",
    "TERMINATE": "schema and admin commands are refused",
    "LOAD": "LOAD CSV reads outside the graph",
    "USE": "switching databases is refused",
    "TRANSACTIONS": "CALL { } IN TRANSACTIONS is refused",
    "EXPLAIN": "EXPLAIN/PROFILE are added by the server side",
    "PROFILE": "EXPLAIN/PROFILE are added by the server side",
    "CYPHER": "query options are refused",
}
# A keyword, not a property key (`n.set`), label (`:Set`), parameter (`$set`) or map key.
_WORD = re.compile(r"(?<![\w.:$])([A-Za-z_]\w*)\b(?!\s*:(?!:))")
_CALL = re.compile(r"\bCALL\s+((?:[A-Za-z_][\w$]*\s*\.\s*)*[A-Za-z_][\w$]*)", re.IGNORECASE)
_ADMIN_PHRASE = re.compile(r"\b(START|STOP)\s+DATABASES?\b", re.IGNORECASE)
_FORBIDDEN_NAMESPACES = re.compile(r"\b(apoc|dbms|gds|genai)\s*\.", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Lexed:
    """A query split into what the parser sees as code.

    `code` has comments replaced by a space, string literals emptied (`''`) and
    backtick-quoted names replaced by `_q_`; `names` is the same, but with
    backtick-quoted names unwrapped when they are plain dotted identifiers
    (else `_q_`), so `CALL `db`.`labels`` reads as `CALL db.labels`.
    """

    code: str
    names: str


class _Lexer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.code: list[str] = []
        self.names: list[str] = []

    def emit(self, code: str, names: str | None = None) -> None:
        self.code.append(code)
        self.names.append(code if names is None else names)

    def run(self) -> Lexed:
        text, i, n = self.text, 0, len(self.text)
        while i < n:
            c = text[i]
            if c in "'\"":
                i = self._string(i, c)
            elif c == "`":
                i = self._backtick(i)
            elif text.startswith("//", i):
                end = text.find("\n", i)
                i = n if end < 0 else end
                self.emit(" ")
            elif text.startswith("/*", i):
                end = text.find("*/", i + 2)
                if end < 0:
                    raise InvalidQuery("read-only Cypher: unterminated /* comment")
                i = end + 2
                self.emit(" ")
            else:
                self.emit(c)
                i += 1
        return Lexed("".join(self.code), "".join(self.names))

    def _string(self, i: int, quote: str) -> int:
        text, j = self.text, i + 1
        while j < len(text):
            if text[j] == "\\":
                j += 2
                continue
            if text[j] == quote:
                self.emit(quote * 2)
                return j + 1
            j += 1
        raise InvalidQuery("read-only Cypher: unterminated string literal")

    def _backtick(self, i: int) -> int:
        text, j, parts = self.text, i + 1, []
        while j < len(text):
            if text[j] == "`":
                if text.startswith("``", j):  # an escaped backtick inside the name
                    parts.append("`")
                    j += 2
                    continue
                name = "".join(parts)
                plain = re.fullmatch(r"[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)*", name)
                self.emit("_q_", name if plain else "_q_")
                return j + 1
            parts.append(text[j])
            j += 1
        raise InvalidQuery("read-only Cypher: unterminated `name`")


def lex(query: str) -> Lexed:
    """Strip comments and string literals from `query` (see `Lexed`).

    >>> lex("RETURN 'a;b' AS `x y` /* CREATE */").code
    "RETURN '' AS _q_  "
    """
    return _Lexer(query).run()


def _refuse(reason: str) -> InvalidQuery:
    return InvalidQuery(f"read-only Cypher: {reason}")


def check_static(query: object) -> str:
    """Refuse a query whose text shows a write, admin command or escape; return it.

    The returned text is the query without surrounding blanks and without one
    trailing `;`. Checks are conservative: a label or variable spelt like a
    write keyword is refused too (quote it with backticks to pass).

    >>> check_static("CALL db.labels() YIELD label RETURN label")
    'CALL db.labels() YIELD label RETURN label'
    """
    if not isinstance(query, str) or not query.strip():
        raise _refuse("the query must be a non-empty string")
    if len(query) > MAX_QUERY_CHARS:
        raise _refuse(f"the query is longer than {MAX_QUERY_CHARS} characters")
    for ch in query:
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs") and ch not in "\t\n\r":
            raise _refuse(f"control or invisible character U+{ord(ch):04X} is not allowed")
    text = query.strip()
    lexed = lex(unicodedata.normalize("NFKC", text))
    code = lexed.code.rstrip()
    if code.endswith(";"):
        code = code[:-1]
        text = text.rstrip()[:-1].rstrip()
    if ";" in code:
        raise _refuse("several statements (';') are not allowed")
    admin = _ADMIN_PHRASE.search(code)
    if admin:
        raise _refuse(f"{admin.group(1).upper()} DATABASE is not allowed (admin commands)")
    for match in _WORD.finditer(code):
        word = match.group(1).upper()
        if word in _FORBIDDEN_WORDS:
            raise _refuse(f"{word} is not allowed ({_FORBIDDEN_WORDS[word]})")
    namespace = _FORBIDDEN_NAMESPACES.search(lexed.names)
    if namespace:
        raise _refuse(f"{namespace.group(1)}.* procedures and functions are not allowed")
    for match in _CALL.finditer(lexed.names):
        name = re.sub(r"\s+", "", match.group(1)).lower()
        if name not in ALLOWED_PROCEDURES:
            allowed = ", ".join(sorted(ALLOWED_PROCEDURES))
            raise _refuse(f"procedure {name!r} is not allowed (allowed: {allowed})")
    return text


def check_params(params: object) -> dict[str, Any]:
    """Parameters must be a mapping with string keys (values are sent as values)."""
    if params is None:
        return {}
    if not isinstance(params, dict):
        raise _refuse(f"params must be a mapping, got {type(params).__name__}")
    for key in params:
        if not isinstance(key, str) or not key:
            raise _refuse(f"parameter names must be non-empty strings, got {key!r}")
    return dict(params)


def check_row_limit(limit: object) -> int:
    """The row cap of one analyst query, 1..`MAX_CYPHER_ROWS`."""
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise _refuse(f"limit must be an integer, got {limit!r}")
    if not 1 <= limit <= MAX_CYPHER_ROWS:
        raise _refuse(f"limit must be from 1 to {MAX_CYPHER_ROWS}, got {limit}")
    return limit


class CypherResult(tuple):
    """`(columns, rows)` of an analyst query, plus `truncated`.

    Unpacks like a pair: ``columns, rows = store.cypher(q)``.
    """

    truncated: bool

    def __new__(cls, columns: list[str], rows: list[dict[str, Any]], truncated: bool = False):
        self = super().__new__(cls, (columns, rows))
        self.truncated = truncated
        return self

    @property
    def columns(self) -> list[str]:
        return self[0]

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self[1]


def serialise(value: Any) -> Any:
    """Turn a driver value into JSON-ready data.

    Nodes become ``{"_id", "_labels", **props}``, relationships
    ``{"_id", "_type", "_start", "_end", **props}``, paths
    ``{"nodes", "relationships"}``; temporal and spatial values become strings.
    """
    from neo4j.graph import Node, Path, Relationship
    from neo4j.spatial import Point

    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Node):
        return {
            "_id": value.element_id,
            "_labels": sorted(value.labels),
            **{k: serialise(v) for k, v in value.items()},
        }
    if isinstance(value, Relationship):
        return {
            "_id": value.element_id,
            "_type": value.type,
            "_start": value.start_node.element_id if value.start_node else None,
            "_end": value.end_node.element_id if value.end_node else None,
            **{k: serialise(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {
            "nodes": [serialise(n) for n in value.nodes],
            "relationships": [serialise(r) for r in value.relationships],
        }
    if hasattr(value, "iso_format"):  # neo4j.time Date, DateTime, Time, Duration
        return str(value.iso_format())
    if isinstance(value, Point):  # a tuple subclass: before the list case
        return str(value)
    if isinstance(value, dict):
        return {str(k): serialise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [serialise(v) for v in value]
    if isinstance(value, bytes | bytearray):
        return bytes(value).hex()
    return str(value)
