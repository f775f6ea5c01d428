using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DublinCorePublisherTests
{
    [Fact]
    public void An_author_meta_repeating_the_dublin_core_publisher_names_no_writer()
    {
        var page = DiarioStoryPage.Parse();

        Assert.Equal(["Marta Gil", "Pablo Roca"], page.Authors);
    }

    [Fact]
    public void A_writer_in_the_author_meta_is_still_read()
    {
        // Control: an author meta naming a person, not the publisher, is the page's writer as before.
        var page = DiarioStoryPage.Parse(authorMeta: "Marta Gil");

        Assert.Equal("Marta Gil", page.Authors[0]);
    }
}
