using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class LettersSectionBylineTests
{
    [Theory]
    [InlineData("Letters To The Editor", true)]
    [InlineData("letters to the editor", true)]
    [InlineData(" Letters ", true)]
    [InlineData("Letters from Readers", true)]
    [InlineData("Lettie Sanders", false)]
    [InlineData("Letters Editor Tom Hale", false)]
    public void The_section_readers_write_to_is_no_writer(string name, bool section) =>
        Assert.Equal(section, LettersSectionByline.Is(name));

    private const string LettersPage = """
        <html><head><title>Letters: Bridge tolls | School lunches</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Letters: Bridge tolls | School lunches",
        "datePublished":"2023-02-07T01:15:00Z","author":[{"@type":"Person","name":"Letters To The Editor"}]}</script></head>
        <body><article><h1>Letters: Bridge tolls | School lunches</h1>
        <div class="byline">By <a href="/author/letters-to-the-editor/" rel="author">Letters To The Editor</a></div>
        <div class="body"><h4>Bridge tolls keep climbing</h4>
        <p>Every year the toll on the east span goes up while the potholes on the approach stay where they are. Commuters deserve better.</p>
        <p style="text-align: right"><strong>Marta Olsen</strong><br /><em>Pine Hollow</em></p>
        <h4>Give the lunch program a chance</h4>
        <p>The new lunch menu at Ridgeview Elementary has more vegetables than ever, and my children actually eat them.</p>
        <p style="text-align: right"><strong>Derek Amos</strong><br /><em>Ridgeview</em></p></div></article></body></html>
        """;

    [Fact]
    public void A_letters_page_signed_by_its_section_names_no_writer()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes(LettersPage), "letters.html");

        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_byline_naming_the_section_names_no_writer_without_metadata()
    {
        var html = LettersPage[..LettersPage.IndexOf("<script", StringComparison.Ordinal)] + LettersPage[(LettersPage.IndexOf("</script>", StringComparison.Ordinal) + 9)..];

        var page = PageParser.Parse(Encoding.UTF8.GetBytes(html), "letters.html");

        Assert.Empty(page.Authors);
    }
}
