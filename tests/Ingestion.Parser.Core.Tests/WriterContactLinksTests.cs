using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterContactLinksTests
{
    [Fact]
    public void The_follow_and_mail_buttons_of_the_writers_card_are_no_text()
    {
        using var document = new HtmlParser().ParseDocument("""
            <html><body><div id="root"><div class="authorCard"><div class="name">Jana Petersen</div>
            <ul class="social"><li><a href="https://twitter.com/intent/follow?screen_name=@jpetersen">auf Twitter folgen</a></li>
            <li><a href="mailto:jana.petersen@example.org">eine E-Mail senden</a></li></ul></div><p>Text.</p></div></body></html>
            """);
        var root = document.GetElementById("root")!;

        WriterContactLinks.Remove(root);

        Assert.Equal("Jana Petersen Text.", Whitespace.Collapse(root.TextContent));
    }

    [Theory]
    [InlineData("<ul><li><a href=\"mailto:rathaus@example.org\">Rathaus</a></li></ul>")]
    [InlineData("<div class=\"author\"><ul><li><a href=\"/autor/jana\">Alle Artikel</a></li></ul></div>")]
    [InlineData("<div class=\"author\"><ul><li>Schreiben Sie an <a href=\"mailto:jana@example.org\">Jana</a></li></ul></div>")]
    public void A_contact_list_in_the_text_or_other_links_in_the_card_stay(string box)
    {
        using var document = new HtmlParser().ParseDocument("<html><body><div id=\"root\">" + box + "</div></body></html>");
        var root = document.GetElementById("root")!;
        var before = Whitespace.Collapse(root.TextContent);

        WriterContactLinks.Remove(root);

        Assert.Equal(before, Whitespace.Collapse(root.TextContent));
    }
}
