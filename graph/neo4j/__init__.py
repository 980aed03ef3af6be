"""The Neo4j backend: `Neo4jStore`, its Cypher (`queries`) and the read-only guard."""

from graph.neo4j.store import Neo4jStore

__all__ = ["Neo4jStore"]
