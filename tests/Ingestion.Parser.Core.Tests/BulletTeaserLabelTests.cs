using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BulletTeaserLabelTests
{
    private static ParsedPage Parse(string line) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($"""
        <html><head><title>The ferryman's daughter takes the wheel</title></head><body>
        <h1>The ferryman's daughter takes the wheel</h1>
        <div class="article-body">
        <p>Marta Quell has crossed the estuary more times than she can count, first as a child on her father's knee and now as the ferry's master.</p>
        {line}
        <p>Her father ran the crossing for forty years, through two floods and a winter when the river froze from bank to bank for a week.</p>
        <p>The council has promised a new boat by next spring, but Quell says she will miss the creak of the old one when it goes.</p>
        </div></body></html>
        """), "ferry.html");

    [Fact]
    public void A_bullet_before_a_lone_link_between_paragraphs_is_a_teaser()
    {
        var page = Parse("""<p>&#x2022; <strong><a href="/photos/2017/01/old-ferries">Old Ferries: the boats that crossed the estuary before the bridge</a></strong> </p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Old Ferries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_with_words_before_its_link_stays()
    {
        var page = Parse("""<p>The crossing's timetable is on <a href="/timetable">the council's website</a>, and tickets are sold on board.</p>""");
        Assert.Equal(4, page.BodyParagraphs.Count);
    }

    [Theory]
    [InlineData("&gt;&gt;&gt; ")]
    [InlineData("&raquo;&raquo; ")]
    [InlineData("-&gt; ")]
    public void A_run_of_arrow_signs_before_a_lone_link_is_a_teaser(string arrows)
    {
        var page = Parse($"""<p class="">{arrows}<a href="/news/2016/old-ferries">Old Ferries : the boats that crossed the estuary before the bridge</a></p>""");
        Assert.Equal(3, page.BodyParagraphs.Count);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.Contains("Old Ferries", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comparison_sign_in_words_before_a_link_stays()
    {
        var page = Parse("""<p>Fares went up by more than 10 % > <a href="/fares">the council's new fare table</a></p>""");
        Assert.Equal(4, page.BodyParagraphs.Count);
    }
}
