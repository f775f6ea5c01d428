using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FooterCopyrightBesideLogoTests
{
    private const string Page = """
        <html><head><title>Harbour ferry late again</title></head><body>
        <article><h1>Harbour ferry late again</h1>
        <p>The harbour ferry was late again on Monday morning, the third time this week, and commuters waited on the pier for forty minutes in the rain.</p>
        <p>The operator said a crew shortage was to blame and promised a fuller timetable from next month, when two new deckhands start work.</p>
        </article>
        <footer><div class="m-footer__site-copyright"><a href="/"><img src="http://x.test/logo.png" alt="Example"></a>
        <p class="m-footer__site-copyright__copy-text">&#xA9; 2016 Example Inc.</p></div></footer></body></html>
        """;

    [Fact]
    public void The_page_footers_copyright_line_beside_the_logo_is_no_caption()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(Page), "ferry.html");
        Assert.Empty(page.Captions);
    }

    [Fact]
    public void A_pictures_credit_inside_the_article_stays()
    {
        var html = Page.Replace("</article>", "<div class=\"photo\"><img src=\"http://x.test/pier.jpg\"><p class=\"photo-credit\">&#xA9; 2016 Dana Ruiz</p></div></article>");
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), "ferry.html");
        Assert.Contains("© 2016 Dana Ruiz", page.Captions);
    }
}
