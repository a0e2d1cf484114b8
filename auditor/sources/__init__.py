"""Sources: gather a model's evidence (card, license files, GGUF header), never its weights."""
