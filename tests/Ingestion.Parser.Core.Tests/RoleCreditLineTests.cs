using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RoleCreditLineTests
{
    private static ParsedPage Parse(string byline, string credits) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><meta charset="utf-8"><title>The Harbour Museum - The Daily Ledger</title>
        <meta name="author" content="The Daily Ledger"></head><body>
        <article><header><h1 itemprop="headline">The Harbour Museum</h1>
        <p class="byline-dateline">{{byline}} <time datetime="2016-09-15">SEPT. 15, 2016</time></p></header>
        <div class="graphic"><div class="g-header-meta"><p class="g-kicker">The Harbour Museum</p><h1 class="g-headline">A Long Way Home</h1></div>
        <div class="g-story-meta"><p class="g-story-producer">{{credits}}</p><p class="g-story-date">Sept. 15, 2016</p></div>
        <div class="g-text"><p>The harbour museum opens on Saturday after a long journey, twelve years after the council first approved its construction on the old pier.</p>
        <p>Its builders did not want a space for sailors alone, but for everyone who ever waited on the quay for a ship to come home.</p>
        <p>About three thousand objects will be on display in the opening exhibitions, many of them given by ordinary families of the town.</p></div></div>
        </article>
        <footer><p>&copy; 2016 The Daily Ledger</p></footer></body></html>
        """), "museum.html");

    private const string Credits =
        "Produced by Ana Ruiz and Tom Hale, Photographs by Lena Park, Written by Owen Marsh, Interviews by Kit Doyle, Graphics by Priya Nair, Video by Jonah K. Abend";

    [Theory]
    [InlineData("By <span class=\"byline-author\" itemprop=\"author\">THE DAILY LEDGER</span>")]
    [InlineData("")]
    [InlineData("<span itemprop=\"author\">By <span itemprop=\"name\">By</span></span>")]
    public void The_writers_of_a_features_credit_line_are_its_authors(string byline)
    {
        var page = Parse(byline, Credits);
        Assert.Equal(["Owen Marsh"], page.Authors);
        Assert.Equal(3, page.BodyParagraphs.Count);
    }

    [Fact]
    public void Every_writing_role_of_the_line_gives_its_names()
    {
        var page = Parse("", "Reporting by Ana Ruiz and Tom Hale, Photographs by Lena Park, Text by Owen Marsh");
        Assert.Equal(["Ana Ruiz", "Tom Hale", "Owen Marsh"], page.Authors);
    }

    [Fact]
    public void A_credit_line_naming_no_writer_gives_no_author()
    {
        var page = Parse("By <span class=\"byline-author\" itemprop=\"author\">THE DAILY LEDGER</span>",
            "Produced by Ana Ruiz and Tom Hale, Photographs by Lena Park, Graphics by Priya Nair");
        Assert.Empty(page.Authors);
    }
}
