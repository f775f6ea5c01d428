using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ArticlePagerTests
{
    [Theory]
    [InlineData("Seite 1 2 | Auf einer Seite lesen", true)]
    [InlineData("Página 1 2 3 | Siguiente »", true)]
    [InlineData("Page 2 of 3", true)]
    [InlineData("Seite 1 von 4", true)]
    [InlineData("Page 1 of 3   « Previous page   1  2  3   Next page »", true)]
    [InlineData("Pages: 1 2 3 4", true)]
    [InlineData("Seiten: 1 2 3", true)]
    [InlineData("Page 3 of the report lists the names.", false)]
    [InlineData("Pages: 12 to 14 of the report list the names.", false)]
    [InlineData("Seite an Seite mit den Mietern", false)]
    [InlineData("Page 12 \u00ab Lettres \u00bb was torn out of the copy.", false)]
    public void A_storys_page_links_inside_the_text_are_a_pager(string line, bool pager) => Assert.Equal(pager, ArticlePager.Is(line));
}
