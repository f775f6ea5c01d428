using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// HiddenFieldInHead: a hidden form field among the head's meta tags ends the head where it stands, so the meta tags
/// after it open the body; they are still the page's metadata. A meta tag further down the body, after the page's own
/// content has begun, is some embedded item's and is not read.
/// </summary>
public class HiddenFieldInHeadTests
{
    private static ParsedPage Parse(string afterField, string inBody = "") => PageParser.Parse(
        Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>Ferry found off the cape: latest - Harbour</title>"
            + "<meta name=\"description\" content=\"Divers reach the ferry at dawn.\">"
            + "<input type=\"hidden\" value=\"article\" id=\"pageType\" name=\"pageType\">"
            + afterField
            + "</head><body><h1>Ferry found off the cape: latest</h1>" + inBody
            + "<article><p>Divers reached the sunken ferry at dawn on Wednesday, three days after it went down in a storm off the cape.</p>"
            + "<p>The coastguard said all forty passengers had been brought ashore by Monday night.</p></article></body></html>"),
        "ferry.html");

    [Fact]
    public void The_meta_tags_after_the_field_still_name_the_site_and_the_time()
    {
        var page = Parse("<meta property=\"og:site_name\" content=\"Harbour Gazette\"><meta property=\"article:published_time\" content=\"2014-12-31T17:00:00+00:00\">");

        Assert.Equal("Harbour Gazette", page.Site);
        Assert.Equal("2014-12-31T17:00:00+00:00", page.PublishedAt);
    }

    [Fact]
    public void A_meta_tag_after_the_page_content_has_begun_is_not_the_pages()
    {
        var page = Parse(string.Empty, "<div class=\"promo\"><meta property=\"og:site_name\" content=\"Cape Radio\"></div>");

        Assert.NotEqual("Cape Radio", page.Site);
    }
}
