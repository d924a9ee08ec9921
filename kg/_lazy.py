"""Lazy package attributes (PEP 562): a package names its public API, modules load on first use.

Example:
    >>> namespace = {}
    >>> getter = lazy_getattr("demo", {"sqrt": "math"}, namespace)
    >>> getter("sqrt")(9.0), "sqrt" in namespace
    (3.0, True)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["lazy_getattr"]


def lazy_getattr(package: str, exports: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """Return a module ``__getattr__`` importing each name of EXPORTS from its module on first use
    and keeping it in NAMESPACE (the package's globals), so the import happens once."""

    def __getattr__(name: str) -> Any:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(exports[name]), name)
        namespace[name] = value
        return value

    return __getattr__
