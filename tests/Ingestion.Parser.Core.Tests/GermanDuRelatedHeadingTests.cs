using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class GermanDuRelatedHeadingTests
{
    [Theory]
    [InlineData("Das könnte dich auch interessieren …", true)]
    [InlineData("Das Thema könnte dich auch interessieren:", true)]
    [InlineData("Das könnte euch auch gefallen", true)]
    [InlineData("Das könnte dich auch interessieren, wenn du gern reist.", false)]
    public void A_blogs_du_form_of_the_related_posts_heading_is_related(string line, bool related) =>
        Assert.Equal(related, BoilerplateFilter.IsRelatedHeading(line));

    [Fact]
    public void The_lead_in_over_an_embedded_link_to_another_post_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "<html><head><title>Ein Abend im Teehaus - Lindas Blog</title></head><body><article><h1>Ein Abend im Teehaus</h1>"
            + "<div class=\"post-entry\"><p>Am Donnerstag bin ich mit meiner Schwester in das kleine Teehaus am Markt gegangen, das im Herbst eröffnet hat.</p>"
            + "<p>Wir haben drei Sorten probiert, und am Ende mochten wir beide den rauchigen Schwarztee mit Kardamom am liebsten.</p>"
            + "<p>Das Thema könnte dich auch interessieren:</p>"
            + "<blockquote class=\"wp-embedded-content\"><p><a href=\"https://lindas-blog.example/kraeutertee-selbst-mischen/\">Kräutertee selbst mischen</a></p></blockquote>"
            + "</div></article></body></html>"), "page.html");

        Assert.Equal("Wir haben drei Sorten probiert, und am Ende mochten wir beide den rauchigen Schwarztee mit Kardamom am liebsten.", page.BodyParagraphs[^1]);
    }
}
