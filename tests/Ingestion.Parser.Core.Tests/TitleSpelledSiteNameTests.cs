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
}
