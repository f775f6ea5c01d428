using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NewsroomDeskNameTests
{
    [Theory]
    [InlineData("Redaktion BWK", true)]
    [InlineData("von Redaktion BWK", true)]
    [InlineData("Redazione Web", true)]
    [InlineData("Rédaction Sport Ouest", true)]
    [InlineData("Redaktion", false)]
    [InlineData("Hanna Redaktionsberg", false)]
    [InlineData("Karl Heinz Meier", false)]
    [InlineData("Redaktion der Sonntagszeitung für Stadt und Land", false)]
    public void The_newsroom_word_first_names_a_desk(string name, bool desk) => Assert.Equal(desk, NewsroomDeskName.Is(name));

    [Theory]
    [InlineData("Gruß, Die Redaktion", true)]
    [InlineData("Eure Redaktion", true)]
    [InlineData("La rédaction", true)]
    [InlineData("Redaktion", false)]
    [InlineData("Hanna Redaktionsberg", false)]
    [InlineData("Schreiben Sie uns an die Redaktion", false)]
    public void The_newsroom_word_last_signs_off_as_the_desk(string line, bool desk) => Assert.Equal(desk, NewsroomDeskName.EndsWithNewsroomWord(line));

    [Fact]
    public void A_desk_signing_the_post_is_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html><head><title>Bowl Jam 2018 am Kiesweiher - Board Weekly</title></head><body>
            <h1>Bowl Jam 2018 am Kiesweiher</h1>
            <aside class="article-meta"><img class="article-meta__author-image" src="/avatar.png" alt="Redaktion BWK">
            <a href="https://boardweekly.example/author/redaktion-bwk"><p class="article-meta__author">von <strong>Redaktion BWK</strong></p></a>
            <date class="article-meta__date">9th May 2018</date></aside>
            <div class="article-copy"><p>Der Bowl Jam geht in die vierte Runde: Am Kiesweiher treffen sich im Juni wieder die besten Fahrer aus dem Süden.</p>
            <p>Neben dem Contest gibt es eine Test Area, Foodtrucks und am Abend ein Konzert am Ufer des Weihers.</p></div></body></html>
            """), "page.html");

        Assert.Empty(page.Authors);
    }
}
