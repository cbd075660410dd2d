"""Load and validate a store folder (format v1, see STORE.md).

Every line of every file is validated on its own: a bad line is reported with its line
number and reason, and the good lines go in. A product is never dropped without a report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

STORE_DEFAULTS: dict[str, Any] = {
    "name": "Our shop",
    "currency": "USD",
    "locale": "en-US",
    "greeting": "Hi! How can I help you today?",
}


class Product(BaseModel):
    model_config = ConfigDict(extra="allow")

    sku: str = Field(min_length=1)
    name: str = Field(min_length=1)
    price: float = Field(ge=0)
    images: list[str] = Field(min_length=1)
    description: str = ""
    category: str = ""
    currency: str | None = None
    stock: int | None = None  # None: the shop does not say
    attributes: dict[str, Any] = Field(default_factory=dict)

    @field_validator("sku", "name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @field_validator("images")
    @classmethod
    def _relative_paths(cls, paths: list[str]) -> list[str]:
        for path in paths:
            if not path or Path(path).is_absolute() or ".." in Path(path).parts:
                raise ValueError(f"image path {path!r} must be relative and inside the store")
        return paths


class FaqEntry(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    question: str = Field(min_length=1)
    answer: str = Field(min_length=1)


class OrderItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    sku: str
    qty: int = 1


class Order(BaseModel):
    model_config = ConfigDict(extra="allow")

    order_id: str = Field(min_length=1)
    email: str | None = None
    postcode: str | None = None
    placed: str | None = None
    status: Literal["processing", "shipped", "delivered", "cancelled", "returned"]
    carrier: str | None = None
    eta: str | None = None
    items: list[OrderItem] = Field(default_factory=list)


class StoreInfo(BaseModel):
    model_config = ConfigDict(extra="allow")

    name: str = STORE_DEFAULTS["name"]
    currency: str = STORE_DEFAULTS["currency"]
    locale: str = STORE_DEFAULTS["locale"]
    greeting: str = STORE_DEFAULTS["greeting"]


@dataclass(frozen=True)
class LineProblem:
    """One line that could not be taken in, or was taken in with a warning."""

    file: str
    line: int  # 1-based; 0 for a problem with the file as a whole
    reason: str
    key: str | None = None  # the sku or id when the line had one

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.reason}"


@dataclass
class Store:
    root: Path
    info: StoreInfo
    products: list[Product] = field(default_factory=list)
    faqs: list[FaqEntry] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    catalog_lines: dict[str, int] = field(default_factory=dict)  # sku -> line in catalog.jsonl

    def info_dict(self) -> dict[str, Any]:
        return self.info.model_dump()


def _validation_reason(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"]) or "line"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def _read_jsonl(path: Path, model: type[BaseModel], problems: list[LineProblem],
                key_field: str | None) -> list[tuple[int, Any]]:
    """Parse one JSONL file into `(line_number, model)` pairs, reporting bad lines."""
    rows: list[tuple[int, Any]] = []
    if not path.exists():
        return rows
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            text = raw.strip()
            if not text:
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                problems.append(LineProblem(path.name, number, f"invalid JSON: {e.msg}"))
                continue
            if not isinstance(data, dict):
                problems.append(LineProblem(path.name, number, "expected a JSON object"))
                continue
            key = data.get(key_field) if key_field else None
            try:
                rows.append((number, model.model_validate(data)))
            except ValidationError as e:
                problems.append(LineProblem(path.name, number, _validation_reason(e),
                                            str(key) if key is not None else None))
    return rows


def _load_info(root: Path, problems: list[LineProblem]) -> StoreInfo:
    path = root / "store.json"
    if not path.exists():
        return StoreInfo()
    try:
        return StoreInfo.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, ValidationError) as e:
        problems.append(LineProblem("store.json", 0, f"ignored, defaults used: {e}"))
        return StoreInfo()


def load_store(root: str | Path) -> Store:
    """Read a store folder. Raises FileNotFoundError when it has no catalog.jsonl."""
    root = Path(root)
    catalog_path = root / "catalog.jsonl"
    if not catalog_path.exists():
        raise FileNotFoundError(f"{catalog_path} not found: a store folder needs a catalog")
    problems: list[LineProblem] = []
    info = _load_info(root, problems)
    store = Store(root=root, info=info, problems=problems)

    seen: dict[str, int] = {}
    for number, product in _read_jsonl(catalog_path, Product, problems, "sku"):
        if product.sku in seen:
            problems.append(LineProblem("catalog.jsonl", number,
                                        f"duplicate sku {product.sku!r} (first on line "
                                        f"{seen[product.sku]}); this line is ignored",
                                        product.sku))
            continue
        seen[product.sku] = number
        store.catalog_lines[product.sku] = number
        if product.currency is None:
            product.currency = info.currency
        store.products.append(product)

    store.faqs = [faq for _, faq in _read_jsonl(root / "faq.jsonl", FaqEntry, problems, "id")]
    order_ids: set[str] = set()
    for number, order in _read_jsonl(root / "orders.jsonl", Order, problems, "order_id"):
        if order.order_id in order_ids:
            problems.append(LineProblem("orders.jsonl", number,
                                        f"duplicate order_id {order.order_id!r}; ignored",
                                        order.order_id))
            continue
        order_ids.add(order.order_id)
        store.orders.append(order)
    return store
