"""Registers racegraph's spaCy factories (import for the side effect).

Order in a pipeline: `racegraph_catalogue`, `racegraph_discovery`,
`racegraph_resolution`, `racegraph_policies`, `racegraph_dates`, `racegraph_relations`.
"""

from extract import dates, discovery, mentions, policies, relations, resolution

__all__ = ["dates", "discovery", "mentions", "policies", "relations", "resolution"]
