using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleSpelledSiteNameTests
{
    [Theory]
    [InlineData("quillpost", "Port strike ends after nine days - Quillpost", "Quillpost")]
    [InlineData("quillpost", "Port strike ends after nine days | QuillPost", "QuillPost")]
    public void A_share_name_in_small_letters_takes_the_titles_spelling(string siteName, string title, string expected) =>
        Assert.Equal(expected, TitleSpelledSiteName.Of(siteName, title));

    [Theory]
    [InlineData("Quillpost", "Port strike ends - QUILLPOST")]
    [InlineData("quillpost", "Port strike ends - Quill Post")]
    [InlineData("quillpost", "Port strike ends - quillpost")]
    [InlineData("quillpost", null)]
    public void Another_name_or_the_same_spelling_gives_nothing(string siteName, string? title) =>
        Assert.Null(TitleSpelledSiteName.Of(siteName, title));

    [Theory]
    [InlineData("Harbor Ledger", "Ferry crews brace for winter\n    - The Harbor Ledger", "The Harbor Ledger")]
    [InlineData("harbor ledger", "Ferry crews brace for winter | The Harbor Ledger", "The Harbor Ledger")]
    public void A_share_name_without_the_titles_article_takes_the_titles_spelling(string siteName, string title, string expected) =>
        Assert.Equal(expected, TitleSpelledSiteName.Of(siteName, title));

    [Theory]
    [InlineData("Harbor Ledger", "Ferry crews brace for winter - The Harbor Ledger Weekly")]
    [InlineData("Harbor Ledger", "The Harbor Ledger: Ferry crews brace for winter")]
    [InlineData("Harbor Ledger", "Ferry crews brace for winter - Harbor Ledger")]
    public void A_title_ending_otherwise_gives_nothing(string siteName, string title) =>
        Assert.Null(TitleSpelledSiteName.Of(siteName, title));

    [Theory]
    [InlineData("harbourledger.com", "Ferry crews brace for winter - Harbour Ledger", "Harbour Ledger")]
    [InlineData("www.harbourledger.com", "Ferry crews brace for winter | The Harbour Ledger", "The Harbour Ledger")]
    public void A_domain_share_name_takes_the_name_the_title_spells_it_as(string siteName, string title, string expected) =>
        Assert.Equal(expected, TitleSpelledSiteName.Of(siteName, title));

    [Theory]
    [InlineData("harbourledger.com", "Ferry crews brace for winter - Harbour Ledger Weekly")]
    [InlineData("harbourledger.com", "Ferry crews brace for winter - harbourledger.com")]
    public void A_domain_share_name_under_another_suffix_gives_nothing(string siteName, string title) =>
        Assert.Null(TitleSpelledSiteName.Of(siteName, title));

    [Fact]
    public void A_page_whose_share_card_names_the_domain_takes_the_titles_name()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(DomainPage), "ferry.html");

        Assert.Equal("Harbour Ledger", page.Site);
    }

    internal const string DomainPage = """
        <html><head><title>Ferry crews brace for winter - Harbour Ledger</title><meta property="og:site_name" content="harbourledger.com"></head><body>
        <article><h1>Ferry crews brace for winter</h1><div itemprop="articleBody">
        <p>The harbour board said on Monday that the winter timetable for the island ferries will start a week earlier than planned this year.</p>
        <p>Boats will leave the north pier every forty minutes instead of every half hour, and the last crossing will be at nine in the evening.</p>
        </div></article></body></html>
        """;
}
