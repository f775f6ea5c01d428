using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class KickerSpanOpeningHeadingTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Neue Fähre für den Inselhafen | Küstenblatt</title>
        <meta property="og:title" content="Neue Fähre für den Inselhafen | Küstenblatt">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Neue Fähre für den Inselhafen","datePublished":"2021-04-03T09:10:00+02:00"}</script></head>
        <body><article class="article">{{{heading}}}
        <section class="typo--editor"><p>Die Reederei hat am Morgen ihr neues Schiff vorgestellt, das ab dem Sommer zwischen Festland und Insel pendeln soll.</p>
        <p>Es fasst doppelt so viele Fahrgäste wie das alte und soll die Überfahrt um eine Viertelstunde verkürzen.</p></section>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_roof_line_span_opening_the_heading_is_no_part_of_the_title()
    {
        var page = Parse("""<h1 class="article-header__headline"><span class="article-header__roofline">Endlich da!</span>Neue Fähre für den Inselhafen</h1>""");

        Assert.Equal("Neue Fähre für den Inselhafen", page.Title);
    }

    [Fact]
    public void A_span_holding_the_headlines_own_first_words_stays_in_the_title()
    {
        var page = Parse("""<h1><span class="lead">Neue Fähre</span> für den Inselhafen und die Halligen</h1>""");

        Assert.Equal("Neue Fähre für den Inselhafen und die Halligen", page.Title);
    }

    [Theory]
    [InlineData("<h1><span>Endlich da!</span>Neue Fähre für den Inselhafen</h1>", true)]
    [InlineData("<h1><span>Endlich da!</span><span>Neue Fähre für den Inselhafen</span></h1>", false)]
    [InlineData("<h1>Neue Fähre für den Inselhafen</h1>", false)]
    public void Only_a_lone_span_before_the_titles_own_words_is_the_kicker(string markup, bool kicker)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(markup);
        var heading = document.QuerySelector("h1")!;

        Assert.Equal(kicker, KickerSpanOpeningHeading.Holds(heading, Whitespace.Collapse(heading.TextContent), "Neue Fähre für den Inselhafen"));
    }
}
