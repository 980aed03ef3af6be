"""Running analyst Cypher read-only: gates 2 to 4 (gate 1 is `readonly.check_static`).

>>> # columns, rows = run_readonly(driver, "neo4j", "MATCH (e:Entity) RETURN e.id", None, 10, 5.0)
"""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j import ManagedTransaction, unit_of_work
from neo4j.exceptions import AuthError, ClientError

from graph.errors import InvalidQuery
from graph.neo4j.queries import EXPLAIN_PREFIX
from graph.neo4j.readonly import (
    CypherResult,
    check_params,
    check_row_limit,
    check_static,
    serialise,
)

__all__ = ["fetch_rows", "query_kind", "run_readonly"]


def query_kind(session: neo4j.Session, text: str, values: dict[str, Any], timeout: float) -> str:
    """Gate 2: what the planner says `text` is: ``r``, ``rw``, ``w`` or ``s`` (schema/admin)."""

    @unit_of_work(timeout=timeout)
    def plan(tx: ManagedTransaction) -> str:
        return str(tx.run(EXPLAIN_PREFIX + text, values).consume().query_type)

    return session.execute_read(plan)


def fetch_rows(
    session: neo4j.Session, text: str, values: dict[str, Any], cap: int, timeout: float
) -> CypherResult:
    """Gates 3 and 4: run `text` in a READ transaction with a timeout; keep `cap` rows."""

    @unit_of_work(timeout=timeout)
    def fetch(tx: ManagedTransaction) -> CypherResult:
        result = tx.run(text, values)
        columns = list(result.keys())
        rows: list[dict[str, Any]] = []
        truncated = False
        for record in result:
            if len(rows) == cap:
                truncated = True
                break
            rows.append({key: serialise(value) for key, value in record.items()})
        return CypherResult(columns, rows, truncated)

    return session.execute_read(fetch)


def run_readonly(
    driver: neo4j.Driver,
    database: str,
    query: str,
    params: dict[str, Any] | None,
    limit: int,
    timeout: float,
) -> CypherResult:
    """Check, plan, then run `query` in a READ transaction; at most `limit` rows.

    Raises `InvalidQuery` when a gate refuses the query (with the reason), when
    Neo4j rejects it (syntax, types, timeout) or when the plan is not read-only.
    Driver errors other than client errors propagate for the caller to wrap.
    """
    text = check_static(query)
    values = check_params(params)
    cap = check_row_limit(limit)
    try:
        with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            kind = query_kind(session, text, values, timeout)
            if kind != "r":
                raise InvalidQuery(
                    f"read-only Cypher: the planner classifies this query as {kind!r}, not a read"
                )
            return fetch_rows(session, text, values, cap, timeout)
    except AuthError:
        raise
    except ClientError as err:
        raise InvalidQuery(f"Neo4j refused the query: {err.message}") from err
