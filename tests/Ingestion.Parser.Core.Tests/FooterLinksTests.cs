using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FooterLinksTests
{
    [Theory]
    [InlineData("Contact Us", true)]
    [InlineData("Über uns", true)]
    [InlineData("Qui sommes-nous", true)]
    [InlineData("Quiénes somos", true)]
    [InlineData("Nous contacter", true)]
    [InlineData("Chi siamo", true)]
    [InlineData("Fale conosco", true)]
    [InlineData("Over ons", true)]
    [InlineData("Over ons wordt in de gemeenteraad niet gesproken.", false)]
    [InlineData("Kontakt zu den Eltern hielt die Schule per Brief.", false)]
    [InlineData("Qui sommes-nous pour juger ?", false)]
    public void A_page_name_of_the_footer_alone_on_its_line_is_a_footer_link(string line, bool link) => Assert.Equal(link, FooterLinks.Is(line));
}
