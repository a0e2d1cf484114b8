"""Parents of a model, from metadata, names and prose, and the license they pass down."""
