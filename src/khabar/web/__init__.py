"""The local review UI: FastAPI app, server-rendered templates, static map/timeline scripts."""
