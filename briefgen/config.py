"""YAML configuration: a pydantic schema (unknown keys rejected), discovery and layering.

Layers, lowest first: built-in defaults < user config dir < project ``briefgen.yaml``
(the current folder or the nearest parent that has one) < ``--config FILE`` < flags.
Secrets never live in YAML: the SMTP password comes from an environment variable or a
file that the config names.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from briefgen.errors import ConfigError

PROJECT_FILE = "briefgen.yaml"
Format = Literal["pdf", "html"]
SECTIONS = ("summary", "facts", "figures", "quotes", "context", "actors", "timeline", "sources")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Colours(_Strict):
    primary: str = "#1f3a5f"
    accent: str = "#b5462f"


class Organisation(_Strict):
    name: str | None = None
    logo: Path | None = None
    colours: Colours = Field(default_factory=Colours)


class NLPSettings(_Strict):
    model: str = "en_core_web_sm"


class Defaults(_Strict):
    template: str = "policy"
    audience: str = "policy"
    page_size: Literal["A4", "Letter"] = "A4"
    language: str = "en"
    date_format: str = "%-d %B %Y"


class Output(_Strict):
    naming: str = "{date}-{slug}"
    formats: list[Format] = Field(default_factory=lambda: list[Format](["pdf"]))
    folder: Path | None = None


class Audience(_Strict):
    template: str = "policy"
    description: str = ""
    sections: list[str] = Field(default_factory=lambda: list(SECTIONS))
    max_facts: int = Field(8, ge=1)
    max_quotes: int = Field(6, ge=0)
    max_actors: int = Field(12, ge=0)
    max_context: int = Field(5, ge=0)
    max_timeline: int = Field(10, ge=0)
    summary_bullets: int = Field(3, ge=1, le=10)
    min_quote_confidence: float = Field(0.0, ge=0.0, le=1.0)
    banner: str | None = None
    prepared_for: str | None = None
    extra_css: str | None = None
    email_groups: list[str] = Field(default_factory=list)

    @field_validator("sections")
    @classmethod
    def _known_sections(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if s not in SECTIONS]
        if bad:
            raise ValueError(f"unknown section {bad[0]!r}; allowed: {', '.join(SECTIONS)}")
        return v


class SMTP(_Strict):
    host: str = "localhost"
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = "BRIEFGEN_SMTP_PASSWORD"
    password_file: Path | None = None
    timeout: float = Field(30.0, gt=0)
    verify: bool = True
    ca_file: Path | None = None
    retries: int = Field(3, ge=0, le=10)
    backoff: float = Field(2.0, ge=0, le=300)


SUBJECT_FIELDS = ("title", "subtitle", "date", "audience", "organisation")


class Email(_Strict):
    smtp: SMTP = Field(default_factory=SMTP)
    from_: str | None = Field(None, alias="from")
    reply_to: str | None = None
    subject: str = "{title} ({date})"
    groups: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("subject")
    @classmethod
    def _subject_fields(cls, v: str) -> str:
        import string

        try:
            names = [name for _, name, _, _ in string.Formatter().parse(v) if name is not None]
        except ValueError as exc:
            raise ValueError(f"bad subject template ({exc}); use placeholders like {{title}}") from None
        bad = [n for n in names if n not in SUBJECT_FIELDS]
        if bad:
            raise ValueError(
                f"unknown subject placeholder {{{bad[0]}}}; allowed: "
                + ", ".join(f"{{{n}}}" for n in SUBJECT_FIELDS)
            )
        return v


class Settings(_Strict):
    organisation: Organisation = Field(default_factory=Organisation)
    nlp: NLPSettings = Field(default_factory=NLPSettings)
    defaults: Defaults = Field(default_factory=Defaults)
    output: Output = Field(default_factory=Output)
    audiences: dict[str, Audience] = Field(default_factory=dict)
    email: Email = Field(default_factory=Email)
    templates_dir: Path | None = None

    def audience(self, name: str | None) -> tuple[str, Audience]:
        """The named audience (or the default one), with a clear error if unknown."""
        key = name or self.defaults.audience
        if key not in self.audiences:
            raise ConfigError(
                f"unknown audience {key!r}; configured audiences: {', '.join(sorted(self.audiences))}"
            )
        return key, self.audiences[key]


class Layer(BaseModel):
    """One configuration source and the raw mapping it contributed."""

    name: str
    path: Path | None = None
    data: dict[str, Any]


def builtin_layer() -> Layer:
    """The defaults shipped inside the package."""
    path = Path(__file__).with_name("defaults.yaml")
    return Layer(name="built-in", path=None, data=_read_yaml(path))


def user_config_path() -> Path:
    """``$BRIEFGEN_CONFIG_DIR/config.yaml``, else the platform's user config dir."""
    env = os.environ.get("BRIEFGEN_CONFIG_DIR")
    if env:
        return Path(env) / "config.yaml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefgen")) / "config.yaml"


def find_project_file(start: Path | None = None) -> Path | None:
    """The nearest ``briefgen.yaml`` in ``start`` (default: cwd) or its parents."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found; check the path") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys, not {type(data).__name__}")
    return data


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``over`` into a copy of ``base`` (mappings merge, anything else replaces)."""
    out = copy.deepcopy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def layers(config: Path | None = None, cwd: Path | None = None) -> list[Layer]:
    """The configuration layers in force, lowest first."""
    found = [builtin_layer()]
    user = user_config_path()
    if user.is_file():
        found.append(Layer(name="user", path=user, data=_read_yaml(user)))
    project = find_project_file(cwd)
    if project is not None:
        found.append(Layer(name="project", path=project, data=_read_yaml(project)))
    if config is not None:
        found.append(Layer(name="--config", path=config, data=_read_yaml(config)))
    return found


def _format_error(err: Any) -> str:
    loc = ".".join(str(p) for p in err["loc"])
    msg = err["msg"]
    if err["type"] == "extra_forbidden":
        msg = "unknown key"
    return f"{loc}: {msg}"


def validate_layer(layer: Layer) -> None:
    """Check one layer on its own so that an error names the file that caused it."""
    try:
        Settings.model_validate(merge(builtin_layer().data, layer.data))
    except ValidationError as exc:
        where = layer.path or layer.name
        raise ConfigError(f"{where}: {_format_error(exc.errors()[0])}") from None


def load_settings(config: Path | None = None, overrides: dict[str, Any] | None = None,
                  cwd: Path | None = None) -> Settings:
    """Merge every layer and the flag overrides, and validate the result."""
    found = layers(config, cwd)
    data: dict[str, Any] = {}
    for layer in found:
        if layer.name != "built-in":
            validate_layer(layer)
        data = merge(data, layer.data)
    if overrides:
        data = merge(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"configuration: {_format_error(exc.errors()[0])}") from None
    project = next((ly.path for ly in reversed(found) if ly.name in {"project", "--config"}), None)
    if settings.templates_dir is None and project is not None:
        candidate = project.parent / "templates"
        if candidate.is_dir():
            settings.templates_dir = candidate
    elif settings.templates_dir is not None and project is not None and not settings.templates_dir.is_absolute():
        settings.templates_dir = project.parent / settings.templates_dir
    return settings
