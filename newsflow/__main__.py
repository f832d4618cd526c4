"""``python -m newsflow``: the same as the ``newsflow`` console script."""

from newsflow.cli import entrypoint

entrypoint()
