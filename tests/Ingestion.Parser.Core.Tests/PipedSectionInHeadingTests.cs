using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PipedSectionInHeadingTests
{
    private const string Title = "Letters: Bridge tolls | School lunches | Park hours";

    private static bool Holds(string heading)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><h1>" + heading + "</h1></body></html>");
        var h1 = document.QuerySelector("h1")!;
        return PipedSectionInHeading.Holds(h1, Whitespace.Collapse(h1.TextContent), Title);
    }

    [Theory]
    [InlineData("<div class=\"entry-section\"><a href=\"/opinion/letters/\">Letters to the Editor | </a></div>\n<span class=\"title\">\nLetters: Bridge tolls | School lunches | Park hours\t</span>")]
    [InlineData("<a href=\"/opinion/\">Opinion</a> | <span>Letters: Bridge tolls | School lunches | Park hours</span>")]
    public void A_section_piped_before_the_headline_printed_apart_is_no_part_of_it(string heading) =>
        Assert.True(Holds(heading));

    [Theory]
    [InlineData("Letters to the Editor | Letters: Bridge tolls | School lunches | Park hours")]
    [InlineData("<span>Exclusive:</span> <span>Letters: Bridge tolls | School lunches | Park hours</span>")]
    [InlineData("<span>Our readers from the valley and the coast write in | </span><span>Letters: Bridge tolls | School lunches | Park hours</span>")]
    public void A_heading_whose_headline_has_no_element_of_its_own_or_whose_lead_is_no_piped_section_is_left(string heading) =>
        Assert.False(Holds(heading));

    [Fact]
    public void The_title_is_the_metadatas_headline_without_the_section()
    {
        var html = """
            <html><head><title>Letters: Bridge tolls | School lunches | Park hours</title>
            <meta property="og:title" content="Letters: Bridge tolls | School lunches | Park hours" /></head>
            <body><article><h1 class="entry-title"><div class="entry-section"><a href="/opinion/letters/">Letters to the Editor | </a></div>
            <span class="dfm-title">Letters: Bridge tolls | School lunches | Park hours</span></h1>
            <div class="body"><p>Every year the toll on the east span goes up while the potholes on the approach stay where they are.</p>
            <p>The new lunch menu at Ridgeview Elementary has more vegetables than ever, and my children actually eat them.</p></div></article></body></html>
            """;

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "letters.html");

        Assert.Equal(Title, page.Title);
    }
}
