using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class PublisherBeforeSloganInTitleTests
{
    private static string Page(string documentTitle, string publisher) => $"""
        <html><head><title>{documentTitle}</title><meta name="publisher" content="{publisher}" /></head><body>
        <div id="main">
        <h1>Kupferpreis vor der Wende</h1>
        <p>Der Kupferpreis hat in dieser Woche zum dritten Mal an der Marke von 8000 Dollar kehrtgemacht.</p>
        <p>Händler am Hafen rechnen damit, dass die Lager bis zum Monatsende weiter schrumpfen.</p>
        </div>
        </body></html>
        """;

    [Fact]
    public void The_slogan_after_the_publishers_name_in_the_title_is_no_part_of_the_site()
    {
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("Kupferpreis vor der Wende - Rohstoffblick.de - Ihr Portal für Märkte", "rohstoffblick.de")), "kupfer.html");

        Assert.Equal("Rohstoffblick.de", parsed.Site);
    }

    [Fact]
    public void A_title_rest_the_publisher_meta_does_not_name_stays_whole()
    {
        var parsed = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            Page("Kupferpreis vor der Wende - Hafen Kurier - Wirtschaft", "Nordmedien GmbH")), "kupfer.html");

        Assert.Equal("Hafen Kurier - Wirtschaft", parsed.Site);
    }
}
