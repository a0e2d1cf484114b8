# SPDX-License-Identifier: Apache-2.0 OR MIT
"""Loads the Kestrel checkpoints."""
