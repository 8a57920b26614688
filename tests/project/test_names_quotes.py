"""The names rule keeps a child's name correct inside quotation marks (issue 12).

Before: a name opening a quotation in ASCII single quotes stayed lower case ("'your child,
look'"), a carer's possessive became "You's", and a name the parent spoke ("“Well done,
Sam!”") turned into words the parent never said, with nothing to show the quote was changed.
Now: quotes are kept, the role words inside a quotation stand in square brackets (the
editorial sign of a changed quotation), a replacement opening a sentence or a quotation is
capitalised, and possessives stay possessive.
"""

from __future__ import annotations

import pytest

from vigeditor.project.model import CaseDetails, Person
from vigeditor.project.names import NameFilter, inside_quotation

DETAILS = CaseDetails("F1", "Jones", None, None, None, None, None, "", "2026")
PEOPLE = [Person(1, "Sam Jones", "child", ""), Person(2, "Alex", "carer", "")]


def family_filter(enabled: bool = True, audience: str = "family") -> NameFilter:
    return NameFilter(DETAILS, PEOPLE, audience=audience, enabled=enabled)


@pytest.mark.parametrize(("text", "expected"), [
    ("“Well done, Sam!”", "“Well done, [your child]!”"),
    ("'Sam, look'", "'[Your child], look'"),
    ('"Sam, look"', '"[Your child], look"'),
    ("‘SAM’", "‘[Your child]’"),
    ("“Sam’s turn!”", "“[Your child’s] turn!”"),
    ("Alex said 'Sam, look' and smiled.", "You said '[Your child], look' and smiled."),
    ("“Sam!” said Alex.", "“[Your child]!” said you."),
    ("Sam's smile", "Your child's smile"),
    ("Alex's smile", "Your smile"),
    ("Alex’s hands and Sam’s", "Your hands and your child’s"),
    ("Don't worry, Sam", "Don't worry, your child"),
    ("“Well done.” Sam smiled.", "“Well done.” Your child smiled."),
    ("Sam Jones waited.", "Your child waited."),
])
def test_names_in_and_around_quotes(text: str, expected: str) -> None:
    assert family_filter().clean(text) == expected


def test_supervisor_words_in_quotes_and_capitalised() -> None:
    words = family_filter(audience="supervisor")
    assert words.clean("'Sam, look'") == "'[The child], look'"
    assert words.clean("Alex's turn") == "The parent's turn"


def test_print_names_keeps_the_text_exactly() -> None:
    text = "“Well done, Sam!” Alex's smile, 'Sam, look'"
    assert family_filter(enabled=False).clean(text) == text


def test_apostrophes_inside_words_are_no_quotes() -> None:
    assert not inside_quotation("Don't worry, Sam", 14)
    assert not inside_quotation("Sam's ball and Sam", 15)
    assert inside_quotation("He said 'look, Sam'", 15)
    assert not inside_quotation("“Done.” Sam", 8)


def test_the_family_name_with_family_after_it() -> None:
    details = CaseDetails("F1", "Okafor", None, None, None, None, None, "", "2026")
    family = NameFilter(details, PEOPLE)
    assert family.clean("Notes for the Okafor family") == "Notes for your family"
    assert family.clean("The Okafor family at home") == "Your family at home"
    supervisor = NameFilter(details, PEOPLE, audience="supervisor")
    assert supervisor.clean("Notes for the Okafor family") == "Notes for the family"
