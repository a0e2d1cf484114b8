# mypy: ignore-errors
"""Proprietary API models through their SDKs."""

import anthropic
import cohere
import google.generativeai as genai
from mistralai import Mistral
from openai import OpenAI

openai_client = OpenAI()
claude = anthropic.Anthropic()
co = cohere.ClientV2()


def ask_openai(question):
    reply = openai_client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": question}],
    )
    summary = openai_client.responses.create(model="gpt-4.1-mini", input=question)
    return reply, summary


def ask_claude(question):
    return claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=512,
        messages=[{"role": "user", "content": question}],
    )


def ask_gemini(question):
    return genai.GenerativeModel("gemini-1.5-pro").generate_content(question)


def ask_mistral(question):
    client = Mistral(api_key="placeholder")
    return client.chat.complete(model="mistral-large-latest", messages=[])


def ask_cohere(question):
    return co.chat(model="command-r", messages=[{"role": "user", "content": question}])
