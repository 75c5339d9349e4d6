"""``dateline serve``: the event store over HTTP (a JSON API and a map page).

``create_app`` builds the FastAPI app; nothing starts at import time.
"""

from dateline.serve.app import create_app

__all__ = ["create_app"]
