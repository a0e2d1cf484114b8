"""The machine a benchmark ran on, and its load, for every recorded row (standard library only).

A shared VM's absolute times move with its load (other tenants, steal time), so each row of a
results table carries the load average at its start and end beside the machine's facts.
"""

from __future__ import annotations

import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


def machine_facts() -> dict[str, Any]:
    """CPU model, cores (usable and present), memory, Python and the system."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text("utf-8", errors="replace").splitlines()
            if line.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    memory_gib = None
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        memory_gib = round(int(meminfo.read_text("utf-8").split()[1]) / 2**20, 1)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": usable,
        "cores_present": os.cpu_count(),
        "memory_gib": memory_gib,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def describe_machine(facts: dict[str, Any]) -> str:
    """The facts in one line, for a Markdown header."""
    return (
        f"{facts['cores']} cores of {facts['cpu']}, {facts['memory_gib']} GiB, "
        f"{facts['python']}, {facts['system']}"
    )


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (empty where the system has none)."""
    if not hasattr(os, "getloadavg"):
        return []
    return [round(value, 2) for value in os.getloadavg()]


class Window:
    """When a measurement ran and the load around it: `Window()` at its start, `.close()` at
    its end; `.as_dict()` for the results file."""

    def __init__(self) -> None:
        self.started = datetime.now(UTC)
        self.load_start = load_average()
        self._clock = time.perf_counter()
        self.seconds = 0.0
        self.load_end: list[float] = []

    def close(self) -> Window:
        self.seconds = time.perf_counter() - self._clock
        self.load_end = load_average()
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "started": self.started.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "seconds": round(self.seconds, 1),
            "load_start": self.load_start,
            "load_end": self.load_end,
        }
