using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LabelOnlyBylineNameTests
{
    private static ParsedPage Parse(string bylineName) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>The New Ferry Terminal - Harbour Post</title>
        <meta property="og:site_name" content="Harbour Post"></head><body>
        <article itemscope itemtype="http://schema.org/NewsArticle">
        <header><h1 itemprop="headline">The New Ferry Terminal</h1>
        <p class="byline-dateline"><span class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person">By <span class="byline-author" itemprop="name">{{bylineName}}</span></span>
        <time datetime="2016-09-15">SEPT. 15, 2016</time></p></header>
        <div class="story-body">
        <p>The new ferry terminal opens on Saturday after four years of building on the old coal wharf at the mouth of the river.</p>
        <p>Its glass hall can seat six hundred passengers, and the island crossings will leave from its three new berths from next week.</p>
        </div></article></body></html>
        """), "terminal.html");

    [Fact]
    public void A_byline_field_holding_its_own_label_names_no_writer()
    {
        var page = Parse("By");
        Assert.Empty(page.Authors);
        Assert.Equal("The New Ferry Terminal", page.Title);
    }

    [Fact]
    public void A_named_writer_in_the_same_field_is_kept()
    {
        var page = Parse("Marta Olsen");
        Assert.Equal(["Marta Olsen"], page.Authors);
    }

    [Theory]
    [InlineData("By", true)]
    [InlineData("By By", true)]
    [InlineData("Von:", true)]
    [InlineData("Posted by", true)]
    [InlineData("Bob By", false)]
    [InlineData("Marta Olsen", false)]
    [InlineData("Di Marco", false)]
    public void Only_labels_are_labels(string name, bool label) =>
        Assert.Equal(label, LabelOnlyBylineName.Is(name));
}
