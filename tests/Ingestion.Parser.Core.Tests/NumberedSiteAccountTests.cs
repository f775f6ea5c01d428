using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NumberedSiteAccountTests
{
    [Theory]
    [InlineData("Gartenblatt2", "Gartenblatt.at", true)]
    [InlineData("gartenblatt14", "Gartenblatt", true)]
    [InlineData("Gartenblatt", "Gartenblatt.at", false)]
    [InlineData("Anna2", "Gartenblatt.at", false)]
    [InlineData("Gartenblatt20219", "Gartenblatt.at", false)]
    [InlineData("Gartenblatt Redaktion2", "Gartenblatt Redaktion", true)]
    public void A_name_that_is_the_sites_name_and_a_number_is_the_sites_account(string author, string site, bool account) =>
        Assert.Equal(account, NumberedSiteAccount.Is(author, site));

    private static ParsedPage Parse(string author) => PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
        <html><head><title>Tomaten richtig ausgeizen | Gartenblatt</title>
        <meta property="og:site_name" content="gartenblatt.at">
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Tomaten richtig ausgeizen","datePublished":"2021-05-02T10:00:00+02:00","author":{"@type":"Person","name":"{{{author}}}"},"publisher":{"@type":"Organization","name":"Gartenblatt.at"}}</script></head>
        <body><article><h1>Tomaten richtig ausgeizen</h1>
        <div class="text"><p>Wer die Triebe in den Blattachseln früh entfernt, erntet größere Früchte und hält die Pflanze luftig.</p>
        <p>Am besten geht das morgens, wenn die Triebe noch prall sind und sich mit den Fingern leicht abknipsen lassen.</p></div>
        </article></body></html>
        """), "page.html");

    [Fact]
    public void The_sites_numbered_account_as_the_author_names_no_writer() => Assert.Empty(Parse("Gartenblatt3").Authors);

    [Fact]
    public void A_writer_named_in_the_structured_data_stays() => Assert.Equal(["Vera Lindner"], Parse("Vera Lindner").Authors);
}
