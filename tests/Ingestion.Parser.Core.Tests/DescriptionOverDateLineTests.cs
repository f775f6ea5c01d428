using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DescriptionOverDateLineTests
{
    private const string Description = "The harbour master explains in an interview why the night ferry keeps running through the winter.";

    private const string Standfirst = $"<section class=\"artdetail_short\">{Description}</section>";

    private const string DateLine =
        "<section class=\"artdetail_time\"><time datetime=\"2023-11-07T10:38:00+01:00\">07. November 2023 - 10:38 Uhr</time> | <span class=\"author\">Jane Roe</span></section>";

    private static ParsedPage Parse(string header, string firstParagraph) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$"""
            <html><head><title>Night ferry stays | Harbour Gazette</title>
            <meta property="og:description" content="{{Description}}"></head><body>
            <article class="artdetail"><header class="artdetail_header"><h1>Harbour master: "We keep the night ferry running"</h1></header>
            {{header}}
            <section class="artdetail_text">
            <p>{{firstParagraph}}</p>
            <p>Members said the island's two schools and its clinic depended on the late crossing for staff who live on the mainland.</p>
            <p>The operator will add a second deckhand from December, paid for by a grant the board secured from the regional fund.</p>
            </section></article></body></html>
            """), "page.html");

    [Fact]
    public void A_block_repeating_the_description_over_the_date_line_is_the_standfirst()
    {
        var page = Parse(Standfirst + DateLine, "Westport - The harbour board voted on Tuesday to keep the night ferry running through the winter months.");

        Assert.DoesNotContain(Description, page.BodyParagraphs);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_lead_paragraph_repeating_the_description_under_the_date_line_is_text()
    {
        var page = Parse(DateLine, Description);

        Assert.Equal(Description, page.BodyParagraphs[0]);
    }
}
