"""Quotes stage: who said what, direct and indirect, in French and English.

Public surface: the ``veille_quotes`` spaCy factory (registered on import of ``.component``) and
:class:`QuotesComponent`, usable on a parsed Doc without a pipeline.
"""

from .component import QuotesComponent, make_quotes

__all__ = ["QuotesComponent", "make_quotes"]
