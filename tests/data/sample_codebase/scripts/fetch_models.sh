#!/usr/bin/env bash
# Downloads the models the service needs.
set -euo pipefail
export EMBED_MODEL=BAAI/bge-m3
huggingface-cli download openai/whisper-large-v3 --include "*.safetensors" "*.json" --local-dir models/whisper
hf download stabilityai/stable-diffusion-xl-base-1.0 --revision 462165984030d82259a11f4367a4eed129e94a7b
wget https://huggingface.co/bartowski/Llama-3.2-3B-Instruct-GGUF/resolve/main/Llama-3.2-3B-Instruct-Q4_K_M.gguf
./llama-server -m models/tinyllama-1.1b-chat.Q4_K_M.gguf --port 8081
python -m vllm.entrypoints.openai.api_server --model NousResearch/Hermes-3-Llama-3.1-8B
# Decoys: none of these name a model.
echo "pipeline text-generation v1.2/v1.3"
curl -s https://example.com/acme/assistant.tar.gz -o /tmp/assistant.tar.gz
hf download HuggingFaceFW/fineweb --repo-type=dataset
