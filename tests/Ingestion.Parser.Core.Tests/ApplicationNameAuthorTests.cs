using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ApplicationNameAuthorTests
{
    // A magazine blog's head: the author meta and the application-name meta both carry the publication's name (a word longer
    // than og:site_name), the byline under the headline names the writer.
    private static ParsedPage Parse(string authorMeta) => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="en-us"><head>
        <meta charset="utf-8">
        <meta name="author" content="{{authorMeta}}">
        <meta name="application-name" content="Harbourline Magazine">
        <meta property="og:site_name" content="Harbourline">
        <meta property="og:title" content="The Island Ferry Gets a Fresh Coat for Spring">
        <title>Island ferry repainted for spring: Harbourline.com</title>
        </head><body>
        <div class="article blog-article">
          <div class="article-header">
            <h1>The Island Ferry Gets a Fresh Coat for Spring</h1>
            <div class="byline-container top">
              <div class="byline">By <cite class="vcard author"><a href="/contributors/ines-carvalho">Ines Carvalho</a></cite></div>
              <div class="date-time-stamp">March 4, 2015</div>
            </div>
          </div>
          <div class="article-text">
            <p>The old island ferry came out of the yard this week in a pale blue that the crew chose by a vote in the canteen.</p>
            <p>Passengers on the first crossing said the new colour made the boat look younger than its forty years on the water.</p>
          </div>
        </div>
        </body></html>
        """), "ferry.html", "text/html");

    [Fact]
    public void An_author_meta_repeating_the_application_name_gives_way_to_the_byline()
    {
        var page = Parse("Harbourline Magazine");

        Assert.Equal(["Ines Carvalho"], page.Authors);
    }

    [Fact]
    public void A_writer_in_the_author_meta_is_still_read()
    {
        // Control: an author meta naming a person, not the application, is read as before.
        var page = Parse("Ines Carvalho");

        Assert.Equal(["Ines Carvalho"], page.Authors);
    }
}
