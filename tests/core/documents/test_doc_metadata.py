"""Bylines, name lines, bios, outlets and dates found by the shape of the text."""

from reader.core.documents import metadata as md


def test_byline_drops_role_and_honorific():
    assert md.byline_name("by Jane Roe Research Associate, Some Institute") == "Jane Roe"
    assert md.byline_name("By Dr. Amal bin Sayed") == "Amal bin Sayed"
    assert md.byline_name("by the way this is not a byline") is None


def test_name_line_and_glued_slug_bio():
    assert md.name_line("Dr. Jane Roe") == "Jane Roe"
    assert md.name_line("Syrian president visits the port") is None
    assert md.name_line("Test Organization") is None
    assert md.bio_name("Jane-Q-RoeJane Q Roe is the editor of a small paper") == "Jane Q Roe"


def test_outlet_from_disclaimer_and_we_sentence():
    assert md.outlet_from_notice("Views are their own and do not reflect River Daily's point-of-view.") == "River Daily"
    assert md.outlet_from_notice("The opinions are the author’s alone and do not necessarily reflect those of the 7Seas’ editorial board.") == "7Seas"
    assert md.outlet_from_we_sentence("Friends of the River stands with the town, and we will keep watching.") == "Friends of the River"
    # a news lead about a person, with a "we" sentences later, names no outlet
    assert md.outlet_from_we_sentence("Donald Trump is moving to exit the pact. Later, we learned more.") is None


def test_dates():
    assert md.find_date("Published: March 5, 2024") == "2024-03-05"
    assert md.find_date("Updated 7 Sept 2021, 10:00") == "2021-09-07"
    assert md.find_date("2019-12-02T10:00") == "2019-12-02"
    assert md.find_date("no date here") is None
