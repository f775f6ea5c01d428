using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>SiteNameWithKindWord, on a magazine blog post (<see cref="MagazineBlogPostPage"/>).</summary>
public class SiteNameWithKindWordTests
{
    private static ParsedPage Parse(string shareTitle = "How to Pack a Ferry Bag: The Harbour Eye: Harbour on Style: Harbour",
        string authorMeta = "Harbour Magazine", string stamp = "2009-09-02T00:00:00-04:00") =>
        MagazineBlogPostPage.Parse(shareTitle, authorMeta, stamp);

    [Fact]
    public void The_site_name_with_its_kind_word_as_author_meta_names_no_writer()
    {
        Assert.Equal(["Lena Ortiz"], Parse().Authors);
    }

    [Fact]
    public void A_writer_named_in_the_author_meta_is_still_read()
    {
        Assert.Equal(["Dora Finch"], Parse(authorMeta: "Dora Finch").Authors);
    }

    [Theory]
    [InlineData("Harbour Magazine", "Harbour", true)]
    [InlineData("Harbour Online", "Harbour", true)]
    [InlineData("Harbour Smith", "Harbour", false)]
    [InlineData("Harbour", "Harbour", false)]
    [InlineData("Harbourside Magazine", "Harbour", false)]
    public void Only_the_site_and_one_kind_word(string name, string site, bool expected) =>
        Assert.Equal(expected, SiteNameWithKindWord.Is(name, site));
}
