"""One reading of sizes for search, the telling of same-name entries apart and rewording."""
from retrieval.sizes import SIZE_WITH_UNIT, parse_size, sized_words


def _words(text: str) -> list[str]:
    return [w for _, _, w in sized_words(text)]


def test_a_size_is_one_word_whatever_its_spelling() -> None:
    assert _words("the 2.5 litre tin") == ["the", "2.5l", "tin"]
    assert _words("three litres of it") == ["3l", "of", "it"]
    assert _words("a 5 ltr can and 75 cl bottle") == ["a", "5l", "can", "and", "75cl", "bottle"]
    assert _words('the 13" drum head') == ["the", "13inch", "drum", "head"]
    assert _words("the 16 in charcoal") == ["the", "16", "in", "charcoal"]  # a lone "in" is no unit
    assert _words("the 4 ah battery") == ["the", "4ah", "battery"]


def test_sizes_compare_across_units() -> None:
    assert parse_size("2.5l") == parse_size("2500ml") == ("ml", 2500.0)
    assert parse_size("75cl") == parse_size("750ml")
    assert parse_size("120cm") == parse_size("1.2m")
    assert parse_size("a5") is None and parse_size("18") is None


def test_a_size_with_its_unit_is_told_from_a_count() -> None:
    for said in ("how much is the 2.5 litre?", "the 5L one", "18V", "a 120cm level", "64 GB"):
        assert SIZE_WITH_UNIT.search(said), said
    for said in ("2 in stock", "is the A5 in stock", "a pack of 3", "3 packs"):
        assert not SIZE_WITH_UNIT.search(said), said
