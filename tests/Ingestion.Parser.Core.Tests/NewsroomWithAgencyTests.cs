using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsroomWithAgencyTests
{
    [Theory]
    [InlineData("Rédaction Harbourline and AFP", "Rédaction Harbourline")]
    [InlineData("Redaktion BWK mit dpa", "Redaktion BWK")]
    [InlineData("Redazione Web e ANSA.", "Redazione Web")]
    [InlineData("Rédaction Harbourline & Reuters", "Rédaction Harbourline")]
    public void A_wire_service_joined_after_the_signature_is_passed_over(string line, string newsroom) =>
        Assert.Equal(newsroom, NewsroomWithAgency.Newsroom(line).ToString());

    [Theory]
    [InlineData("Rédaction Harbourline and Pierre Vautrin")]
    [InlineData("Rédaction Harbourline AFP")]
    [InlineData("AFP")]
    [InlineData("and AFP")]
    public void A_line_not_closed_by_a_join_and_an_agency_stays_whole(string line) =>
        Assert.Equal(line, NewsroomWithAgency.Newsroom(line).ToString());

    [Theory]
    [InlineData("By Rédaction Harbourline and AFP", true)]
    [InlineData("Redaktion BWK mit dpa", true)]
    [InlineData("Marie Clavel and AFP", false)]
    [InlineData("Rédaction Harbourline and Pierre Vautrin", false)]
    public void A_newsroom_with_its_agency_is_still_a_desk(string name, bool desk) => Assert.Equal(desk, NewsroomDeskName.Is(name));

    [Fact]
    public void A_newsroom_and_agency_byline_names_no_writer_and_no_caption_mark_stands_in()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Rédaction Harbourline")), "page.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_writer_with_the_agency_keeps_the_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(Page("Marie Clavel")), "page.html");

        Assert.Equal(["Marie Clavel"], page.Authors);
    }

    private static string Page(string signer) => $"""
        <html><head><title>Ferry crews return to the northern routes | Harbourline</title>
        <meta property="og:site_name" content="Harbourline"></head><body>
        <header><a href="/">Harbourline</a></header>
        <article><h1>Ferry crews return to the northern routes</h1>
        <section class="story__body"><header class="story__header">
        <div class="story-media-copyright">FILE - Crews wait on the quay at Port Aldwin before the first crossing, May 2, 2026
        <div class="story__copyright">Copyright 2026 Harbour Photo Agency</div></div>
        <div class="story__meta"><div class="story__author"><a href="https://social.example/harbourline">By {signer}</a>
        <p class="story__author__text">and AFP</p></div></div></header>
        <div class="story__text"><p>Ferry crews returned to the northern routes on Monday after a month of repairs to the two oldest boats of the fleet.</p>
        <p>The operator said the timetable would be back to its summer pattern by the end of the week, with extra crossings at weekends.</p>
        <p>Passengers had waited for hours at the quay during the repairs, and the council asked for a review of the fleet's age.</p></div>
        </section></article>
        <footer><div class="footer__social__title">Social Channels</div><ul><li><a href="/about">About Harbourline</a></li></ul></footer>
        </body></html>
        """;
}
