"""The datasets a model's evidence names, and the role each played (issue 36): the card's
`datasets:` and a dataset card's `source_datasets:` metadata, a GGUF header's dataset keys, and
the card's sentences, sections and tables that say the model was trained, fine-tuned or only
evaluated on a dataset. Analysis records them as the result's `training_data` with
`resolved_by: "stated"` (model/training.py); resolution then reads each dataset's license.
Pure: values in, TrainingDataEntry records out; nothing here touches the network or the disk.
"""
