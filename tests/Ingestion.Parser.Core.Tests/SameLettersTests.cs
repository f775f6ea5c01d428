using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>One name glued, spaced, marked or in capitals is the same name to every site-name rule (SameLetters).</summary>
public class SameLettersTests
{
    [Theory]
    [InlineData("Harbour Star", "HarbourStar")]
    [InlineData("Harbour Star", "Harbour_Star")]
    [InlineData("HARBOUR DAILY", "harbourdaily")]
    [InlineData("Calder 24 News", "calder24news")]
    public void Spellings_differing_only_in_spaces_marks_and_case_are_the_same_name(string spaced, string glued) =>
        Assert.True(SameLetters.Spell(spaced, glued));

    [Theory]
    [InlineData("Harbour Star", "HarbourStars")]
    [InlineData("Harbour Stars", "HarbourStar")]
    [InlineData("Star Harbour", "HarbourStar")]
    [InlineData("- -", "")]
    public void Other_letters_or_another_order_are_another_name(string spaced, string glued) =>
        Assert.False(SameLetters.Spell(spaced, glued));

    [Theory]
    [InlineData("HARBOUR DAILY 3:53 p.m.", "HARBOURDAILY", 13)]
    [InlineData("HARBOUR DAILY", "HARBOURDAILY", 13)]
    [InlineData("HARBOUR WEEKLY", "HARBOURDAILY", -1)]
    public void The_spelled_length_is_the_opening_run_up_to_the_names_last_letter(string text, string name, int expected) =>
        Assert.Equal(expected, SameLetters.SpelledLength(text, name));

    [Theory]
    [InlineData("harbour-ledger.com", "Harbour Ledger", true)]
    [InlineData("harbourledger.com", "The Harbour Ledger", true)]
    [InlineData("harbourledger.com", "Harbour Leader", false)]
    public void A_domain_share_name_is_spelled_by_a_logo_whatever_its_marks(string siteName, string logo, bool expected) =>
        Assert.Equal(expected, DomainSiteName.IsSpelledBy(siteName, logo));
}
