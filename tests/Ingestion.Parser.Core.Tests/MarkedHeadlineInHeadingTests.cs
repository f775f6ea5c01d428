using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MarkedHeadlineInHeadingTests
{
    private static ParsedPage Parse(string heading) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Wie man Regenwasser im Garten sammelt - gartenblatt.at</title>
        <meta property="og:title" content="Wie man Regenwasser im Garten sammelt"></head>
        <body><article itemscope itemtype="http://schema.org/Article">{{heading}}
        <div itemprop="articleBody"><p>Wer eine Tonne unter die Regenrinne stellt, spart im Sommer viel Leitungswasser und hat für die Beete immer etwas übrig.</p>
        <p>Ein Deckel hält Laub und Mücken fern, und ein Hahn unten an der Tonne macht das Abfüllen in die Gießkanne leicht.</p></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void A_kicker_and_a_hidden_stop_around_the_marked_headline_are_no_part_of_the_title()
    {
        var page = Parse("""<h1><span class="pretitle">RATGEBER</span> <span class="block"><span itemprop="headline">Wie man Regenwasser im Garten sammelt</span><span class="hide">.</span></span></h1>""");

        Assert.Equal("Wie man Regenwasser im Garten sammelt", page.Title);
    }

    [Fact]
    public void A_heading_whose_marked_headline_is_the_whole_heading_longer_than_the_share_title_stays_fuller()
    {
        var page = Parse("""<h1><span itemprop="headline">Wie man Regenwasser im Garten sammelt und lagert</span></h1>""");

        Assert.Equal("Wie man Regenwasser im Garten sammelt und lagert", page.Title);
    }
}
