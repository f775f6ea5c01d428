using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TermsOverNodeLinksTests
{
    private const string Story = """
        Ferry fares rise a quarter on the lake route

        Submitted by harbordesk on Mon, 06/03/2013 - 11:15

        The county ferry board voted Monday to raise the fare on the lake route from two dollars to two and a half starting in July.

        Board members said fuel costs have doubled since the last increase, in 2006, and that the route has run at a loss for three years.
           * Ferries
           * County board
           * Fares
        """;

    [Fact]
    public void A_bulleted_list_over_Drupals_node_links_is_the_storys_tags()
    {
        var page = Parse(Story + "\n\n" + """
               * Login or register to post comments
               * Printer-friendly version
            """);

        Assert.Equal(["Ferries", "County board", "Fares"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_browsers_copy_without_bullets_reads_the_same_terms()
    {
        var page = Parse("""
            Ferry fares rise a quarter on the lake route

            Submitted by harbordesk on Mon, 06/03/2013 - 11:15

            The county ferry board voted Monday to raise the fare on the lake route from two dollars to two and a half starting in July.

            Board members said fuel costs have doubled since the last increase, in 2006, and that the route has run at a loss for three years.

            Ferries
            County board
            Fares

            Login or register to post comments

            Printer-friendly version
            """);

        Assert.Equal(["Ferries", "County board", "Fares"], page.Tags);
        Assert.Equal(2, page.BodyParagraphs.Count);
    }

    [Fact]
    public void A_bulleted_list_over_other_links_is_no_tags()
    {
        var page = Parse(Story + "\n\n" + """
               * Share on Facebook
               * Share on Twitter
            """);

        Assert.Empty(page.Tags);
    }

    private static ParsedPage Parse(string text) => PageParser.Parse(Encoding.UTF8.GetBytes(text), "page.txt");
}
