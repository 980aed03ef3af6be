"""racegraph's graph layer: the model, the `GraphStore` interface and its backends."""
