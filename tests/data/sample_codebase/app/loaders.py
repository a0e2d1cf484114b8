# mypy: ignore-errors
"""Loads the self-hosted models: Hub downloads, a pinned revision and a GGUF file."""

from huggingface_hub import hf_hub_download, snapshot_download
from llama_cpp import Llama
from transformers import AutoModelForCausalLM, AutoTokenizer

MODEL_ID = "meta-llama/Llama-3.1-8B-Instruct"
MODEL_REVISION = "0e9e39f249a16976918f6564b8830bc894c89659"


def load_chat_model():
    tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
    model = AutoModelForCausalLM.from_pretrained(MODEL_ID, revision=MODEL_REVISION)
    return tokenizer, model


def fetch_files():
    config = hf_hub_download(
        repo_id="mistralai/Mistral-7B-Instruct-v0.3",
        filename="config.json",
    )
    weights = hf_hub_download("TheBloke/Llama-2-7B-GGUF", "llama-2-7b.Q4_K_M.gguf")
    folder = snapshot_download(repo_id="Qwen/Qwen2.5-7B-Instruct", revision="a09a3545")
    return config, weights, folder


def load_gguf():
    return Llama(model_path="models/tinyllama-1.1b-chat.Q4_K_M.gguf")
