using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SectionMenuAuthorTests
{
    private const string Menu = """
        <ul class="bar-items"><li><a href="/politik">Politik</a></li><li><a href="/digital-life">Digital Life</a></li><li><a href="/science">Science</a></li>
        <li><a href="/games">Games</a></li><li><a href="/apps">Apps</a></li><li class="last"><span>Mehr</span><div><a href="/b2b">B2B</a></div></li></ul>
        """;

    [Fact]
    public void A_section_menu_entry_is_no_writer()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Menu + "<div><a href=\"/digital-life\">Digital Life</a></div></body></html>");
        Assert.Empty(SectionMenuAuthor.Without(document, ["Digital Life"]));
    }

    [Fact]
    public void A_writer_named_nowhere_in_a_menu_stays()
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + Menu + "</body></html>");
        Assert.Equal(["Lena Voss"], SectionMenuAuthor.Without(document, ["Lena Voss"]));
    }

    [Fact]
    public void A_short_list_is_no_menu()
    {
        using var document = new HtmlParser().ParseDocument("<html><body><ul><li><a href=\"/a/lena\">Lena Voss</a></li><li><a href=\"/a/ruben\">Ruben Kasparek</a></li></ul></body></html>");
        Assert.Equal(["Lena Voss"], SectionMenuAuthor.Without(document, ["Lena Voss"]));
    }

    [Fact]
    public void The_heading_of_a_navigation_block_is_no_writer()
    {
        using var document = new HtmlParser().ParseDocument(
            "<html><body><header><a href=\"/portal\"><span>Landeskunde Nordmark</span></a>"
            + "<nav aria-labelledby=\"portal-menu\"><h2 id=\"portal-menu\" class=\"visually-hidden\">Landeskunde Nordmark</h2><ul><li><a href=\"/land\">Das Land</a></li></ul></nav></header></body></html>");
        Assert.Empty(SectionMenuAuthor.Without(document, ["Landeskunde Nordmark"]));
    }
}
