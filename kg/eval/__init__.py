"""Evaluation of kg's extraction against Open IE benchmarks (CaRB).

Example:
    >>> sentence_key("A ( b ) .")
    'Ab'
"""

from __future__ import annotations

from kg.eval.carb import CarbScore, Extraction, carb_row, match, read_gold, score, sentence_key

__all__ = ["CarbScore", "Extraction", "carb_row", "match", "read_gold", "score", "sentence_key"]
