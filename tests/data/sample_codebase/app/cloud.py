# mypy: ignore-errors
"""Cloud-hosted endpoints: Azure OpenAI, Bedrock, a self-hosted OpenAI-compatible server."""

import boto3
from openai import AzureOpenAI, OpenAI


class Assistant:
    def __init__(self):
        self.azure = AzureOpenAI(azure_endpoint="https://acme.openai.azure.com")
        self.local = OpenAI(base_url="http://localhost:8000/v1", api_key="unused")

    def ask(self, question):
        first = self.azure.chat.completions.create(model="gpt-4o-mini", messages=[])
        second = self.local.chat.completions.create(
            model="Qwen/Qwen2.5-Coder-7B-Instruct", messages=[]
        )
        return first, second


def ask_bedrock(question):
    return boto3.client("bedrock-runtime").converse(
        modelId="anthropic.claude-3-5-sonnet-20240620-v1:0",
        messages=[{"role": "user", "content": [{"text": question}]}],
    )
