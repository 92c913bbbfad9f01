"""Property tests for portal.text (hypothesis): invariants that must hold for any text."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from portal.text import canon_tones, clean, fold, match_key
from portal.text.tones import _WORD, _canon_word

# Random Unicode mixed with the characters that matter here: Vietnamese letters, combining
# tone and vowel marks, eth look-alikes, odd spaces, invisibles and dash look-alikes.
_SPECIAL = list(
    "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐqgnhkt hoà hòa thuỷ ủy quý già gìn người khuỷu"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
    "\u00d0\u00f0\u0189\u0256\u00a0\u202f\u2000\u2001\u2007\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\u2011\u2013\u2212\u001e\uff0f/-.,;:()\n\t0123456789"
)
TEXT = st.text(alphabet=st.one_of(st.sampled_from(_SPECIAL), st.characters(codec="utf-8")), max_size=40)
SETTINGS = settings(max_examples=200, deadline=None)


@SETTINGS
@given(TEXT)
def test_clean_is_idempotent_and_nfc(x):
    once = clean(x)
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)


@SETTINGS
@given(TEXT)
def test_fold_ignores_clean(x):
    assert fold(clean(x)) == fold(x)


@SETTINGS
@given(TEXT)
def test_match_key_ignores_normal_form(x):
    assert match_key(unicodedata.normalize("NFD", x)) == match_key(unicodedata.normalize("NFC", x))


@SETTINGS
@given(TEXT, st.sampled_from(["old", "new"]))
def test_canon_tones_keeps_fold(x, style):
    assert fold(canon_tones(x, style)) == fold(x)


@SETTINGS
@given(TEXT, st.sampled_from(["old", "new"]))
def test_canon_tones_is_idempotent_and_nfc(x, style):
    once = canon_tones(x, style)
    assert canon_tones(once, style) == once
    assert unicodedata.is_normalized("NFC", once)


def _canon_tones_whole(x: str, style: str) -> str:
    """canon_tones on the whole text at once, as it was before it took the text space by space."""
    nfd = unicodedata.normalize("NFD", x)
    return unicodedata.normalize("NFC", _WORD.sub(lambda m: _canon_word(m.group(), style), nfd))


@SETTINGS
@given(st.lists(TEXT, max_size=6).map(" ".join), st.sampled_from(["old", "new"]))
def test_canon_tones_space_by_space_is_canon_tones_of_the_whole(x, style):
    assert canon_tones(x, style) == _canon_tones_whole(x, style)


def test_canon_tones_space_by_space_keeps_marks_after_a_space() -> None:
    for x in ("hoa\u0300 \u0301a", " \u0300hòa  thuỷ ", "ho\u0300a  hoa\u0300\u00a0uy\u0309"):
        assert canon_tones(x) == _canon_tones_whole(x, "old")
    assert canon_tones("Tỉnh uỷ  và  thuỷ lợi") == "Tỉnh ủy  và  thủy lợi"
    assert canon_tones("khoẻ") == "khỏe"
