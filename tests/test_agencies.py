"""The agency registry: the data file, alias lookup and resolving unknown organisations."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from newsparse.agencies import all_agencies, lookup, resolve

SCORER_TABLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "agencies.json"
REGISTRY = json.loads(
    (resources.files("newsparse") / "data" / "agencies.json").read_text(encoding="utf-8")
)


def test_registry_documents_its_source() -> None:
    assert REGISTRY["_source"]


def test_registry_is_large_enough() -> None:
    assert len(all_agencies()) >= 80


@pytest.mark.parametrize("entry", REGISTRY["agencies"], ids=lambda e: e["name"])
def test_every_entry_is_complete(entry: dict[str, object]) -> None:
    assert entry["kind"] in {"wire", "photo", "stock", "publication", "institution"}
    assert entry["name"]
    assert entry["full_name"]
    assert isinstance(entry["aliases"], list)


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("AP Photo", "AP"),
        ("The Associated Press", "AP"),
        ("AFP PHOTO", "AFP"),
        ("Agence France Presse", "AFP"),
        ("Getty", "Getty Images"),
        ("GETTY IMAGES", "Getty Images"),
        ("EPA-EFE", "EPA"),
        ("epa efe", "EPA"),
        ("REX/Shutterstock", "Shutterstock"),
        ("picture-alliance", "picture alliance"),
        ("Deutsche Presse-Agentur", "dpa"),
        ("USA TODAY Sports", "USA Today Sports"),
        ("Associated-Press", "AP"),
        ("  Reuters ", "Reuters"),
        ("Anadolu Agency", "Anadolu"),
        ("Guardian", "The Guardian"),
        ("NurPhoto", "NurPhoto"),
        ("Xinhua News Agency", "Xinhua"),
        ("iStockphoto", "iStock"),
    ],
)
def test_lookup_folds_aliases(printed: str, name: str) -> None:
    found = lookup(printed)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize("printed", ["Ousama Farag", "Stringer", "", "Smalltown Gazette"])
def test_lookup_unknown_is_none(printed: str) -> None:
    assert lookup(printed) is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Smalltown Gazette", "Smalltown Gazette"),
        ("RICHMOND TIMES-DISPATCH", "Richmond Times-Dispatch"),
        ("  Ceres   Robotics ", "Ceres Robotics"),
        ("TNG Collaboration", "TNG Collaboration"),
    ],
)
def test_resolve_keeps_unknown_organisations(printed: str, name: str) -> None:
    agency = resolve(printed)
    assert (agency.name, agency.full_name, agency.kind) == (name, None, None)


def test_resolve_known_gives_the_registry_entry() -> None:
    assert resolve("AFP PHOTO") == lookup("AFP")


@pytest.mark.skipif(not SCORER_TABLE.exists(), reason="shared corpus not present")
def test_registry_agrees_with_the_scorer_table() -> None:
    table = json.loads(SCORER_TABLE.read_text(encoding="utf-8"))
    for canonical, aliases in table["agencies"].items():
        for alias in [canonical, *aliases]:
            found = lookup(alias)
            assert found is not None, alias
            # compound aliases ("AFP/Getty") name their first organisation
            assert found.name == canonical, (alias, found.name)
