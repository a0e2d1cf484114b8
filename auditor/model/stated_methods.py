"""Where a parent model stated outside the card's front matter was read: the `method` of a
StatedParent (model/core.py) and of each `stated_parents` entry of the JSON result, whose
schema (reports/schema/result.schema.json) lists exactly these words."""

from __future__ import annotations

PARENT_METHODS = (
    "card-metadata-misplaced",  # a metadata block the Hub does not read
    "card-prose",  # a sentence: "fine-tuned from org/name", in any language read
    "card-prose-name",  # a sentence naming a family without an id ("built on Llama 3")
    "card-built-with",  # a "Built with <family>" notice the card carries
    "card-table",  # a table of merged or source models
    "merge-config",  # a mergekit or training configuration quoted in the card
    "model-config",  # the repo's config.json / adapter_config.json naming its starting model
    "training-config",  # the run's own training configuration kept beside the weights
    "training-script",  # a launch or training script kept beside the weights
    "modelfile",  # an Ollama Modelfile's FROM line
    "gguf-header",  # a GGUF file's general.base_model.* keys
    "model-name",  # the repo's own name names a model family
)
"""Every `method` a stated parent may carry, in the order the schema lists them."""
