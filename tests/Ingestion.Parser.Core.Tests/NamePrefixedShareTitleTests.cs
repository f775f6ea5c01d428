using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NamePrefixedShareTitleTests
{
    private static ParsedPage Parse(string shareTitle, string under) => PageParser.Parse(System.Text.Encoding.UTF8.GetBytes($$"""
        <html><head><title>{{shareTitle}} Lyrics | Tideline</title>
        <meta name="og:site_name" content="Tideline"><meta name="og:title" content="{{shareTitle}}"></head><body>
        <div class="header_with_cover_art"><div class="primary_info">
        <h1 class="primary_info-title">Harbour Lights</h1>
        {{under}}
        <h3><div class="metadata_unit"><span class="metadata_unit-label">Produced by</span> <span class="metadata_unit-info"><a href="/artists/jon-vik">Jon Vik</a></span></div></h3>
        </div></div>
        <div class="song_body"><div class="about">
        <p>The closing track of the band's second record, written on the night ferry home after the harbour festival was cancelled.</p>
        <p>The singer later said the song was meant for the lighthouse keepers who had stayed on the island through the long winter.</p>
        </div></div>
        <div class="footer"><span class="footer-copyright">© 2019 Tideline Media Inc.</span></div></body></html>
        """), "harbour-lights.html");

    [Fact]
    public void The_maker_the_share_title_sets_before_the_headline_is_the_byline_under_it()
    {
        var page = Parse("Marta Olsen &amp; the Tide – Harbour Lights", """<h2><a href="/artists/marta-olsen-and-the-tide" class="primary_artist">Marta Olsen &amp; the Tide</a></h2>""");
        Assert.Equal("Harbour Lights", page.Title);
        Assert.Equal(["Marta Olsen & the Tide"], page.Authors);
    }

    [Theory]
    [InlineData("Marta Olsen & the Tide – Harbour Lights", "Harbour Lights", "Marta Olsen & the Tide", "Marta Olsen & the Tide")]
    [InlineData("Opinion – Harbour Lights", "Harbour Lights", "By Marta Olsen", null)]
    [InlineData("Harbour Lights", "Harbour Lights", "Marta Olsen", null)]
    [InlineData("The Band That Played All Night Long Again – Harbour Lights", "Harbour Lights", "The Band That Played All Night Long Again", null)]
    public void Only_the_name_printed_right_under_the_headline_counts(string title, string shown, string under, string? name)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<h1>{shown}</h1><h2>{System.Net.WebUtility.HtmlEncode(under)}</h2>");
        Assert.Equal(name, NamePrefixedShareTitle.Name(document.QuerySelector("h1")!, title, shown));
    }
}
