"""nlp-stn: reads French territorial policy documents and tells citizens which of their
demands a strategy actually answers.

Stages (one module each): extract -> clean -> segment -> match -> review -> report / compare,
composed by :func:`nlp_stn.pipeline.run`.
"""
from ._version import __version__

__all__ = ["__version__"]
