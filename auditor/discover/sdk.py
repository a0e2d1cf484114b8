"""Model discovery, SDK knowledge: which clients call which provider, and their model methods."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.discover.refs import ENV_PROVIDER_KEYS


@dataclass(frozen=True, slots=True)
class Client:
    """An SDK client object: which SDK, and the provider key (None: a custom endpoint)."""

    sdk: str
    provider: str | None


NOT_A_CLIENT = Client(sdk="", provider=None)  # a value known to be something else
AMBIGUOUS = Client(sdk="?", provider=None)  # bound to different clients: guess from the method

# SDK constructors: (module, class) -> (sdk, provider key in license_db/providers/).
CONSTRUCTORS: dict[tuple[str, str], tuple[str, str]] = {
    ("openai", "OpenAI"): ("openai", "openai_api"),
    ("openai", "AsyncOpenAI"): ("openai", "openai_api"),
    ("openai", "AzureOpenAI"): ("openai", "azure_openai"),
    ("openai", "AsyncAzureOpenAI"): ("openai", "azure_openai"),
    ("anthropic", "Anthropic"): ("anthropic", "anthropic_api"),
    ("anthropic", "AsyncAnthropic"): ("anthropic", "anthropic_api"),
    ("anthropic", "AnthropicBedrock"): ("anthropic", "aws_bedrock"),
    ("anthropic", "AsyncAnthropicBedrock"): ("anthropic", "aws_bedrock"),
    ("anthropic", "AnthropicVertex"): ("anthropic", "google_vertex_ai"),
    ("anthropic", "AsyncAnthropicVertex"): ("anthropic", "google_vertex_ai"),
    ("mistralai", "Mistral"): ("mistral", "mistral"),
    ("mistralai.client", "MistralClient"): ("mistral", "mistral"),
    ("cohere", "Client"): ("cohere", "cohere"),
    ("cohere", "ClientV2"): ("cohere", "cohere"),
    ("cohere", "AsyncClient"): ("cohere", "cohere"),
    ("cohere", "AsyncClientV2"): ("cohere", "cohere"),
    ("google.genai", "Client"): ("gemini", "google_gemini_api"),
}
# Class names distinctive enough to trust when the file does not import them (snippets).
BARE_CONSTRUCTORS = {
    cls: value
    for (_, cls), value in CONSTRUCTORS.items()
    if cls not in ("Client", "ClientV2", "AsyncClient", "AsyncClientV2")
}
# Keyword arguments that point a client at another endpoint than the provider's own.
ENDPOINT_KEYWORDS = frozenset({"base_url", "server_url"})
OFFICIAL_ENDPOINTS = (
    "https://api.openai.com",
    "https://api.anthropic.com",
    "https://api.mistral.ai",
)

# Methods (dotted, after the client) that take the model name, per SDK; kwarg "model".
METHODS: dict[str, frozenset[str]] = {
    "openai": frozenset(
        {
            "chat.completions.create",
            "chat.completions.parse",
            "chat.completions.stream",
            "beta.chat.completions.parse",
            "beta.chat.completions.stream",
            "responses.create",
            "responses.parse",
            "responses.stream",
            "completions.create",
            "embeddings.create",
            "images.generate",
            "images.edit",
            "audio.speech.create",
            "audio.transcriptions.create",
            "audio.translations.create",
            "moderations.create",
            "ChatCompletion.create",  # openai<1 module-level API
            "Completion.create",
            "Embedding.create",
        }
    ),
    "anthropic": frozenset(
        {
            "messages.create",
            "messages.stream",
            "messages.count_tokens",
            "beta.messages.create",
            "beta.messages.stream",
            "completions.create",
        }
    ),
    "mistral": frozenset(
        {
            "chat.complete",
            "chat.complete_async",
            "chat.stream",
            "chat.stream_async",
            "chat",  # mistralai<1 MistralClient.chat(model=...)
            "chat_stream",
            "embeddings.create",
            "embeddings",
            "fim.complete",
        }
    ),
    "cohere": frozenset({"chat", "chat_stream", "generate", "embed", "rerank"}),
    "gemini": frozenset(
        {
            "models.generate_content",
            "models.generate_content_stream",
            "models.embed_content",
            "models.count_tokens",
            "aio.models.generate_content",
            "aio.models.generate_content_stream",
            "chats.create",
        }
    ),
    "bedrock": frozenset(
        {"invoke_model", "invoke_model_with_response_stream", "converse", "converse_stream"}
    ),
}
# Modules whose import makes an SDK the likely owner of a client passed in from elsewhere.
SDK_MODULES = {
    "openai": "openai",
    "anthropic": "anthropic",
    "mistralai": "mistral",
    "cohere": "cohere",
    "google.genai": "gemini",
}
DEFAULT_PROVIDER = {
    "openai": "openai_api",
    "anthropic": "anthropic_api",
    "mistral": "mistral",
    "cohere": "cohere",
    "gemini": "google_gemini_api",
    "bedrock": "aws_bedrock",
}
HOW_SDK = {
    "openai": "openai-model",
    "anthropic": "anthropic-model",
    "mistral": "mistral-model",
    "cohere": "cohere-model",
    "gemini": "gemini-model",
    "bedrock": "bedrock-model",
}


PROVIDER_KEYS = frozenset(
    {provider for _, provider in CONSTRUCTORS.values()}
    | set(DEFAULT_PROVIDER.values())
    | {"google_vertex_ai", "aws_bedrock"}
    | ENV_PROVIDER_KEYS
)
"""Every provider key discovery can write into an `api:` ref (each is in license_db/providers/)."""
