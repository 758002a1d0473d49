"""The document model: the `dossier/1` JSON contract is defined here and only here.

Every layer is a list of offset spans into the cleaned `text` (half-open, `text[start:end] == span.text`).
Fields may be added over time; none may change meaning or disappear.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "dossier/1"

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
MentionKind = Literal["name", "role", "pronoun", "demonym", "metonym"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed", "reported"]
Modality = Literal["occurred", "planned", "possible", "threatened", "conditional", "negated", "claimed"]
ParticipantRole = Literal["agent", "partner", "target", "beneficiary", "mediator", "patient", "location"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(_Model):
    """A half-open character range of the cleaned text and the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class RemovedLine(_Model):
    """Source text that is not article text (ad marker, navigation, credit …), with source offsets."""

    text: str
    reason: str
    source_start: int = Field(ge=0)
    source_end: int = Field(ge=0)


class Heading(Span):
    """A subheading kept in the text but marked as such."""


class Fragment(Span):
    """A sentence that kept its place but is broken (lost subject, cut link …)."""

    reason: str


class Cleaning(_Model):
    removed: list[RemovedLine] = Field(default_factory=list)
    headings: list[Heading] = Field(default_factory=list)
    fragments: list[Fragment] = Field(default_factory=list)


class Paragraph(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Sentence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    paragraph: int = Field(ge=0)


class Token(_Model):
    """A token with its part of speech (STTS) and lemma; only in output when asked for."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    pos: str | None = None
    lemma: str | None = None
    sentence: int = Field(ge=0)


class Mention(Span):
    """One place where an entity is named or referred to."""

    kind: MentionKind = "name"
    type: EntityType | None = Field(
        default=None, description="Type of this mention where it differs from its entity's (metonyms)."
    )
    method: str | None = Field(default=None, description="Rule or model that found it.")


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    kb: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpression(Span):
    id: str
    type: TimeType
    value: str
    method: str | None = None
    sentence: int | None = None


class QuoteSource(Span):
    entity: str | None = None


class Via(_Model):
    """The outlet that relays a quotation (`berichtete die New York Times unter Berufung auf …`)."""

    entity: str | None = None
    text: str
    start: int | None = None
    end: int | None = None


class Quote(_Model):
    id: str
    kind: QuoteKind
    message: list[Span] = Field(default_factory=list)
    cue: Span | None = None
    cue_parts: list[Span] = Field(
        default_factory=list, description="All parts of a split cue (`wies … zurück`); cue is the first."
    )
    source: QuoteSource | None = None
    addressee: QuoteSource | None = None
    channel: str | None = None
    channel_span: Span | None = None
    via: Via | None = None
    frame: list[Span] = Field(default_factory=list)
    position: Literal["before", "after", "inside", "previous", "pronoun", "none"] | None = Field(
        default=None, description="Where the speaker is named relative to the message."
    )
    method: str | None = None
    sentence: int | None = None


class Participant(_Model):
    entity: str
    role: ParticipantRole


class Event(_Model):
    id: str
    type: str
    trigger: Span
    triggers: list[Span] = Field(
        default_factory=list, description="Every trigger of the same event in the article (evidence)."
    )
    participants: list[Participant] = Field(default_factory=list)
    time: str | None = None
    place: str | None = None
    modality: Modality = "occurred"
    quote: str | None = Field(default=None, description="The quotation a claimed event comes from.")
    sentence: int = Field(ge=0)
    method: str | None = None


class AnalysedDocument(_Model):
    """An analysed article: the `dossier/1` contract."""

    schema_: Literal["dossier/1"] = Field(default=SCHEMA, alias="schema")
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = Field(default=None, description="ISO date of publication, if known.")
    language: str | None = "de"
    text: str
    cleaning: Cleaning = Field(default_factory=Cleaning)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    tokens: list[Token] | None = None
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    meta: dict[str, str] = Field(default_factory=dict, description="Free metadata (author, genre, topic).")

    def to_json(self, **kwargs: object) -> str:
        """Serialise with the contract's field names (`schema`, not `schema_`)."""
        return self.model_dump_json(by_alias=True, exclude_none=False, **kwargs)  # type: ignore[arg-type]

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


def json_schema() -> dict:
    """The JSON Schema of the contract, as `dossier schema` prints it."""
    return AnalysedDocument.model_json_schema(by_alias=True)
