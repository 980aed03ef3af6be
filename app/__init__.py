"""The racegraph service: settings, the FastAPI app, the CLI and shared service functions."""
