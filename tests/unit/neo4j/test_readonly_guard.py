"""The static gate of read-only Cypher (no server needed)."""

from __future__ import annotations

import pytest

from graph.errors import InvalidQuery
from graph.neo4j.readonly import CypherResult, check_params, check_row_limit, check_static, lex

REFUSED = {
    "create": ("CREATE (n)", "CREATE"),
    "merge_lower": ("merge (n {id: 1})", "MERGE"),
    "set": ("MATCH (n) SET n.x = 1", "SET"),
    "detach_delete": ("MATCH (n) DETACH DELETE n", "DETACH"),
    "remove": ("MATCH (n) REMOVE n.x", "REMOVE"),
    "foreach": ("FOREACH (x IN [1] | CREATE ())", "FOREACH"),
    "load_csv": ("LOAD CSV FROM 'file:///x' AS l RETURN l", "LOAD"),
    "in_transactions": ("CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", "TRANSACTIONS"),
    "use": ("USE system MATCH (n) RETURN n", "USE"),
    "show": ("SHOW USERS", "SHOW"),
    "drop": ("DROP INDEX x", "DROP"),
    "grant": ("GRANT ROLE a TO b", "GRANT"),
    "deny": ("DENY READ {*} ON GRAPH * TO r", "DENY"),
    "revoke": ("REVOKE ROLE a FROM b", "REVOKE"),
    "alter": ("ALTER USER x SET PASSWORD 'p'", "ALTER"),
    "terminate": ("TERMINATE TRANSACTIONS 'x'", "TERMINATE"),
    "start_db": ("START DATABASE neo4j", "START DATABASE"),
    "two_statements": ("RETURN 1; RETURN 2", "several statements"),
    "procedure": ("CALL db.createLabel('X')", "db.createlabel"),
    "backtick_procedure": ("CALL `db.createLabel`('X')", "db.createlabel"),
    "dbms": ("CALL dbms.components()", "dbms"),
    "apoc": ("RETURN apoc.text.join(['a'], '') AS x", "apoc"),
    "comment_prefix": ("/* read */ CREATE (n)", "CREATE"),
    "line_comment": ("// read\nCREATE (n)", "CREATE"),
    "fullwidth": ("\uff23\uff32\uff25\uff21\uff34\uff25 (n)", "CREATE"),
    "zero_width": ("CRE\u200bATE (n)", "invisible"),
    "explain": ("EXPLAIN MATCH (n) RETURN n", "EXPLAIN"),
    "unterminated_comment": ("MATCH (n) RETURN n /* CREATE", "unterminated"),
    "unterminated_string": ("RETURN 'abc", "unterminated"),
    "empty": ("   ", "non-empty"),
}


@pytest.mark.parametrize("query,reason", list(REFUSED.values()), ids=list(REFUSED))
def test_static_gate_refuses_with_a_reason(query, reason):
    with pytest.raises(InvalidQuery, match="read-only Cypher") as err:
        check_static(query)
    assert reason.lower() in str(err.value).lower()


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n:Entity {id: $id}) RETURN n",
        "MATCH (n) WHERE n.name = 'CREATE; DROP' RETURN n.set AS x, n.start AS start",
        "MATCH (n:`DELETE`) RETURN n",
        "RETURN {create: 1, merge: 2} AS m",
        "CALL db.labels() YIELD label RETURN label",
        "CALL `db`.`labels`() YIELD label RETURN label",
        "MATCH (n) RETURN n // DELETE everything",
        "MATCH (n) RETURN count(n);",
        "MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id",
    ],
)
def test_static_gate_lets_reads_through(query):
    assert check_static(query)


def test_trailing_semicolon_is_dropped():
    assert check_static("RETURN 1 ;  ") == "RETURN 1"


def test_lexer_empties_strings_and_comments():
    lexed = lex("RETURN 'it''s' AS `a b`, \"x\\\"y\" /* c */ // d")
    assert lexed.code == "RETURN '''' AS _q_, \"\"    "


def test_params_and_limits():
    assert check_params(None) == {}
    with pytest.raises(InvalidQuery):
        check_params([("a", 1)])
    assert check_row_limit(10_000) == 10_000
    with pytest.raises(InvalidQuery):
        check_row_limit(10_001)


def test_cypher_result_unpacks_as_a_pair():
    result = CypherResult(["a"], [{"a": 1}], truncated=True)
    columns, rows = result
    assert (columns, rows, result.truncated) == (["a"], [{"a": 1}], True)
