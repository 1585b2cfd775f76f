"""The catalog's repositories over the store: hosts, recommenders, tags, goods, charges, sequences."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from pos.catalog import Host, Product, ProductFilter, ProductListing, Recommender, Tag
from pos.charges import Charge
from pos.costs import CostComponent
from pos.ids import HostId, ProductId, RecommenderId, TagId
from tests.unit.fakes.store import _Store


class FakeHosts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, host: Host) -> Host:
        h = dataclasses.replace(host, id=HostId(len(self.st.hosts) + 1))
        self.st.hosts[h.id] = h  # type: ignore[index]
        return h

    def update(self, host: Host) -> Host:
        self.st.hosts[host.id] = host  # type: ignore[index]
        return host

    def get(self, host_id: HostId) -> Host | None:
        return self.st.hosts.get(host_id)

    def by_code(self, code: str) -> Host | None:
        return next((h for h in self.st.hosts.values() if h.code == code), None)

    def list(self) -> Sequence[Host]:
        return sorted(self.st.hosts.values(), key=lambda h: h.code)


class FakeRecommenders:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, r: Recommender) -> Recommender:
        r = dataclasses.replace(r, id=RecommenderId(len(self.st.recommenders) + 1))
        self.st.recommenders[r.id] = r  # type: ignore[index]
        return r

    def update(self, r: Recommender) -> Recommender:
        self.st.recommenders[r.id] = r  # type: ignore[index]
        return r

    def get(self, recommender_id: RecommenderId) -> Recommender | None:
        return self.st.recommenders.get(recommender_id)

    def by_code(self, code: str) -> Recommender | None:
        return next((r for r in self.st.recommenders.values() if r.code == code), None)

    def list(self) -> Sequence[Recommender]:
        return sorted(self.st.recommenders.values(), key=lambda r: r.code)


class FakeTags:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, tag: Tag) -> Tag:
        t = dataclasses.replace(tag, id=TagId(len(self.st.tags) + 1))
        self.st.tags[t.id] = t  # type: ignore[index]
        return t

    def update(self, tag: Tag) -> Tag:
        self.st.tags[tag.id] = tag  # type: ignore[index]
        return tag

    def get(self, tag_id: TagId) -> Tag | None:
        return self.st.tags.get(tag_id)

    def by_name(self, name: str) -> Tag | None:
        return next((t for t in self.st.tags.values() if t.name == name), None)

    def list(self) -> Sequence[Tag]:
        return list(self.st.tags.values())


class FakeProducts:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, p: Product) -> Product:
        if self.by_barcode(p.barcode) is not None:
            raise AssertionError("unique barcode violated")  # the database would refuse it too
        p = dataclasses.replace(p, id=ProductId(len(self.st.products) + 1))
        self.st.products[p.id] = p  # type: ignore[index]
        return p

    def update(self, p: Product) -> Product:
        self.st.products[p.id] = p  # type: ignore[index]
        return p

    def get(self, product_id: ProductId) -> Product | None:
        return self.st.products.get(product_id)

    def by_barcode(self, barcode: str) -> Product | None:
        return next((p for p in self.st.products.values() if p.barcode == barcode), None)

    def by_barcodes(self, barcodes: Sequence[str]) -> dict[str, Product]:
        wanted = set(barcodes)
        return {p.barcode: p for p in self.st.products.values() if p.barcode in wanted}

    def list(self, *, host_id: HostId | None = None) -> Sequence[Product]:
        return [p for p in self.st.products.values() if host_id is None or p.host_id == host_id]

    def _matches(self, q: ProductFilter) -> list[Product]:
        words = q.text.lower().split()
        out = []
        for p in self.st.products.values():
            hay = f"{p.name.lower()} {p.barcode}"
            if (
                all(w in hay for w in words)
                and (q.host_id is None or p.host_id == q.host_id)
                and (q.tag_id is None or q.tag_id in p.tag_ids)
                and (q.active is None or p.active == q.active)
            ):
                out.append(p)
        return sorted(out, key=lambda p: p.barcode)

    def count(self, query: ProductFilter) -> int:
        return len(self._matches(query))

    def search(self, query: ProductFilter) -> Sequence[ProductListing]:
        out = []
        for p in self._matches(query)[query.offset : query.offset + query.limit]:
            host = self.st.hosts[p.host_id]
            rec = self.st.recommenders.get(p.recommender_id) if p.recommender_id else None
            out.append(
                ProductListing(
                    id=p.id,
                    barcode=p.barcode,
                    name=p.name,
                    price_fen=p.price_fen,
                    host_code=host.code,  # type: ignore[arg-type]
                    host_name=host.name,
                    recommender_code=rec.code if rec else "",
                    recommender_name=rec.name if rec else "",
                    coop_bp=p.coop_bp,
                    rec_bp=p.rec_bp,
                    tags=tuple(self.st.tags[t].name for t in p.tag_ids),
                    active=p.active,
                    on_hand=sum(m.qty for m in self.st.movements if m.product_id == p.id),
                )
            )
        return out

    def costs(self, product_id: ProductId) -> tuple[CostComponent, ...]:
        return self.st.costs.get(product_id, ())

    def set_costs(self, product_id: ProductId, components: Sequence[CostComponent]) -> None:
        self.st.costs[product_id] = tuple(components)

    def has_history(self, product_id: ProductId) -> bool:
        return any(m.product_id == product_id for m in self.st.movements) or any(
            ln.product_id == product_id for s in self.st.sales.values() for ln in s.lines
        )

    def delete(self, product_id: ProductId) -> None:
        del self.st.products[product_id]
        self.st.costs.pop(product_id, None)


class FakeCharges:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def add(self, charge: Charge) -> Charge:
        c = dataclasses.replace(charge, id=len(self.st.charges) + 1)
        self.st.charges.append(c)
        return c

    def list(
        self, *, host_id: HostId | None = None, start: date | None = None, end: date | None = None
    ) -> Sequence[Charge]:
        return [
            c
            for c in self.st.charges
            if (host_id is None or c.host_id == host_id)
            and (start is None or c.day >= start)
            and (end is None or c.day <= end)
        ]


class FakeSequences:
    def __init__(self, st: _Store) -> None:
        self.st = st

    def next_value(self, name: str) -> int:
        self.st.sequences[name] = self.st.sequences.get(name, 0) + 1
        return self.st.sequences[name]
