"""The agency registry: the data file, alias lookup and resolving unknown organisations."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.agencies import alias_key, all_agencies, lookup, loose_key, loose_names, resolve

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
    assert entry["kind"] in {"wire", "photo", "stock", "publication", "institution", "platform"}
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
        ("Eyevine", "eyevine"),
        ("Xinhua News Agency", "Xinhua"),
        ("iStockphoto", "iStock"),
        ("Collins Courts", "Collins Courts"),
        ("Collins Dublin", "Collins"),
        ("BETTMANN", "Bettmann"),
        ("Bettmann Archive", "Bettmann"),
        ("EUROKINISSI", "Eurokinissi"),
        ("Gallo Images", "Gallo Images"),
        ("AN Photo", "Arab News"),
        ("NEWS1", "News1"),
        ("Rappler", "Rappler"),
        ("Oregon Public Broadcasting", "OPB"),
        ("The Star Tribune", "Star Tribune"),  # the Minneapolis paper prints no "The"
        ("Minneapolis Star Tribune", "Star Tribune"),
    ],
)
def test_lookup_folds_aliases(printed: str, name: str) -> None:
    found = lookup(printed)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    "printed", ["Ousama Farag", "Stringer", "", "Smalltown Gazette", "AN", "The Star"]
)
def test_lookup_unknown_is_none(printed: str) -> None:
    assert lookup(printed) is None


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Smalltown Gazette", "Smalltown Gazette"),
        ("RICHMOND TIMES-DISPATCH", "Richmond Times-Dispatch"),
        ("  Ceres   Robotics ", "Ceres Robotics"),
        ("TNG Collaboration", "TNG Collaboration"),
        ("QX Photo", "QX"),
        ("QX PHOTOS", "QX"),
        ("Harbor Photo", "Harbor Photo"),
        ("NATIONAL PHOTO", "National Photo"),
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


# Text of the kinds a key reads: ASCII, accents, curly quotes and dashes, a dotless "ı", a
# long "ſ", the Kelvin sign, a "ﬁ" ligature, a Greek and a CJK letter, a combining accent.
KEYED_TEXT = st.text(alphabet=st.sampled_from(list("Aa Zz09.,:-_'’“”–—\t\nÉéßıſKﬁΩ中\u0301&/")))


@given(KEYED_TEXT)
@settings(max_examples=300, deadline=None)
def test_loose_key_is_the_alias_key_without_commas_and_colons(text: str) -> None:
    assert loose_key(text) == alias_key(text).replace(",", "").replace(":", "")


@given(KEYED_TEXT, KEYED_TEXT)
@settings(max_examples=300, deadline=None)
def test_loose_key_of_a_text_ends_in_the_key_of_its_end(head: str, tail: str) -> None:
    assert loose_key(head + tail) == loose_key(head) + loose_key(tail)


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("Reuters Pictures", "reuterspictures"),
        ("A.F.P.", "afp"),
        ("Agência Brasil", "agenciabrasil"),
        ("Tyvak Systems, Inc.", "tyvaksystemsinc"),
        ("O’Neil: AP", "oneilap"),
    ],
)
def test_loose_key(printed: str, key: str) -> None:
    assert loose_key(printed) == key


def test_loose_names_hold_every_alias_alone_and_with_a_generic_suffix() -> None:
    names = loose_names()
    assert {"associatedpress", "afp", "gettyimages", "afpphoto", "reuterspictures"} <= names
