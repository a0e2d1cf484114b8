# mypy: ignore-errors
"""Strings and calls that look like models but are not: none of these may be reported."""

from datasets import load_dataset
from groq import Groq
from huggingface_hub import hf_hub_download
from openai import OpenAI
from transformers import pipeline

TASK = "text-generation"
VERSION_RANGE = "1.2/3.4"
DOCS = "https://example.com/acme/assistant"
CONFIG_FILE = "configs/train.yaml"
QUANT_GLOB = "*.gguf"

generator = pipeline(TASK)
chat_data = load_dataset("HuggingFaceH4/ultrachat_200k")
card = hf_hub_download(
    repo_id="HuggingFaceH4/ultrachat_200k", filename="README.md", repo_type="dataset"
)
groq_reply = Groq().chat.completions.create(model="llama-3.1-8b-instant", messages=[])
local_llm = OpenAI(base_url="http://localhost:8000/v1", api_key="unused")
local_reply = local_llm.chat.completions.create(model="local-model", messages=[])
weights_name = f"{TASK}-q4.gguf"
