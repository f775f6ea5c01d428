using AngleSharp.Html.Parser;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class BloggerHeaderLogoTests
{
    private static string? NameOf(string header)
    {
        using var document = new HtmlParser().ParseDocument("<html><body>" + header + "</body></html>");
        return BloggerHeaderLogo.Name(document);
    }

    [Fact]
    public void The_header_widgets_banner_names_the_blog_before_its_tagline()
    {
        Assert.Equal("Garden Haven", NameOf("""
            <div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner">
            <a href="https://gardenhaven.example/" style="display: block"><img alt="Garden Haven | Award-winning Garden Blog" id="Header1_headerimg" src="/banner.png"></a>
            </div></div></div>
            """));
    }

    [Fact]
    public void A_banner_without_a_tagline_is_the_name()
    {
        Assert.Equal("Garden Haven", NameOf("""<div class="widget Header" id="Header1"><div id="header-inner"><a href="/"><img alt="Garden Haven" id="Header1_headerimg"></a></div></div>"""));
    }

    [Fact]
    public void A_picture_outside_the_header_widget_names_nothing()
    {
        Assert.Null(NameOf("""<div class="widget Image" id="Image1"><a href="/"><img alt="Garden Haven" id="Image1_img"></a></div>"""));
    }
}
