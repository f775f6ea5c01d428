using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BoldNameBioCardTests
{
    private static string Page(string firstParagraph, string card) => $"""
        <html><head><title> &raquo; Riding the night ferry in 1997</title>
        <meta property="og:title" content="Riding the night ferry in 1997" />
        <meta property="og:site_name" content="harborlight.org - Dana Whitcomb&#039;s blog" />
        <meta property="article:published_time" content="2012-11-04T20:00:06+00:00" />
        </head><body><div id="page"><div id="content" class="widecolumn">
        <div class="post" id="post-812"><h2><a href="/2012/11/04/night-ferry" rel="bookmark">Riding the night ferry in 1997</a></h2>
        <div class="entry">
        <p>{firstParagraph}</p>
        <p>The boat left the north pier at eleven, and the deck hands counted every crate twice before it went out into the sound.</p>
        <p>Nobody on board had a telephone, and nobody missed one; the crossing took four hours and the coffee was free after midnight.</p>
        <p class="postmetadata alt">
        <small style="display: block;">{card}</small>
        <small>This entry was posted on Sunday, November 4th, 2012 at 3:00 pm and is filed under <a href="/category/personal" rel="category tag">Personal</a>.</small>
        </p>
        </div></div></div></div></body></html>
        """;

    private const string Card = "<strong>Dana Whitcomb</strong> (aka harborlight, dwhitcomb) is the founder of <a href=\"http://example.com\">Tidewater Labs</a>, which builds tide tables for small harbours. You can follow her on <a href=\"http://example.com/dw\">Twitter</a>.";

    [Fact]
    public void A_bold_name_opening_the_entrys_metadata_card_names_the_writer_of_a_page_with_no_byline()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page("My first ferry ride was on the old night boat, the year the harbour got its new lights.", Card)), "ferry.html");
        Assert.Equal(["Dana Whitcomb"], page.Authors);
        Assert.Equal("My first ferry ride was on the old night boat, the year the harbour got its new lights.", page.BodyParagraphs[0]);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Tidewater Labs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bold_name_opening_a_paragraph_of_the_text_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(
            "<strong>Ada Reyes</strong> is the harbour master who ran the night boat, the year the harbour got its new lights.",
            "Thanks for reading; the next post is about the lighthouse.")), "ferry.html");
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_bold_name_not_going_on_with_what_the_writer_is_names_no_writer()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page(
            "My first ferry ride was on the old night boat, the year the harbour got its new lights.",
            "<strong>Dana Whitcomb</strong> recommends: the harbour walk at dawn.")), "ferry.html");
        Assert.Empty(page.Authors);
    }
}
