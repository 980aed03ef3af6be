"""The embedded graph store (networkx), for tests, demos and small deployments."""

from graph.memory.store import MemoryStore

__all__ = ["MemoryStore"]
