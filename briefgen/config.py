"""YAML configuration: a pydantic schema (unknown keys rejected), discovery and layering.

Layers, lowest first: built-in defaults < user config dir < project ``briefgen.yaml``
(the current folder or the nearest parent that has one) < ``--config FILE`` < flags.
Secrets never live in YAML: the SMTP password comes from an environment variable or a
file that the config names.
"""

from __future__ import annotations

import copy
import os
import re
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


_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
PAGE_SIZES = ("A4", "Letter")
PDF_VARIANTS = ("pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/ua-1")


def _check_colour(v: str) -> str:
    if not _COLOUR.match(v):
        raise ValueError(f"must be a hex colour such as #1f3a5f, not {v!r}")
    return v


class Colours(_Strict):
    """Brand colours: ``primary`` for headings and rules, ``accent`` for banners and kickers."""

    primary: str = "#1f3a5f"
    accent: str = "#b5462f"

    @field_validator("primary", "accent")
    @classmethod
    def _hex(cls, v: str) -> str:
        return _check_colour(v)


class Organisation(_Strict):
    """Who sends the brief: printed in the masthead, running header and PDF metadata."""

    name: str | None = None
    logo: Path | None = Field(None, description="PNG/SVG/JPEG file, relative to the config file.")
    colours: Colours = Field(default_factory=Colours)

    @field_validator("logo")
    @classmethod
    def _logo_type(cls, v: Path | None) -> Path | None:
        if v is not None and v.suffix.lower() not in {".png", ".svg", ".jpg", ".jpeg"}:
            raise ValueError("must be a .png, .svg, .jpg or .jpeg file")
        return v


class NLPSettings(_Strict):
    model: str = "en_core_web_sm"


class LimitsSettings(_Strict):
    """How much one source may hold; larger sources are refused before parsing."""

    max_source_mb: float = Field(5.0, gt=0, description="Largest file or page, in MB.")
    max_article_chars: int = Field(100_000, ge=1000, description="Longest article text given to spaCy.")


class Defaults(_Strict):
    """What applies when the command line and the audience say nothing."""

    template: str = "policy"
    audience: str = "policy"
    page_size: Literal["A4", "Letter"] = "A4"
    language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")
    date_format: str = "%-d %B %Y"

    @field_validator("date_format")
    @classmethod
    def _strftime(cls, v: str) -> str:
        import datetime as _dt

        try:
            _dt.date(2025, 1, 2).strftime(v)
        except ValueError as exc:
            raise ValueError(f"not a strftime pattern ({exc})") from None
        return v


class Output(_Strict):
    """Where briefs go and in which forms."""

    naming: str = "{date}-{slug}"
    formats: list[Literal["pdf", "html"]] = Field(default_factory=lambda: list[Format](["pdf"]), min_length=1)
    folder: Path | None = None
    pdf_variant: Literal["pdf/a-1b", "pdf/a-2b", "pdf/a-3b", "pdf/a-2u", "pdf/a-3u", "pdf/ua-1"] | None = None

    @field_validator("naming")
    @classmethod
    def _naming(cls, v: str) -> str:
        try:
            v.format(date="d", slug="s", audience="a", template="t")
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"bad pattern ({exc}); use {{date}}, {{slug}}, {{audience}}, {{template}}") from None
        if "/" in v or "\\" in v:
            raise ValueError("must be a file name without folders; use output.folder for the folder")
        return v


class Audience(_Strict):
    """A named bundle of settings: template, sections, limits, labels and extra CSS."""

    extends: str | None = Field(None, description="Another audience whose settings this one starts from.")
    template: str = "policy"
    description: str = ""
    sections: list[str] = Field(default_factory=lambda: list(SECTIONS))
    max_facts: int = Field(8, ge=1)
    max_quotes: int = Field(6, ge=0)
    max_actors: int = Field(12, ge=0)
    max_context: int = Field(5, ge=0)
    max_timeline: int = Field(10, ge=0)
    summary_bullets: int = Field(3, ge=1, le=10)
    summary_words: int = Field(32, ge=8, le=200)
    item_words: int | None = Field(None, ge=8, le=200, description="Cut facts and quotes longer than this.")
    min_quote_confidence: float = Field(0.0, ge=0.0, le=1.0)
    banner: str | None = None
    prepared_for: str | None = None
    extra_css: str | None = Field(None, description="A .css file (relative to the config file) or CSS text.")
    page_size: Literal["A4", "Letter"] | None = None
    max_pages: int | None = Field(None, ge=1, description="Trim the brief until the PDF fits.")
    email_groups: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list,
                              description="What this audience follows: a digest puts stories that name one first.")

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
    organisation: Organisation = Field(default_factory=Organisation)  # type: ignore[arg-type]
    nlp: NLPSettings = Field(default_factory=NLPSettings)
    limits: LimitsSettings = Field(default_factory=LimitsSettings)
    defaults: Defaults = Field(default_factory=Defaults)  # type: ignore[arg-type]
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


def builtin_path() -> Path:
    """The defaults file shipped inside the package."""
    return Path(__file__).with_name("defaults.yaml")


def builtin_layer() -> Layer:
    """The defaults shipped inside the package."""
    return Layer(name="built-in", path=None, data=_read_yaml(builtin_path()))


def user_config_path() -> Path:
    """``$BRIEFGEN_CONFIG_DIR/config.yaml``, else the platform's user config dir."""
    env = os.environ.get("BRIEFGEN_CONFIG_DIR")
    if env:
        return Path(env) / "config.yaml"
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefgen")) / "config.yaml"


def user_templates_dir() -> Path:
    """The user-wide template folder: ``templates/`` beside the user config file."""
    return user_config_path().parent / "templates"


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
    # a section whose keys are all commented out (`audiences:` alone) reads as null: skip it
    return {k: v for k, v in data.items() if v is not None}


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


# ---------------------------------------------------------------------------------------
# Error messages: `file:line: key.path: what is allowed`


def key_line(path: Path, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest ancestor)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    line: int | None = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            hit = next(((k, v) for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if hit is None:
                break
            key_node, node = hit
            line = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model whose fields a key at ``loc`` belongs to (for 'allowed keys')."""
    model: Any = Settings
    for part in loc[:-1]:
        if isinstance(model, type) and issubclass(model, BaseModel):
            field = model.model_fields.get(str(part))
            if field is None:
                return None
            ann = field.annotation
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                model = ann
            elif getattr(ann, "__origin__", None) is dict:
                model = ("dict", ann.__args__[1])  # type: ignore[union-attr]
            else:
                return None
        elif isinstance(model, tuple):
            model = model[1]
    if isinstance(model, tuple):
        return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def describe_error(err: Any) -> str:
    """A pydantic error as ``key.path: must be ...`` in plain words."""
    loc = tuple(err["loc"])
    key = ".".join(str(p) for p in loc)
    kind, ctx, msg = err["type"], err.get("ctx") or {}, err["msg"]
    if kind == "extra_forbidden":
        model = _model_at(loc)
        allowed = ", ".join(f.alias or n for n, f in model.model_fields.items()) if model else ""
        text = "unknown key" + (f"; allowed: {allowed}" if allowed else "")
    elif kind in {"greater_than_equal", "greater_than", "less_than_equal", "less_than"}:
        op = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<=", "less_than": "<"}[kind]
        limit = next(iter(ctx.values()))
        text = f"must be {op} {limit}"
    elif kind == "literal_error":
        text = f"must be one of {ctx.get('expected', '')}"
    elif kind in {"int_parsing", "int_type", "int_from_float"}:
        text = "must be a whole number"
    elif kind in {"float_parsing", "float_type"}:
        text = "must be a number"
    elif kind in {"bool_parsing", "bool_type"}:
        text = "must be true or false"
    elif kind == "string_type":
        text = "must be text"
    elif kind in {"list_type"}:
        text = "must be a list, e.g. [a, b]"
    elif kind in {"dict_type", "model_type", "model_attributes_type"}:
        text = "must be a mapping of keys"
    elif kind == "string_pattern_mismatch":
        text = f"must match {ctx.get('pattern')}"
    elif kind == "too_short":
        text = f"must have at least {ctx.get('min_length')} item(s)"
    elif kind == "value_error":
        text = msg.removeprefix("Value error, ")
    else:
        text = msg[0].lower() + msg[1:] if msg else kind
    return f"{key}: {text}"


def _where(layer: Layer, loc: tuple[str | int, ...]) -> str:
    if layer.path is None:
        return layer.name
    line = key_line(layer.path, loc)
    return f"{layer.path}:{line}" if line else str(layer.path)


def _owner(found: list[Layer], loc: tuple[str | int, ...]) -> Layer | None:
    """The highest layer that set the key at ``loc`` (or its nearest parent)."""
    for depth in range(len(loc), 0, -1):
        for layer in reversed(found):
            if _has(layer.data, loc[:depth]):
                return layer
    return None


def _has(data: Any, loc: tuple[str | int, ...]) -> bool:
    for part in loc:
        if isinstance(data, dict) and part in data:
            data = data[part]
            continue
        if isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
            continue
        return False
    return True


# ---------------------------------------------------------------------------------------
# Resolving: audiences that extend others, paths relative to the file that names them


def _resolve_audiences(data: dict[str, Any], found: list[Layer]) -> list[str]:
    """Expand ``extends:`` in place; return problems as messages."""
    auds = data.get("audiences")
    if not isinstance(auds, dict):
        return []
    problems: list[str] = []
    done: dict[str, dict[str, Any]] = {}

    def expand(name: str, chain: tuple[str, ...]) -> dict[str, Any]:
        if name in done:
            return done[name]
        raw = auds[name] if isinstance(auds.get(name), dict) else {}
        parent = raw.get("extends")
        if parent is None:
            done[name] = raw
            return raw
        loc: tuple[str | int, ...] = ("audiences", name, "extends")
        owner = _owner(found, loc)
        if parent not in auds or parent in chain:
            why = "a loop of extends" if parent in chain else f"unknown audience {parent!r}"
            problems.append(f"{_where(owner, loc) if owner else 'configuration'}: audiences.{name}.extends: "
                            f"{why}; configured audiences: {', '.join(sorted(auds))}")
            done[name] = raw
            return raw
        merged = merge(expand(str(parent), (*chain, name)), {k: v for k, v in raw.items() if k != "extends"})
        merged["extends"] = parent
        done[name] = merged
        return merged

    for name in list(auds):
        auds[name] = expand(name, ())
    # an audience that names no template uses defaults.template
    fallback = (data.get("defaults") or {}).get("template") if isinstance(data.get("defaults"), dict) else None
    for aud in auds.values():
        if isinstance(aud, dict) and "template" not in aud and isinstance(fallback, str):
            aud["template"] = fallback
    return problems


def _relative_paths(found: list[Layer]) -> None:
    """Make file paths in each layer absolute, relative to the file that names them."""
    for layer in found:
        if layer.path is None:
            continue
        base = layer.path.resolve().parent
        org = layer.data.get("organisation")
        if isinstance(org, dict) and isinstance(org.get("logo"), str):
            org["logo"] = str(base / Path(org["logo"]).expanduser())
        auds = layer.data.get("audiences")
        if isinstance(auds, dict):
            for aud in auds.values():
                css = aud.get("extra_css") if isinstance(aud, dict) else None
                if isinstance(css, str) and is_css_path(css):
                    aud["extra_css"] = str(base / Path(css).expanduser())
        out = layer.data.get("output")
        if isinstance(out, dict) and isinstance(out.get("folder"), str):
            out["folder"] = str(base / Path(out["folder"]).expanduser())
        if isinstance(layer.data.get("templates_dir"), str):
            layer.data["templates_dir"] = str(base / Path(layer.data["templates_dir"]).expanduser())


def is_css_path(value: str) -> bool:
    """``extra_css`` names a file (one line ending in .css) rather than holding CSS text."""
    v = value.strip()
    return "\n" not in v and "{" not in v and v.lower().endswith(".css")


def _check_files(settings: Settings, found: list[Layer]) -> list[str]:
    problems = []
    logo = settings.organisation.logo
    if logo is not None and not logo.is_file():
        loc: tuple[str | int, ...] = ("organisation", "logo")
        owner = _owner(found, loc)
        problems.append(f"{_where(owner, loc) if owner else 'configuration'}: organisation.logo: "
                        f"file {logo} not found")
    for name, aud in settings.audiences.items():
        if aud.extra_css and is_css_path(aud.extra_css) and not Path(aud.extra_css).is_file():
            loc = ("audiences", name, "extra_css")
            owner = _owner(found, loc)
            problems.append(f"{_where(owner, loc) if owner else 'configuration'}: audiences.{name}.extra_css: "
                            f"file {aud.extra_css} not found; give a .css file relative to the config, or CSS text")
    if settings.defaults.audience not in settings.audiences:
        loc = ("defaults", "audience")
        owner = _owner(found, loc)
        problems.append(f"{_where(owner, loc) if owner else 'configuration'}: defaults.audience: "
                        f"must be one of the audiences: {', '.join(sorted(settings.audiences))}")
    return problems


def find_template(settings: Settings, name: str, extra: list[Path | None] | None = None) -> Path | None:
    """The file a template name resolves to on the search path, or None."""
    from briefgen.render.environment import search_path
    from briefgen.resources import data_dir

    file = name if name.endswith((".j2", ".html")) else f"{name}.html.j2"
    if file.startswith("builtin/"):
        candidate = data_dir("templates") / file.removeprefix("builtin/")
        return candidate if candidate.is_file() else None
    for folder in search_path([*(extra or []), settings.templates_dir]):
        if (folder / file).is_file():
            return folder / file
    return None


def check_references(loaded: Loaded) -> list[str]:
    """What the schema cannot see: templates that resolve, logos that are images, email
    groups that name known groups without a cycle. Each problem as ``file:line: key: message``.
    """
    from briefgen.render.html import image_problem

    settings, found = loaded.settings, loaded.layers
    if settings is None:
        return []
    problems: list[str] = []

    def at(loc: tuple[str | int, ...]) -> str:
        owner = _owner(found, loc)
        return _where(owner, loc) if owner else "configuration"

    templates: list[tuple[tuple[str | int, ...], str]] = [(("defaults", "template"), settings.defaults.template)]
    templates += [(("audiences", n, "template"), a.template) for n, a in settings.audiences.items()]
    for loc, name in templates:
        if find_template(settings, name) is None:
            problems.append(f"{at(loc)}: {'.'.join(map(str, loc))}: template {name!r} not found; "
                            "run 'briefgen templates list' to see the available ones")
    logo = settings.organisation.logo
    if logo is not None and logo.is_file() and (why := image_problem(logo)):
        problems.append(f"{at(('organisation', 'logo'))}: organisation.logo: {logo} {why}")
    from briefgen.deliver.email import resolve_recipients

    for group in settings.email.groups:
        try:
            resolve_recipients(settings, [group])
        except ConfigError as exc:
            if "are empty" not in str(exc):
                problems.append(f"{at(('email', 'groups', group))}: {exc}")
    for name, aud in settings.audiences.items():
        for group in aud.email_groups:
            if "@" not in group and group not in settings.email.groups:
                problems.append(f"{at(('audiences', name, 'email_groups'))}: audiences.{name}.email_groups: "
                                f"unknown email group {group!r}; add it to email.groups")
    return sorted(dict.fromkeys(problems), key=_by_place)


class Loaded(BaseModel):
    """The merged settings with the layers they came from, and every problem found."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    settings: Settings | None
    layers: list[Layer]
    data: dict[str, Any]
    problems: list[str]


def load(config: Path | None = None, overrides: dict[str, Any] | None = None,
         cwd: Path | None = None) -> Loaded:
    """Read, merge and validate every layer, collecting all problems (never raises on schema)."""
    found = layers(config, cwd)
    _relative_paths(found)
    if overrides:
        flat = {k: v for k, v in overrides.items() if v is not None}
        if flat:
            found.append(Layer(name="flag", path=None, data=flat))
    data: dict[str, Any] = {}
    for layer in found:
        data = merge(data, layer.data)
    problems = _resolve_audiences(data, found)
    settings: Settings | None = None
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            owner = _owner(found, loc)
            where = _where(owner, loc) if owner else "configuration"
            problems.append(f"{where}: {describe_error(err)}")
    if settings is not None:
        problems.extend(_check_files(settings, found))
        project = next((ly.path for ly in reversed(found) if ly.name in {"project", "--config"}), None)
        if settings.templates_dir is None and project is not None:
            candidate = project.parent / "templates"
            if candidate.is_dir():
                settings.templates_dir = candidate
    return Loaded(settings=settings, layers=found, data=data, problems=sorted(problems, key=_by_place))


def _by_place(problem: str) -> tuple[str, int]:
    """Sort problems by file, then line."""
    m = re.match(r"(.*?):(\d+): ", problem)
    return (m.group(1), int(m.group(2))) if m else (problem.split(": ", 1)[0], 0)


def load_settings(config: Path | None = None, overrides: dict[str, Any] | None = None,
                  cwd: Path | None = None) -> Settings:
    """Merge every layer and the flag overrides, and validate the result.

    Raises ConfigError naming the file, line, key path and what is allowed.
    """
    loaded = load(config, overrides, cwd)
    if loaded.problems:
        extra = f" (and {len(loaded.problems) - 1} more; run 'briefgen config check')" if len(loaded.problems) > 1 else ""
        raise ConfigError(loaded.problems[0] + extra)
    assert loaded.settings is not None
    return loaded.settings


def provenance(loaded: Loaded) -> list[tuple[str, Any, str]]:
    """Every leaf key of the merged config: (dotted key, value, which layer set it)."""
    if loaded.settings is None:
        return []
    dumped = loaded.settings.model_dump(mode="json", by_alias=True, exclude={"templates_dir"})
    rows: list[tuple[str, Any, str]] = []

    def walk(value: Any, loc: tuple[str, ...]) -> None:
        if isinstance(value, dict) and value:
            for k, v in value.items():
                walk(v, (*loc, str(k)))
            return
        owner = next((ly for ly in reversed(loaded.layers) if _has(ly.data, loc)), None)
        if owner is None and loc[:1] == ("audiences",) and len(loc) > 2:
            ext = loaded.data.get("audiences", {}).get(loc[1], {}).get("extends")
            owner = next((ly for ly in reversed(loaded.layers)
                          if ext and _has(ly.data, ("audiences", ext, *loc[2:]))), None)
            if owner is not None:
                rows.append((".".join(loc), value, f"{_label(owner)} via extends: {ext}"))
                return
        if owner is None and loc[:1] == ("audiences",) and loc[2:] == ("template",):
            rows.append((".".join(loc), value, "from defaults.template"))
            return
        rows.append((".".join(loc), value, _label(owner) if owner else "schema default"))

    walk(dumped, ())
    return rows


def _label(layer: Layer) -> str:
    return f"{layer.name} ({layer.path})" if layer.path else layer.name
