using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleNamedTagLinkTests
{
    [Fact]
    public void A_tag_link_reading_like_the_headline_is_kept_in_its_place()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p>Tags: <a href=\"/tag/ferry/\" rel=\"tag\">ferry</a>, <a href=\"/tag/the-last-ferry/\" rel=\"tag\">The Last Ferry</a>, <a href=\"/tag/council/\" rel=\"tag\">council</a></p></body></html>");
        List<string> read = ["ferry", "The Last Ferry", "council"];
        var kept = TitleOrSiteAsTag.Without(read, "The last ferry", "Harbour Watch");
        Assert.Equal(["ferry", "council"], kept);
        Assert.Equal(["ferry", "The Last Ferry", "council"], TitleNamedTagLink.Restore(kept, read, "The last ferry", "Harbour Watch", document));
    }

    [Fact]
    public void A_keyword_repeating_the_headline_with_no_tag_link_stays_out()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><head><meta name=\"keywords\" content=\"ferry, The last ferry\"></head><body><h1>The last ferry</h1><p>Tags: <a href=\"/tag/ferry/\" rel=\"tag\">ferry</a></p></body></html>");
        List<string> read = ["ferry", "The last ferry", "Harbour Watch"];
        var kept = TitleOrSiteAsTag.Without(read, "The last ferry", "Harbour Watch");
        Assert.Equal(["ferry"], TitleNamedTagLink.Restore(kept, read, "The last ferry", "Harbour Watch", document));
    }

    [Fact]
    public void A_tag_link_naming_the_site_is_kept_in_its_place()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><h4>Themen</h4><ul><li><a href=\"/tag/medien/\" rel=\"tag\">Medien</a></li><li><a href=\"/tag/harbour-watch/\" rel=\"tag\">Harbour Watch</a></li></ul></body></html>");
        List<string> read = ["Medien", "Harbour Watch"];
        var kept = TitleOrSiteAsTag.Without(read, "We are leaving the harbour", "Harbour Watch");
        Assert.Equal(["Medien"], kept);
        Assert.Equal(["Medien", "Harbour Watch"], TitleNamedTagLink.Restore(kept, read, "We are leaving the harbour", "Harbour Watch", document));
    }

    [Fact]
    public void A_keyword_naming_the_site_with_no_tag_link_stays_out()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><p>Tags: <a href=\"/tag/ferry/\" rel=\"tag\">ferry</a></p><footer>Harbour Watch</footer></body></html>");
        List<string> read = ["ferry", "Harbour Watch"];
        var kept = TitleOrSiteAsTag.Without(read, "The last ferry", "Harbour Watch");
        Assert.Equal(["ferry"], TitleNamedTagLink.Restore(kept, read, "The last ferry", "Harbour Watch", document));
    }
}
