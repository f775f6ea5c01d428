using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A logo's alt text that runs the paper's name together gives way to the byline's spaced spelling of it.</summary>
public class SpacedMastheadInBylineTests
{
    private static ParsedPage Parse(string logoAlt, string byline) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry pier to close for repairs</title>
        <meta property="og:title" content="Ferry pier to close for repairs"/></head>
        <body><header class="site-header"><div class="site-masthead"><a class="site-masthead-logo-link" href="/"><img class="site-masthead-logo-img" src="/logo.png" alt="{{logoAlt}}"></a></div>
        <nav><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li></ul></nav></header>
        <article class="asset story"><h1 itemprop="headline">Ferry pier to close for repairs</h1>
        <div class="asset-metabar"><span class="asset-metabar-author">{{byline}}</span><span class="asset-metabar-time">3:53 p.m. EST January 25, 2014</span></div>
        <div itemprop="articleBody"><p>PORT MERIDIAN — The old ferry pier developed a long crack near its end after the storm on Tuesday, officials said.</p>
        <p>A diving crew found the crack during a second inspection of the pier, and engineers are still looking at the damage.</p>
        <p>The council will meet again on Friday to decide whether the pier can reopen before the summer timetable starts.</p></div></article></body></html>
        """), "pier.html", "text/html");

    [Fact]
    public void The_byline_spells_the_run_together_masthead_with_its_spaces()
    {
        var page = Parse("HARBOURDAILY", "Mara Quill, HARBOUR DAILY");
        Assert.Equal("HARBOUR DAILY", page.Site);
        Assert.Equal(["Mara Quill"], page.Authors);
    }

    [Theory]
    [InlineData("HARBOURDAILY", "Mara Quill, HARBOUR WEEKLY", "HARBOURDAILY")]
    [InlineData("HARBOURDAILY", "Mara Quill, HARBOUR DAILY SPORTS", "HARBOURDAILY")]
    [InlineData("Harbourdaily", "Mara Quill, Harbour daily", "Harbourdaily")]
    public void Another_name_a_longer_one_or_a_site_not_in_capitals_stays(string logoAlt, string byline, string site) =>
        Assert.Equal(site, Parse(logoAlt, byline).Site);
}
