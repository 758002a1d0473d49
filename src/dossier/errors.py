"""Errors a user sees: each names the input and the problem in one sentence."""

from __future__ import annotations


class DossierError(Exception):
    """Base class for errors that are reported to the user without a traceback."""

    exit_code = 2


class InputError(DossierError):
    """An input file (or a line of it) cannot be read as an article."""

    def __init__(self, origin: str, problem: str):
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class UnsupportedLanguageError(DossierError):
    """The article is not in a language dossier can analyse."""

    exit_code = 3
