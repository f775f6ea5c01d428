using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CreditTitledPictureCaptionTests
{
    private static ParsedPage Parse(string picture) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><meta charset="utf-8"><title>Counting the Early-State Visits - Capitol Ledger</title></head>
        <body><article id="content"><header>
        <h1>Counting the Early-State Visits</h1>
        <h2>The Ledger is tallying trips to three early states.</h2>
        {picture}
        <div class="drawer"><span>By <a href="/author/maria-okafor" rel="author">Maria Okafor</a></span>
        <time datetime="2014-10-31T10:49:51-04:00">Oct. 31, 2014 | 10:49 a.m. EDT</time></div>
        </header>
        <div class="block"><p>Long before the midterm elections, the next hopefuls began scoping out their prospects with visits to the early states.</p>
        <p>The Ledger is on the case, unveiling a set of graphs detailing the visits since January of last year.</p></div>
        </article></body></html>
        """), "visits.html", "text/html");

    [Fact]
    public void A_plain_paragraph_under_a_picture_titled_with_a_credit_is_its_caption()
    {
        var page = Parse("""
            <img src="/media/lead.jpg" alt="Sen. Tom Harlan speaks at an event in Greenville." title="Dana Ruiz/AP">
            <p class="t t-dim">Sen. Tom Harlan recently visited Greenville.</p>
            """);
        Assert.Equal(["Sen. Tom Harlan recently visited Greenville."], page.Captions);
        Assert.Equal(2, page.BodyParagraphs.Count);
        Assert.DoesNotContain("Dana Ruiz/AP", page.Captions);
    }

    [Fact]
    public void A_picture_titled_with_its_headline_captions_nothing() =>
        Assert.Empty(Parse("""
            <img src="/media/lead.jpg" alt="Sen. Tom Harlan speaks." title="Counting the Early-State Visits">
            <p class="t t-dim">Sen. Tom Harlan recently visited Greenville.</p>
            """).Captions);

    [Fact]
    public void A_paragraph_with_a_link_under_a_credited_picture_is_not_read_so() =>
        Assert.Empty(Parse("""
            <img src="/media/lead.jpg" alt="Sen. Tom Harlan speaks." title="Dana Ruiz/AP">
            <p>See the <a href="/charts">full charts</a> of the visits.</p>
            """).Captions);
}
