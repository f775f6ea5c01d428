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
    [InlineData("Σύνταξη ΚΡ", true)]
    [InlineData("ΣΥΝΤΑΞΗ ΚΡ", true)]
    [InlineData("Σύνταξη", false)]
    [InlineData("Ελένη Συνταξάκη", false)]
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

    [Fact]
    public void A_greek_portal_signing_as_its_staff_is_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            <html lang="el"><head><meta charset="utf-8"><title>Νέα γέφυρα στο λιμάνι | kp.example</title></head><body>
            <article><h1>Νέα γέφυρα στο λιμάνι</h1>
            <div class="meta-author"><div class="author-name"><a href="/author/kp-team/">Σύνταξη ΚΡ</a></div>
            <time datetime="2019-03-04T10:00:00+02:00">4 Μαρτίου 2019, 10:00</time></div>
            <div class="article-body"><p>Η νέα πεζογέφυρα στο παλιό λιμάνι ανοίγει την άνοιξη, μετά από δύο χρόνια εργασιών και μια μικρή καθυστέρηση.</p>
            <p>Ο δήμος λέει ότι η γέφυρα θα φωτίζεται τη νύχτα και ότι θα έχει δύο ράμπες για αμαξίδια και ποδήλατα.</p></div></article></body></html>
            """), "page.html");

        Assert.Empty(page.Authors);
    }
}
