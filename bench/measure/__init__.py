"""Accuracy measurements run by bench/accuracy.py: in-sample, leave-one-out, adversarial
variants, ScanCode's texts and the `auditor identify` command (never run by the test suite)."""
