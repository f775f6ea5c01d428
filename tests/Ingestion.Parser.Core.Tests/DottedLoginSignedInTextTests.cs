using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DottedLoginSignedInTextTests
{
    private static ParsedPage Parse(string login, string closing) =>
        PageParser.Parse(Encoding.UTF8.GetBytes($$$"""
            <html><head><title>Ferry vote: the board must now deliver - Harbour|News</title>
            <meta property="og:site_name" content="Harbour|News">
            <script type="application/ld+json">{"@context": "http://schema.org", "@type": "NewsArticle", "headline": "The board must now deliver",
            "datePublished": "2023-11-06T12:04:30+01:00", "author": {"@type": "Person", "name": "{{{login}}}"},
            "publisher": {"@type": "Organization", "name": "Harbour News"}}</script></head><body>
            <div class="content box" id="news"><div class="kicker"><strong>KOMMENTAR</strong> <span>Ferry vote</span></div>
            <h1 class="headline">The board must now deliver</h1>
            <div class="news"><p>06.11.23 - <strong>The harbour board voted on Tuesday to keep the night ferry running through the winter.</strong></p>
            <p>Members said the island's two schools and its clinic depended on the late crossing for staff who live on the mainland.</p>
            <p><strong>The ferry question stays open.</strong> {{{closing}}} +++</p></div></div></body></html>
            """), "page.html");

    [Fact]
    public void A_dotted_login_as_the_author_gives_way_to_the_name_signed_in_brackets_under_the_text()
    {
        Assert.Equal(["Jane P. Roe"], Parse("jane.roe", "(Jane P. Roe)").Authors);
    }

    [Fact]
    public void A_bracket_naming_someone_else_leaves_the_login()
    {
        Assert.Equal(["jane.roe"], Parse("jane.roe", "(Tobin Ashgrove)").Authors);
    }
}
