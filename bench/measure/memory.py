"""The auditor's per-process memory of texts it has read, emptied between timed rounds.

Term detection keeps the last texts it read (a scan meets the same license file again), so a
second round over the same files would time that memory, not the work. bench/texts.py does the
same in the code it runs against other checkouts.
"""

from __future__ import annotations


def forget_texts() -> None:
    """Empty term detection's memory of texts (whichever of its memories this code has)."""
    from auditor.licenses.terms import extract

    for name in ("_detect_text", "_detect_short", "_detect_long"):
        memory = getattr(extract, name, None)
        if hasattr(memory, "cache_clear"):
            memory.cache_clear()
