# mypy: ignore-errors
"""Embeddings and small pipelines: constants, os.getenv defaults, positional models."""

import os

from sentence_transformers import SentenceTransformer
from transformers import AutoModel, pipeline

EMBEDDER = "sentence-transformers/all-MiniLM-L6-v2"
SUMMARIZER = os.getenv("SUMMARIZER_MODEL", "facebook/bart-large-cnn")

embedder = SentenceTransformer(EMBEDDER)
summarize = pipeline("summarization", model=SUMMARIZER)
classify = pipeline(model="distilbert/distilbert-base-uncased-finetuned-sst-2-english")
sentiment = pipeline("sentiment-analysis", "cardiffnlp/twitter-roberta-base-sentiment-latest")
finetuned = AutoModel.from_pretrained("./checkpoints/finetuned")
